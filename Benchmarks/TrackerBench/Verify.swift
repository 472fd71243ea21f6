import CSVKit
import TrackerDomain

/// Before anything is timed, each operation's output is checked against
/// sqlite3's answer on the same database: the same number of rows, and the
/// same content where the two are comparable. A difference is returned as
/// a sentence (the operation is then a FAIL, with no figure); nil means
/// they agree.
enum Verify {
    /// Compares two lists of rows as multisets (order aside: tracker sorts
    /// names by pinyin with its `sort_key()`, which the shell lacks).
    static func sameRows(_ ours: [String], _ theirs: [String], what: String) -> String? {
        guard ours.count == theirs.count else {
            return "\(what): tracker \(ours.count) rows, sqlite3 \(theirs.count)"
        }
        let (a, b) = (ours.sorted(), theirs.sorted())
        for index in a.indices where a[index] != b[index] {
            return "\(what): tracker has «\(a[index])», sqlite3 «\(b[index])»"
        }
        return nil
    }

    /// `household show`: the case's members, assignments, visits and items,
    /// as tracker's `--json` lists them and as the tables hold them.
    static func show(_ tools: Tools, database: String, name: String, id: Int64) throws -> String? {
        let json = try JSON.parse(tools.tracker(["--db", database, "household", "show", name, "--json"]))
        guard json["id"]?.text == String(id) else { return "household show \(name) resolved to another household" }
        var ours: [String] = []
        for member in json["members"]?.array ?? [] { ours.append("member \(member["id"]?.text ?? "?")") }
        for assignment in json["assignments"]?.array ?? [] {
            ours.append("assignment \(assignment["official"]?["id"]?.text ?? "?") \(assignment["from"]?.text ?? "")")
        }
        for visit in json["visits"]?.array ?? [] { ours.append("visit \(visit["id"]?.text ?? "?") \(visit["date"]?.text ?? "")") }
        for item in json["rectifications"]?.array ?? [] {
            ours.append("item \(item["id"]?.text ?? "?") \(item["status"]?.text ?? "")")
        }
        let theirs = try tools.rows(
            database,
            """
            SELECT 'member ' || id FROM members WHERE household_id = \(id);
            SELECT 'assignment ' || official_id || ' ' || start_date FROM assignments WHERE household_id = \(id);
            SELECT 'visit ' || id || ' ' || visit_date FROM visits WHERE household_id = \(id);
            SELECT 'item ' || id || ' ' || status FROM rectifications WHERE household_id = \(id);
            """
        ).map { $0.joined(separator: "\t") }
        return sameRows(ours, theirs, what: "household show")
    }

    /// The row counts a write changes, for comparing what two writers did.
    static func tableCounts(_ tools: Tools, database: String, tables: [String]) throws -> [Int] {
        let sql = "SELECT " + tables.map { "(SELECT count(*) FROM \($0))" }.joined(separator: ", ") + ";"
        return try tools.rows(database, sql).first?.map { Int($0) ?? -1 } ?? []
    }

    /// Runs `tracker` and `sqlite` once each on `database` and compares the
    /// rows each added to `tables`.
    static func sameWrites(
        _ tools: Tools, database: String, tables: [String], tracker: () throws -> Void, sqlite: () throws -> Void
    ) throws -> String? {
        let start = try tableCounts(tools, database: database, tables: tables)
        try tracker()
        let middle = try tableCounts(tools, database: database, tables: tables)
        try sqlite()
        let end = try tableCounts(tools, database: database, tables: tables)
        let ours = zip(middle, start).map { $0 - $1 }
        let theirs = zip(end, middle).map { $0 - $1 }
        guard ours == theirs else {
            let detail = tables.indices.map { "\(tables[$0]) +\(ours[$0])/+\(theirs[$0])" }.joined(separator: ", ")
            return "rows added differ (tracker/sqlite3): \(detail)"
        }
        return nil
    }

    /// `report monthly`: tracker's CSV (in English) against the report's
    /// first statement run by sqlite3, household by household: code, head,
    /// town, village, attribute, status, size, last visit, items opened in
    /// the month and the six checklist standings. The other columns come
    /// from the four other statements. Returns the mismatch, or nil and the
    /// number of rows.
    static func report(_ tools: Tools, database: String, month: YearMonth) throws -> (String?, Int) {
        let csvPath = tools.work + "/verify-report.csv"
        _ = try tools.tracker([
            "--db", database, "--lang", "en", "report", "monthly", "--month", month.description, "--out", csvPath,
            "--force",
        ])
        let records = try CSVReader.readAll(Array(try Spawn.readText(csvPath).utf8))
        guard let header = records.first?.fields else { return ("tracker's report is empty, not even a header", 0) }
        let column = { (name: String) -> Int in header.firstIndex(of: name) ?? -1 }
        let checkColumns = ["Food", "Clothing", "Education", "Medical care", "Housing", "Drinking water"].map(column)
        let wanted = ["Code", "Head of household", "Town", "Village", "Attribute", "Status", "Household size", "Last visit",
                      "Items opened this month"].map(column) + checkColumns
        if let missing = wanted.firstIndex(of: -1) { return ("tracker's report has no column #\(missing) expected", 0) }
        let ours = records.dropFirst().map { record in
            wanted.map { $0 < record.fields.count ? record.fields[$0] : "?" }.joined(separator: "|")
        }
        let script = tools.work + "/verify-report.sql"
        try Spawn.write(Array(Scripts.reportHouseholds(month: month).utf8), to: script)
        let lines = try tools.sqlite(database, script: script).split(separator: "\n")
        let theirs = lines.map { line -> String in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 16 else { return "?" }
            func label<T: DomainEnum>(_ type: T.Type, _ key: String) -> String { T(rawValue: key)?.label(in: .en) ?? key }
            let checks = f[9...14].map { key -> String in
                switch key {
                case "": "not checked"
                case "unrecorded": "checked, no outcome recorded"
                default: label(CheckResult.self, key)
                }
            }
            let fields = [
                f[1], f[2], f[3], f[4], f[5].isEmpty ? "" : label(HouseholdAttribute.self, f[5]),
                label(HouseholdStatus.self, f[6]), f[15], f[7], f[8],
            ]
            return (fields + checks).joined(separator: "|")
        }
        return (sameRows(ours, theirs, what: "report monthly \(month)"), theirs.count)
    }

    /// `report page`: the page is written and draws charts, and the summary
    /// it draws (`report summary --json`) counts the households the report's
    /// statement returns for the month.
    static func page(_ tools: Tools, database: String, month: YearMonth, households: Int, page: String) throws -> String? {
        let html = try Spawn.readText(page)
        guard html.hasPrefix("<!DOCTYPE html") || html.hasPrefix("<!doctype html"), html.contains("<svg") else {
            return "report page wrote no HTML page with charts"
        }
        let summary = try JSON.parse(
            tools.tracker(["--db", database, "report", "summary", "--month", month.description, "--json"]))
        func total(_ value: JSON) -> JSON? {
            switch value {
            case .object(let members):
                if members["level"]?.text == "total" { return value }
                return members.values.lazy.compactMap(total).first
            case .array(let items): return items.lazy.compactMap(total).first
            default: return nil
            }
        }
        guard let counted = total(summary)?["households"]?.text else { return "report summary has no total row" }
        guard counted == String(households) else {
            return "report summary counts \(counted) households, the report's statement \(households)"
        }
        return nil
    }

    /// `check` (`--full`): tracker finds nothing wrong, having run SQLite's
    /// quick (full) check as the right column does and verified every audit entry
    /// and command the tables hold (sqlite3 counts them), and neither do
    /// sqlite3's integrity and foreign key checks.
    static func check(_ tools: Tools, database: String, script: String, full: Bool) throws -> String? {
        let json = try JSON.parse(tools.tracker(["--db", database, "check", "--json"] + (full ? ["--full"] : [])))
        guard json["sound"]?.text == "1" else {
            return "tracker check: not sound: \(json["problems"]?.array.first?["detail"]?.text ?? "?")"
        }
        // The same SQLite check as the right column.
        let integrity = full ? "full" : "quick"
        guard json["integrity_check"]?.text == integrity else {
            return "tracker check ran the \(json["integrity_check"]?.text ?? "?") integrity check, not the \(integrity) one"
        }
        // As many entries and commands as the tables hold, up to the newest entry.
        let ours = [json["audit_entries"]?.text ?? "?", json["audit_commands"]?.text ?? "?",
                    json["chain_head"]?["entry"]?.text ?? "?"]
        let counts = try tools.rows(database, """
            SELECT (SELECT count(*) FROM audit_log), (SELECT count(*) FROM audit_commands), (SELECT max(id) FROM audit_log);
            """).first ?? []
        guard ours == counts else {
            return "tracker check verified \(ours.joined(separator: "/")) audit entries/commands/head entry; sqlite3 counts \(counts.joined(separator: "/"))"
        }
        let theirs = try tools.sqlite(database, script: script)
        return theirs == "ok\n" ? nil : "sqlite3's integrity/foreign key check says: \(theirs.prefix(200))"
    }

    /// A roster import: tracker's database and the floor's hold the same
    /// places, households, causes and members (compared by value, since
    /// ids depend on the order of writing), and as many audit entries.
    static func importedTables(_ tools: Tools, tracker: String, floor: String) throws -> String? {
        let queries = [
            ("places", "SELECT p.kind, p.name, coalesce(up.name, '') FROM places p LEFT JOIN places up ON up.id = p.parent_id"),
            (
                "households",
                """
                SELECT h.code, h.head_name, h.head_id_number, h.phone, t.name, v.name, h.attribute, h.status, h.lifted_year,
                       h.size, h.registered_on
                FROM households h JOIN places v ON v.id = h.village_id JOIN places t ON t.id = v.parent_id
                """
            ),
            ("household_causes", "SELECT h.code, c.cause, c.is_main FROM household_causes c JOIN households h ON h.id = c.household_id"),
            (
                "members",
                """
                SELECT h.code, m.name, m.relation, m.sex, m.birth_date, m.id_number, m.health, m.schooling, m.labour,
                       m.joined_on
                FROM members m JOIN households h ON h.id = m.household_id
                """
            ),
            ("audit_log", "SELECT action, table_name FROM audit_log"),
        ]
        for (table, sql) in queries {
            let ours = try tools.rows(tracker, sql + ";").map { $0.joined(separator: "|") }
            let theirs = try tools.rows(floor, sql + ";").map { $0.joined(separator: "|") }
            if let difference = sameRows(ours, theirs, what: "import, \(table)") { return difference }
        }
        return nil
    }
}
