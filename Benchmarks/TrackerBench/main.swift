import CountyGenerator
import TrackerDomain
import TrackerStore

#if canImport(Glibc)
    import Glibc
#endif

// tracker-bench: builds a synthetic county once (or reuses one built
// before), checks that tracker and the sqlite3 shell give the same answers
// on it, then times the tracker release binary (whole process, as a user
// runs it) against sqlite3 doing the equivalent SQL on the same database.

let startTime = Spawn.now()

struct Settings {
    var households = 50_000
    var rounds = 5
    var seed: UInt64 = 20_200_323
    var importPersons: Int?
    var largeImportPersons: Int?
    var keep = false
    var buildOnly = false
    var work: String?
    var tracker: String?
    var sqlite3: String?
    /// Operations to run (their names' first words); empty: all.
    var only: [String] = []
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
                             [--large-import-persons N] [--work DIR] [--keep] [--build-only]
                             [--tracker PATH] [--sqlite3 PATH] [--only NAME]...
          --households N      county size (default 50000: ~170k persons, ~1.2M visits)
          --rounds N          timed rounds per operation (default 5; import 3, large import 1)
          --import-persons N  roster size for the import rows (default 100000, scaled down below 50000 households)
          --large-import-persons N
                              roster size for the import memory row (default 1000000 at 50000 households
                              or more, else none; 0: none)
          --work DIR          work in DIR, and reuse the databases a run with the same --households
                              and --seed left there (implies --keep)
          --keep              keep the temporary folder with the databases
          --build-only        build (or reuse) the databases, then stop
          --only NAME         run only the operations whose name starts with NAME (repeatable),
                              e.g. --only check
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
    case "--large-import-persons": settings.largeImportPersons = number(value())
    case "--tracker": settings.tracker = value()
    case "--sqlite3": settings.sqlite3 = value()
    case "--work": settings.work = value()
    case "--keep": settings.keep = true
    case "--build-only": settings.buildOnly = true
    case "--only": settings.only.append(value())
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

let work: String
if let folder = settings.work {
    mkdir(folder, 0o755)
    guard access(folder, W_OK) == 0 else { fail("cannot write in \(folder)") }
    work = folder
    settings.keep = true
} else {
    var template = Array("/tmp/tracker-bench-XXXXXX".utf8CString)
    guard mkdtemp(&template) != nil else { fail("cannot create a temporary folder") }
    work = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
let options = CountyBuilder.Options(households: settings.households, seed: settings.seed)
let today = options.today
let environment = ["TRACKER_TODAY": today.description, "TRACKER_OPERATOR": "tracker-bench", "LANG": "C.UTF-8"]
let tools = Tools(tracker: trackerPath, sqlite3: sqlitePath, work: work, environment: environment)

say("tracker-bench: \(Machine.describe())")
say("work folder \(work); tracker \(trackerPath); sqlite3 \(sqlitePath)")

// MARK: Build the databases (or reuse them)

let county = KeptCounty(folder: work, tools: tools)
let countyPath = work + "/county.db"
let (counts, buildTime) = county.database(at: countyPath, options, label: "county")
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
let (_, shortTime) = county.database(
    at: growthShort, CountyBuilder.Options(households: growthHouseholds, seed: settings.seed &+ 7, months: 12),
    label: "12 months")
let (_, longTime) = county.database(
    at: growthLong, CountyBuilder.Options(households: growthHouseholds, seed: settings.seed &+ 7, months: 48),
    label: "48 months")
say(
    "growth databases: \(growthHouseholds) households with 12 and 48 months of visits, built in \(format(shortTime + longTime, digits: 1)) s"
)

if settings.buildOnly {
    say("built; total \(format(Spawn.now() - startTime, digits: 0)) s; databases in \(work)")
    exit(0)
}

func writeRoster(persons: Int, seed: UInt64, name: String) -> (path: String, persons: Int) {
    let roster = CountyRoster(persons: persons, seed: seed, today: today, codePrefix: "IM")
    let path = work + "/" + name
    do { try Spawn.write(roster.csv, to: path) } catch { fail("\(error)") }
    return (path, roster.persons)
}
let importPersons = settings.importPersons ?? min(100_000, max(5_000, settings.households * 2))
let roster = writeRoster(persons: importPersons, seed: settings.seed &+ 11, name: "roster.csv")
let largePersons = settings.largeImportPersons ?? (settings.households >= 50_000 ? 1_000_000 : 0)

// An empty database made by tracker itself: both import sides start from a copy of it.
let emptyPath = work + "/empty.db"
Spawn.remove(database: emptyPath)
do { _ = try tools.tracker(["--db", emptyPath, "init"]) } catch { fail("tracker init: \(error)") }

// What the lookups are about: a head whose name is unique, with their current official.
let showName: String
let showID: Int64
let showCode: String
let officialName: String
let officialID: Int64
let chainTriggers: [Scripts.Trigger]
do {
    let head = try tools.rows(
        countyPath,
        """
        SELECT h.head_name, h.id, h.code FROM households h
        WHERE h.head_name IN (SELECT head_name FROM households GROUP BY head_name HAVING count(*) = 1)
        ORDER BY h.id LIMIT 1 OFFSET \(counts.households / 50);
        """)
    guard let row = head.first, row.count == 3, let id = Int64(row[1]) else {
        fail("no household with a unique head name")
    }
    (showName, showID, showCode) = (row[0], id, row[2])
    let official = try tools.rows(
        countyPath,
        """
        SELECT o.name, o.id FROM assignments a JOIN officials o ON o.id = a.official_id
        WHERE a.household_id = \(showID) AND a.end_date IS NULL;
        """)
    guard let first = official.first, first.count == 2, let officialKey = Int64(first[1]) else {
        fail("household \(showCode) has no official")
    }
    (officialName, officialID) = (first[0], officialKey)
    // Each on one line, for the shell's line-by-line output.
    chainTriggers = try tools.rows(
        countyPath,
        """
        SELECT name, replace(replace(replace(sql, char(13), ' '), char(10), ' '), char(9), ' ') FROM sqlite_schema
        WHERE type = 'trigger' AND sql LIKE '%chain_sha256(%' ORDER BY name;
        """
    ).map { Scripts.Trigger(name: $0[0], sql: $0[1]) }
    guard !chainTriggers.isEmpty else { fail("the county has no audit chain triggers") }
} catch {
    fail("reading the county: \(error)")
}

// MARK: Timing

/// Whether the operation called `name` is to be run (`--only`).
let only = settings.only
func wanted(_ name: String) -> Bool {
    only.isEmpty || only.contains { name.hasPrefix($0) }
}

/// Alternates the two sides round by round, so a noisy neighbour hurts both alike.
func measure(rounds: Int, warmUp: Bool = true, tracker: () throws -> Spawn.Cost, sqlite: () throws -> Spawn.Cost)
    -> ([Spawn.Cost], [Spawn.Cost])
{
    var ours: [Spawn.Cost] = []
    var theirs: [Spawn.Cost] = []
    do {
        if warmUp {
            _ = try tracker()  // warm the page cache and the binary
            _ = try sqlite()
        }
        for _ in 0..<rounds {
            ours.append(try tracker())
            theirs.append(try sqlite())
        }
    } catch {
        fail("\(error)")
    }
    return (ours, theirs)
}

/// Verifies first; times only when the outputs agree.
func figure(
    _ name: String, _ judgement: Figure.Judgement, note: String, rounds: Int, warmUp: Bool = true,
    verify: () throws -> String?, tracker: () throws -> Spawn.Cost, sqlite: () throws -> Spawn.Cost
) -> Figure {
    var result = Figure(name: name, judgement: judgement, note: note)
    guard wanted(name) else {
        result.mismatch = "not run (--only)"
        return result
    }
    do {
        result.mismatch = try verify()
    } catch {
        result.mismatch = "\(error)"
    }
    if result.mismatch == nil {
        (result.tracker, result.sqlite) = measure(rounds: rounds, warmUp: warmUp, tracker: tracker, sqlite: sqlite)
        Spawn.peakFile = work + "/peak.txt"
        defer { Spawn.peakFile = nil }
        do {
            result.trackerPeakKiB = try tracker().peakKiB
            result.sqlitePeakKiB = try sqlite().peakKiB
        } catch {
            fail("\(error)")
        }
    }
    say(result.line)
    return result
}

func script(_ name: String, _ text: String) -> String {
    let path = work + "/" + name
    do { try Spawn.write(Array(text.utf8), to: path) } catch { fail("\(error)") }
    return path
}

func tracker(_ database: String, _ arguments: [String], output: String? = nil) throws -> Spawn.Cost {
    try Spawn.cost([trackerPath, "--db", database] + arguments, output: output, environment: environment, errors: errors)
}

func sqlite(_ database: String, _ script: String) throws -> Spawn.Cost {
    try Spawn.cost([sqlitePath, database], input: script, errors: errors)
}

let errors = work + "/stderr.txt"
var figures: [Figure] = []
let rounds = settings.rounds
let reportMonth = YearMonth(year: 2020, month: 6)!

say("checking outputs, then timing \(rounds) rounds per operation (after one warm-up round)…")
say(Figure.header)

// Start-up: the least either program can do.
figures.append(
    figure(
        "--version (start-up)", .ratio(1.5), note: "whole process, nothing read", rounds: rounds,
        verify: {
            let ours = try tools.tracker(["--version"])
            let theirs = try Spawn.capture([sqlitePath, "--version"], folder: work)
            return ours.hasPrefix("tracker ") && !theirs.isEmpty ? nil : "unexpected --version output: \(ours)"
        },
        tracker: { try Spawn.cost([trackerPath, "--version"], environment: environment, errors: errors) },
        sqlite: { try Spawn.cost([sqlitePath, "--version"], errors: errors) }))

// household show NAME
let showScript = script("show.sql", Scripts.householdShow(name: showName, id: showID))
figures.append(
    figure(
        "household show NAME", .ratio(1.5), note: showName, rounds: rounds,
        verify: { try Verify.show(tools, database: countyPath, name: showName, id: showID) },
        tracker: { try tracker(countyPath, ["household", "show", showName]) },
        sqlite: { try sqlite(countyPath, showScript) }))

// tracker check: SQLite's own checks of the file plus the audit chain's
// every link and the replay of the whole trail against every audited table
// (issue 20), against sqlite3 running SQLite's checks alone: its quick check
// by default, its full integrity check (every index against its table) with
// --full. tracker runs the two halves side by side on two connections.
let auditRows = (try? tools.value(countyPath, "SELECT count(*) FROM audit_log;")) ?? "?"
for (full, pragma, target) in [(false, "quick_check", 2.0), (true, "integrity_check", 1.5)] {
    let checkScript = script("check-\(pragma).sql", "PRAGMA \(pragma);\nPRAGMA foreign_key_check;\n")
    let options = full ? ["check", "--full"] : ["check"]
    figures.append(
        figure(
            full ? "check --full (chain + replay)" : "check (chain + replay)", .ratio(target),
            note: "\(auditRows) audit rows, all verified; right column = \(pragma) + foreign keys only",
            rounds: max(1, min(rounds, 3)),
            verify: { try Verify.check(tools, database: countyPath, script: checkScript, full: full) },
            tracker: { try tracker(countyPath, options) },
            sqlite: { try sqlite(countyPath, checkScript) }))
}

// visit add (durable), on a copy: sqlite3's audit entries carry sha3
// hashes, not tracker's chain, so the county itself stays untouched and
// can be reused and checked by the next run.
let visitPath = work + "/visit.db"
if wanted("visit add") { do { try tools.copy(database: countyPath, to: visitPath) } catch { fail("copying the county: \(error)") } }
let visitDate = today.adding(days: -1).description
let addScript = script(
    "visit.sql", Scripts.visitAdd(household: showID, official: officialID, date: visitDate, chainTriggers: chainTriggers))
let addArguments = [
    "visit", "add", showCode, "--by", officialName, "--date", visitDate, "--kind", "走访慰问", "--check", "吃=达标",
    "--check", "饮水=达标", "--note", "例行走访",
]
figures.append(
    figure(
        "visit add", .ratio(1.5), note: "2 checks, synchronous=FULL", rounds: rounds,
        verify: {
            try Verify.sameWrites(
                tools, database: visitPath,
                tables: ["visits", "visit_officials", "checklist_results", "rectifications", "audit_log", "audit_commands"],
                tracker: { _ = try tracker(visitPath, addArguments) }, sqlite: { _ = try sqlite(visitPath, addScript) })
        },
        tracker: { try tracker(visitPath, addArguments) },
        sqlite: { try sqlite(visitPath, addScript) }))
Spawn.remove(database: visitPath)

// report monthly --out FILE
let reportScript = script("report.sql", Scripts.monthlyReport(month: reportMonth, output: work + "/report-sqlite3.csv"))
var reportRows = 0
figures.append(
    figure(
        "report monthly", .ratio(1.2), note: "\(reportMonth), \(counts.households) households", rounds: rounds,
        verify: {
            let (mismatch, rows) = try Verify.report(tools, database: countyPath, month: reportMonth)
            reportRows = rows
            if mismatch == nil && rows == 0 { return "the report has no households" }
            return mismatch
        },
        tracker: {
            try tracker(
                countyPath,
                ["report", "monthly", "--month", reportMonth.description, "--out", work + "/report.csv", "--force"])
        },
        sqlite: { try sqlite(countyPath, reportScript) }))
figures[figures.count - 1].note = "\(reportMonth), \(reportRows) rows, full report"

// report monthly on 12 vs 48 months of history, each checked against sqlite3 first.
let growthMonth = YearMonth(year: 2020, month: 12)!
figures.append(
    figure(
        "report: 48 vs 12 months", .ratio(1.2), note: "\(growthHouseholds) households; right column = 12 months",
        rounds: rounds,
        verify: {
            for path in [growthShort, growthLong] {
                let (mismatch, rows) = try Verify.report(tools, database: path, month: growthMonth)
                if let mismatch { return mismatch }
                if rows == 0 { return "the report of \(path) has no households" }
            }
            return nil
        },
        tracker: {
            try tracker(
                growthLong,
                ["report", "monthly", "--month", growthMonth.description, "--out", work + "/report-48.csv", "--force"])
        },
        sqlite: {
            try tracker(
                growthShort,
                ["report", "monthly", "--month", growthMonth.description, "--out", work + "/report-12.csv", "--force"])
        }))

// report page --out FILE (absolute limit; report summary beside it for context)
let pageArguments = [
    "--lang", "zh", "report", "page", "--month", reportMonth.description, "--out", work + "/page.html", "--force",
]
figures.append(
    figure(
        "report page", .seconds(2), note: "\(reportMonth), whole county; right column = report summary",
        rounds: rounds,
        verify: {
            _ = try tracker(countyPath, pageArguments)
            return try Verify.page(
                tools, database: countyPath, month: reportMonth, households: reportRows, page: work + "/page.html")
        },
        tracker: { try tracker(countyPath, pageArguments) },
        sqlite: { try tracker(countyPath, ["report", "summary", "--month", reportMonth.description, "--json"]) }))

// import households (roster) against the audited floor, both into a copy of
// an empty tracker database; checked table by table first.
func importFigure(_ name: String, roster: (path: String, persons: Int), rounds: Int, judgement: Figure.Judgement)
    -> Figure
{
    let floorScript = script("floor.sql", AuditedFloor.script(roster: roster.path, chainTriggers: chainTriggers))
    let ours = work + "/import-tracker.db"
    let theirs = work + "/import-floor.db"
    defer {
        Spawn.remove(database: ours)
        Spawn.remove(database: theirs)
    }
    let importArguments = ["import", "households", roster.path]
    var result = figure(
        name, judgement, note: "", rounds: rounds, warmUp: false,
        verify: {
            try tools.copy(database: emptyPath, to: ours)
            try tools.copy(database: emptyPath, to: theirs)
            _ = try tracker(ours, importArguments)
            _ = try sqlite(theirs, floorScript)
            return try Verify.importedTables(tools, tracker: ours, floor: theirs)
        },
        tracker: {
            try tools.copy(database: emptyPath, to: ours)
            return try tracker(ours, importArguments)
        },
        sqlite: {
            try tools.copy(database: emptyPath, to: theirs)
            return try sqlite(theirs, floorScript)
        })
    if result.mismatch == nil {
        let rate = Int(Double(roster.persons) / median(result.tracker.map(\.seconds)))
        result.note = "\(roster.persons) persons; tracker \(rate)/s; right column = audited floor"
    }
    return result
}
figures.append(
    importFigure("import households", roster: roster, rounds: max(1, min(rounds, 3)), judgement: .ratio(1.5)))
// The memory row reads the import's own run: none when --only left the import out.
if wanted("import households") {
    figures.append(
        Figure(
            name: "import memory", tracker: figures.last!.tracker, sqlite: figures.last!.sqlite, judgement: .peakMiB(64),
            note: "\(roster.persons) persons; peak resident memory", mismatch: figures.last!.mismatch,
            trackerPeakKiB: figures.last!.trackerPeakKiB, sqlitePeakKiB: figures.last!.sqlitePeakKiB))
    say(figures.last!.line)
}
if largePersons > 0 && wanted("import memory (large)") {
    let large = writeRoster(persons: largePersons, seed: settings.seed &+ 13, name: "roster-large.csv")
    var result = importFigure("import memory (large)", roster: large, rounds: 1, judgement: .peakMiB(64))
    result.note = "\(large.persons) persons; peak resident memory; right column = audited floor"
    figures.append(result)
    unlink(large.path)
}

// MARK: The table

say("")
say("machine: \(Machine.describe())")
say(
    "county: \(counts.households) households, \(counts.persons) persons, \(counts.visits) visits, \(auditRows) audit rows (seed \(settings.seed)), built in \(format(buildTime, digits: 0)) s"
)
say(Figure.header)
for figure in figures where wanted(figure.name) { say(figure.line) }
say("total \(format(Spawn.now() - startTime, digits: 0)) s")

if settings.keep {
    say("kept \(work)")
} else {
    county.removeAll()
}
