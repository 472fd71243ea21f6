import CountyGenerator
import TrackerDomain
import TrackerStore

#if canImport(Glibc)
    import Glibc
#endif

// tracker-bench: builds a synthetic county once, then times the tracker
// release binary (whole process, as a user runs it) against the sqlite3
// shell doing the equivalent SQL on the same database, in the same run.

let startTime = Spawn.now()

struct Settings {
    var households = 50_000
    var rounds = 5
    var seed: UInt64 = 20_200_323
    var importPersons: Int?
    var keep = false
    var tracker: String?
    var sqlite3: String?
}

/// Prints a line at once, even into a pipe: progress of a long build should show as it happens.
func say(_ line: String) {
    print(line)
    fflush(nil)
}

func usage() -> Never {
    say(
        """
        usage: tracker-bench [--households N] [--rounds N] [--seed N] [--import-persons N]
                             [--tracker PATH] [--sqlite3 PATH] [--keep]
          --households N      county size (default 50000: ~170k persons, ~1.2M visits)
          --rounds N          timed rounds per operation (default 5; import 3)
          --import-persons N  roster size for the import comparison (default 100000, scaled down below 50000 households)
          --keep              keep the temporary folder with the databases
        """)
    exit(64)
}

func number(_ text: String) -> Int {
    guard let value = Int(text), value >= 0 else { usage() }
    return value
}

var settings = Settings()
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    func value() -> String { arguments.popFirst() ?? { usage() }() }
    switch argument {
    case "--households": settings.households = number(value())
    case "--rounds": settings.rounds = max(1, number(value()))
    case "--seed": settings.seed = UInt64(number(value()))
    case "--import-persons": settings.importPersons = number(value())
    case "--tracker": settings.tracker = value()
    case "--sqlite3": settings.sqlite3 = value()
    case "--keep": settings.keep = true
    default: usage()
    }
}
guard settings.households >= 100 else { usage() }

func fail(_ message: String) -> Never {
    let bytes = Array("tracker-bench: \(message)\n".utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(1)
}

func executableDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return "." }
    let path = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
}

let trackerPath = settings.tracker ?? executableDirectory() + "/tracker"
guard access(trackerPath, X_OK) == 0 else {
    fail("no tracker binary at \(trackerPath); run 'swift build -c release' first")
}
guard let sqlitePath = settings.sqlite3 ?? Spawn.which("sqlite3") else {
    fail("sqlite3 not found on PATH (apt-get install sqlite3)")
}

var template = Array("/tmp/tracker-bench-XXXXXX".utf8CString)
guard mkdtemp(&template) != nil else { fail("cannot create a temporary folder") }
let work = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
let options = CountyBuilder.Options(households: settings.households, seed: settings.seed)
let today = options.today
let environment = ["TRACKER_TODAY": today.description, "TRACKER_OPERATOR": "tracker-bench", "LANG": "C.UTF-8"]

say("tracker-bench: \(Machine.describe())")
say("work folder \(work); tracker \(trackerPath); sqlite3 \(sqlitePath)")

// MARK: Build the databases

func build(_ path: String, _ options: CountyBuilder.Options, label: String) -> (CountyBuilder.Counts, Double) {
    let started = Spawn.now()
    do {
        let database = try TrackerDatabase.open(path: path, operatorName: "tracker-bench")
        let counts = try CountyBuilder(database, options: options).build { say("  [\(label)] \($0)") }
        try RawDatabase(database).execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try RawDatabase(database).execute("ANALYZE")
        return (counts, Spawn.now() - started)
    } catch {
        if let error = error as? TrackerError {
            fail("building \(label): \(error)\n" + error.details.prefix(8).joined(separator: "\n"))
        }
        fail("building \(label): \(error)")
    }
}

let countyPath = work + "/county.db"
let (counts, buildTime) = build(countyPath, options, label: "county")
say(
    """
    county: \(counts.households) households, \(counts.persons) persons, \(counts.officials) officials, \
    \(counts.assignments) assignments, \(counts.visits) visits, \(counts.checks) checks, \
    \(counts.itemsOpened) items opened / \(counts.itemsClosed) closed, \(counts.incomes) incomes, \
    \(counts.measures) measures — built in \(format(buildTime, digits: 1)) s
    """)

let growthHouseholds = max(200, settings.households / 20)
let growthShort = work + "/growth-12.db"
let growthLong = work + "/growth-48.db"
let (_, shortTime) = build(
    growthShort, CountyBuilder.Options(households: growthHouseholds, seed: settings.seed &+ 7, months: 12),
    label: "12 months")
let (_, longTime) = build(
    growthLong, CountyBuilder.Options(households: growthHouseholds, seed: settings.seed &+ 7, months: 48),
    label: "48 months")
say(
    "growth databases: \(growthHouseholds) households with 12 and 48 months of visits, built in \(format(shortTime + longTime, digits: 1)) s"
)

let importPersons = settings.importPersons ?? min(100_000, max(5_000, settings.households * 2))
let importRoster = CountyRoster(persons: importPersons, seed: settings.seed &+ 11, today: today, codePrefix: "IM")
let rosterPath = work + "/roster.csv"
do { try Spawn.write(importRoster.csv, to: rosterPath) } catch { fail("\(error)") }

// What the lookups are about: a head whose name is unique, with their current official.
var showName = ""
var showID: Int64 = 0
var showCode = ""
var officialName = ""
var officialID: Int64 = 0
do {
    let connection = try RawDatabase(path: countyPath, readOnly: true)
    let shown = try connection.query(
        """
        SELECT h.head_name, h.id, h.code FROM households h
        WHERE h.head_name IN (SELECT head_name FROM households GROUP BY head_name HAVING count(*) = 1)
        ORDER BY h.id LIMIT 1 OFFSET ?
        """, counts.households / 50)
    guard let row = shown.first, let name = row[0].string, let id = row[1].int64, let code = row[2].string else {
        fail("no household with a unique head name")
    }
    (showName, showID, showCode) = (name, id, code)
    for row in try connection.query(
        """
        SELECT o.name, o.id FROM assignments a JOIN officials o ON o.id = a.official_id
        WHERE a.household_id = ? AND a.end_date IS NULL
        """, showID)
    {
        officialName = row[0].string ?? ""
        officialID = row[1].int64 ?? 0
    }
} catch {
    fail("reading the county: \(error)")
}

// MARK: Timing

struct Figure {
    var name: String
    var tracker: [Double]
    var sqlite: [Double]
    var target: Double
    var note: String
    /// A limit in seconds on tracker's median, for an operation judged by
    /// its own time rather than by a ratio (the right column is then context).
    var limit: Double? = nil
    var ratio: Double { median(tracker) / median(sqlite) }
    var passes: Bool { limit.map { median(tracker) <= $0 } ?? (ratio <= target) }
    var targetText: String { limit.map { "≤ " + format($0, digits: 1) + " s" } ?? "≤ " + format(target, digits: 1) + "×" }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func format(_ value: Double, digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    } else if digits > 0 {
        text += "." + String(repeating: "0", count: digits)
    }
    return text
}

func milliseconds(_ seconds: Double) -> String { format(seconds * 1000, digits: seconds < 1 ? 1 : 0) }

/// Alternates the two sides round by round, so a noisy neighbour hurts both alike.
func measure(rounds: Int, tracker: () throws -> Double, sqlite: () throws -> Double) -> ([Double], [Double]) {
    var ours: [Double] = []
    var theirs: [Double] = []
    do {
        _ = try tracker()  // warm the page cache and the binary
        _ = try sqlite()
        for _ in 0..<rounds {
            ours.append(try tracker())
            theirs.append(try sqlite())
        }
    } catch {
        fail("\(error)")
    }
    return (ours, theirs)
}

func script(_ name: String, _ text: String) -> String {
    let path = work + "/" + name
    do { try Spawn.write(Array(text.utf8), to: path) } catch { fail("\(error)") }
    return path
}

let errors = work + "/stderr.txt"
var figures: [Figure] = []
let rounds = settings.rounds

say("timing \(rounds) rounds per operation (after one warm-up round)…")

// household show NAME
do {
    let showScript = script("show.sql", Scripts.householdShow(name: showName, id: showID))
    let (ours, theirs) = measure(
        rounds: rounds,
        tracker: {
            try Spawn.run(
                [trackerPath, "--db", countyPath, "household", "show", showName], environment: environment,
                errors: errors)
        },
        sqlite: { try Spawn.run([sqlitePath, countyPath], input: showScript, errors: errors) })
    figures.append(Figure(name: "household show NAME", tracker: ours, sqlite: theirs, target: 3, note: showName))
}

// tracker check: the old checks (integrity, references) plus the audit
// chain's every link and the replay of the whole trail against every audited
// table (issue 20), against sqlite3 running the old checks alone.
do {
    let auditRows = (try? RawDatabase(path: countyPath, readOnly: true)
        .scalarInt("SELECT count(*) FROM audit_log")) ?? 0
    let checkScript = script("check.sql", "PRAGMA integrity_check;\nPRAGMA foreign_key_check;\n")
    let (ours, theirs) = measure(
        rounds: max(1, min(rounds, 3)),
        tracker: { try Spawn.run([trackerPath, "--db", countyPath, "check"], environment: environment, errors: errors) },
        sqlite: { try Spawn.run([sqlitePath, countyPath], input: checkScript, errors: errors) })
    figures.append(
        Figure(
            name: "check (chain + replay)", tracker: ours, sqlite: theirs, target: 4,
            note: "\(auditRows) audit rows; right column = integrity + foreign keys only"))
}

// visit add (durable)
do {
    let date = today.adding(days: -1).description
    let chainTrigger = (try? RawDatabase(path: countyPath, readOnly: true)
        .scalarText("SELECT sql FROM sqlite_schema WHERE name = 'audit_log_chain'")) ?? nil
    guard let chainTrigger else { fail("the county has no audit_log_chain trigger") }
    let addScript = script("visit.sql", Scripts.visitAdd(household: showID, official: officialID, date: date, chainTrigger: chainTrigger))
    let (ours, theirs) = measure(
        rounds: rounds,
        tracker: {
            try Spawn.run(
                [
                    trackerPath, "--db", countyPath, "visit", "add", showCode, "--by", officialName, "--date", date,
                    "--kind", "走访慰问", "--check", "吃=达标", "--check", "饮水=达标", "--note", "例行走访",
                ],
                environment: environment, errors: errors)
        },
        sqlite: { try Spawn.run([sqlitePath, countyPath], input: addScript, errors: errors) })
    figures.append(
        Figure(name: "visit add", tracker: ours, sqlite: theirs, target: 3, note: "2 checks, synchronous=FULL"))
}

// report monthly --out FILE
let reportMonth = YearMonth(year: 2020, month: 6)!
do {
    let reportScript = script(
        "report.sql", Scripts.monthlyReport(month: reportMonth, output: work + "/report-sqlite3.csv"))
    let (ours, theirs) = measure(
        rounds: rounds,
        tracker: {
            try Spawn.run(
                [
                    trackerPath, "--db", countyPath, "report", "monthly", "--month", reportMonth.description,
                    "--out", work + "/report.csv", "--force",
                ], environment: environment, errors: errors)
        },
        sqlite: { try Spawn.run([sqlitePath, countyPath], input: reportScript, errors: errors) })
    figures.append(
        Figure(
            name: "report monthly", tracker: ours, sqlite: theirs, target: 1.5,
            note: "\(reportMonth), \(counts.households) rows"))
}

// report page --out FILE (absolute limit; report summary beside it for context)
do {
    let (ours, theirs) = measure(
        rounds: rounds,
        tracker: {
            try Spawn.run(
                [
                    trackerPath, "--db", countyPath, "--lang", "zh", "report", "page", "--month",
                    reportMonth.description, "--out", work + "/page.html", "--force",
                ], environment: environment, errors: errors)
        },
        sqlite: {
            try Spawn.run(
                [trackerPath, "--db", countyPath, "report", "summary", "--month", reportMonth.description, "--json"],
                environment: environment, errors: errors)
        })
    figures.append(
        Figure(
            name: "report page", tracker: ours, sqlite: theirs, target: 0,
            note: "\(reportMonth), whole county; right column = report summary", limit: 2))
}

// import households (roster) vs .import
do {
    let importScript = script("import.sql", Scripts.importCSV(rosterPath))
    var round = 0
    let (ours, theirs) = measure(
        rounds: max(1, min(rounds, 3)),
        tracker: {
            round += 1
            let path = work + "/import-\(round).db"
            defer { Spawn.remove(database: path) }
            return try Spawn.run(
                [trackerPath, "--db", path, "import", "households", rosterPath],
                environment: environment, errors: errors)
        },
        sqlite: {
            round += 1
            let path = work + "/import-\(round).db"
            defer { Spawn.remove(database: path) }
            return try Spawn.run([sqlitePath, path], input: importScript, errors: errors)
        })
    figures.append(
        Figure(
            name: "import households", tracker: ours, sqlite: theirs, target: 3,
            note: "\(importRoster.persons) persons; tracker \(Int(Double(importRoster.persons) / median(ours)))/s"))
}

// report monthly on 12 vs 48 months of history
do {
    let month = YearMonth(year: 2020, month: 12)!
    let (long, short) = measure(
        rounds: rounds,
        tracker: {
            try Spawn.run(
                [
                    trackerPath, "--db", growthLong, "report", "monthly", "--month", month.description,
                    "--out", work + "/report-48.csv", "--force",
                ], environment: environment, errors: errors)
        },
        sqlite: {
            try Spawn.run(
                [
                    trackerPath, "--db", growthShort, "report", "monthly", "--month", month.description,
                    "--out", work + "/report-12.csv", "--force",
                ], environment: environment, errors: errors)
        })
    figures.append(
        Figure(
            name: "report: 48 vs 12 months", tracker: long, sqlite: short, target: 1.3,
            note: "\(growthHouseholds) households; right column = 12 months"))
}

// MARK: The table

func cell(_ text: String, _ width: Int, right: Bool = false) -> String {
    let pad = String(repeating: " ", count: max(0, width - text.count))
    return right ? pad + text : text + pad
}

say("")
say("machine: \(Machine.describe())")
say(
    "county: \(counts.households) households, \(counts.persons) persons, \(counts.visits) visits (seed \(settings.seed)), built in \(format(buildTime, digits: 0)) s"
)
say(
    cell("operation", 24) + cell("tracker min/median ms", 24, right: true)
        + cell("sqlite3 min/median ms", 24, right: true)
        + cell("ratio", 8, right: true) + cell("target", 9, right: true) + "  result")
for figure in figures {
    let ours = milliseconds(figure.tracker.min()!) + " / " + milliseconds(median(figure.tracker))
    let theirs = milliseconds(figure.sqlite.min()!) + " / " + milliseconds(median(figure.sqlite))
    let verdict = figure.passes ? "PASS" : "MISS"
    say(
        cell(figure.name, 24) + cell(ours, 24, right: true) + cell(theirs, 24, right: true)
            + cell(format(figure.ratio, digits: 2) + "×", 8, right: true)
            + cell(figure.targetText, 9, right: true)
            + "  " + verdict + "  (" + figure.note + ")")
}
say("total \(format(Spawn.now() - startTime, digits: 0)) s")

if settings.keep {
    say("kept \(work)")
} else {
    for name in ["county.db", "growth-12.db", "growth-48.db"] { Spawn.remove(database: work + "/" + name) }
    for name in [
        "roster.csv", "show.sql", "visit.sql", "report.sql", "import.sql", "check.sql", "report.csv", "report-sqlite3.csv",
        "report-12.csv", "report-48.csv", "page.html", "stderr.txt",
    ] { unlink(work + "/" + name) }
    for name in try! listing(work) { unlink(work + "/" + name) }
    rmdir(work)
}

func listing(_ path: String) throws -> [String] {
    guard let directory = opendir(path) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name != "." && name != ".." { names.append(name) }
    }
    return names
}
