internal import SQLiteKit
import TrackerDomain

/// The checked rows of a roster being imported, parked in temporary tables
/// of the import's own connection, so that memory stays bounded however
/// long the roster: the rows, the ID numbers seen (to find a number given
/// twice) and the household codes (with the household each code already
/// has in the database).
///
/// Temporary tables live in SQLite's temp database, which spills to a file
/// past its small page cache; they vanish with `drop()` or the connection.
struct RosterStaging {
    let connection: Connection
    let today: CalendarDate
    /// Whether every code's rows follow one another in the file (the usual
    /// roster): the rows are then read back in file order, without sorting.
    private(set) var contiguous = true
    private var lastCode: String?

    /// Page cache of the temporary tables, in KiB.
    static let temporaryCacheKiB = 4096

    init(connection: Connection, today: CalendarDate) throws {
        self.connection = connection
        self.today = today
        try drop()
        try connection.execute("PRAGMA temp.cache_size = -\(Self.temporaryCacheKiB)")
        try connection.execute("""
            CREATE TEMP TABLE roster_rows (
                line INTEGER PRIMARY KEY, code TEXT, county TEXT, town TEXT, village TEXT, name TEXT,
                relation TEXT, relation_readable INTEGER NOT NULL, sex TEXT, birth_date TEXT, id_number TEXT,
                health TEXT, schooling TEXT, labour TEXT, phone TEXT, attribute TEXT, causes TEXT, status TEXT,
                monitoring_kind TEXT, size INTEGER, registered TEXT);
            CREATE TEMP TABLE roster_ids (number TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID;
            CREATE TEMP TABLE roster_codes (code TEXT PRIMARY KEY, match_key TEXT NOT NULL, first_line INTEGER NOT NULL,
                existing_id INTEGER) WITHOUT ROWID;
            """)
    }

    func drop() throws {
        try connection.execute("""
            DROP TABLE IF EXISTS temp.roster_rows; DROP TABLE IF EXISTS temp.roster_ids; DROP TABLE IF EXISTS temp.roster_codes;
            """)
    }

    /// Records that `number` (an ID number's 18-character form) is on
    /// `line`; returns the earlier line that gave it, if any.
    func claim(_ number: String, line: Int) throws -> Int? {
        try connection.run("INSERT OR IGNORE INTO temp.roster_ids (number, line) VALUES (:number, :line)",
                           inOrder: ["number": number, "line": line])
        guard connection.changes == 0 else { return nil }
        return try connection.scalarInt("SELECT line FROM temp.roster_ids WHERE number = :number", ["number": number])
    }

    /// Parks one checked row.
    mutating func add(_ person: RosterPerson) throws {
        try connection.run("""
            INSERT INTO temp.roster_rows (line, code, county, town, village, name, relation, relation_readable, sex,
                birth_date, id_number, health, schooling, labour, phone, attribute, causes, status, monitoring_kind,
                size, registered)
            VALUES (:line, :code, :county, :town, :village, :name, :relation, :relation_readable, :sex,
                :birth_date, :id_number, :health, :schooling, :labour, :phone, :attribute, :causes, :status,
                :monitoring_kind, :size, :registered)
            """, inOrder: [
                "line": person.line, "code": person.code, "county": person.county, "town": person.town,
                "village": person.village, "name": person.name, "relation": person.relation?.key,
                "relation_readable": person.relationReadable, "sex": person.sex?.key,
                "birth_date": person.birthDate?.description, "id_number": person.idNumber?.value,
                "health": person.health?.key, "schooling": person.schooling?.key, "labour": person.labour?.key,
                "phone": person.phone, "attribute": person.attribute?.key,
                "causes": person.causes.map { $0.map(\.key).joined(separator: ",") }, "status": person.status?.key,
                "monitoring_kind": person.monitoringKind?.key, "size": person.size,
                "registered": person.registered?.description,
            ])
        guard let code = person.code, code != lastCode else { return }
        lastCode = code
        try connection.run("""
            INSERT OR IGNORE INTO temp.roster_codes (code, match_key, first_line) VALUES (:code, :match_key, :first_line)
            """, inOrder: ["code": code, "match_key": HouseholdCode.matchKey(code), "first_line": person.line])
        if connection.changes == 0 { contiguous = false }
    }

    /// After the last row: finds the household each code already has
    /// (codes match ignoring the case of Latin letters), reading the
    /// households table once.
    func matchStoredHouseholds() throws {
        guard try connection.scalarInt("SELECT EXISTS (SELECT 1 FROM households)") == 1 else { return }
        try connection.execute("""
            CREATE INDEX temp.roster_codes_by_key ON roster_codes (match_key);
            UPDATE temp.roster_codes SET existing_id = h.id FROM households h WHERE roster_codes.match_key = upper(h.code);
            """)
    }

    /// Rows whose ID number the database gives to someone of another
    /// household than the row's own: line, and who holds it (name and
    /// code); one per line, members before heads.
    func heldElsewhere() throws -> [(line: Int, name: String, code: String?)] {
        var held: [(line: Int, name: String, code: String?)] = []
        guard try connection.scalarInt("SELECT EXISTS (SELECT 1 FROM members) OR EXISTS (SELECT 1 FROM households)") == 1
        else { return held }
        try connection.forEach("""
            SELECT r.line AS line, m.name AS holder_name, h.code AS holder_code, 0 AS is_head FROM temp.roster_rows r
            JOIN members m ON m.id_number = r.id_number JOIN households h ON h.id = m.household_id
            LEFT JOIN temp.roster_codes k ON k.code = r.code
            WHERE h.id IS NOT k.existing_id
            UNION ALL
            SELECT r.line, h.head_name, h.code, 1 FROM temp.roster_rows r
            JOIN households h ON h.head_id_number = r.id_number
            LEFT JOIN temp.roster_codes k ON k.code = r.code
            WHERE h.id IS NOT k.existing_id
            ORDER BY line, is_head
            """) { row in
            let line = row.int("line")
            if held.last?.line != line { held.append((line, row.text("holder_name"), row.optionalText("holder_code"))) }
        }
        return held
    }

    /// Calls `body` with each household of the file (rows with a code,
    /// grouped by code, in order of first appearance; rows in file order)
    /// and the id of the stored household of that code, if any.
    func forEachHousehold(_ body: (RosterHousehold, Int64?) throws -> Void) throws {
        let columns = """
            r.line, r.code, r.county, r.town, r.village, r.name, r.relation, r.relation_readable, r.sex, r.birth_date,
            r.id_number, r.health, r.schooling, r.labour, r.phone, r.attribute, r.causes, r.status, r.monitoring_kind,
            r.size, r.registered, k.existing_id
            """
        let sql: String
        if contiguous {
            sql = "SELECT \(columns) FROM temp.roster_rows r JOIN temp.roster_codes k ON k.code = r.code ORDER BY r.line"
        } else {
            try connection.execute("CREATE INDEX IF NOT EXISTS temp.roster_rows_by_code ON roster_rows (code, line)")
            sql = """
                SELECT \(columns) FROM temp.roster_codes k JOIN temp.roster_rows r ON r.code = k.code
                ORDER BY k.first_line, r.line
                """
        }
        var household: RosterHousehold?
        var existing: Int64?
        try connection.forEach(sql) { row in
            let person = try Self.person(row, today: today)
            if let current = household, current.code != person.code {
                try body(current, existing)
                household = nil
            }
            if household == nil {
                household = RosterHousehold(code: person.code ?? "")
                existing = row.optionalInt64("existing_id")
            }
            household?.rows.append(person)
        }
        if let household { try body(household, existing) }
    }

    /// A parked row read back: the values were checked when parked.
    private static func person(_ row: Statement, today: CalendarDate) throws -> RosterPerson {
        func value<T: DomainEnum>(_ column: String, _ type: T.Type) -> T? { row.optionalText(column).flatMap(T.init(rawValue:)) }
        func date(_ column: String) -> CalendarDate? { row.optionalText(column).flatMap { try? CalendarDate($0) } }
        var person = RosterPerson(line: row.int("line"))
        person.code = row.optionalText("code")
        person.county = row.optionalText("county")
        person.town = row.optionalText("town")
        person.village = row.optionalText("village")
        person.name = row.optionalText("name")
        person.relation = value("relation", Relation.self)
        person.relationReadable = row.int("relation_readable") != 0
        person.sex = value("sex", Sex.self)
        person.birthDate = date("birth_date")
        person.idNumber = try row.optionalText("id_number").map { text throws(DomainError) in try ResidentID(text, today: today) }
        person.health = value("health", Health.self)
        person.schooling = value("schooling", Schooling.self)
        person.labour = value("labour", Labour.self)
        person.phone = row.optionalText("phone")
        person.attribute = value("attribute", HouseholdAttribute.self)
        person.causes = row.optionalText("causes").map { $0.split(separator: ",").compactMap { PovertyCause(rawValue: String($0)) } }
        person.status = value("status", HouseholdStatus.self)
        person.monitoringKind = value("monitoring_kind", MonitoringKind.self)
        person.size = row.optionalInt("size")
        person.registered = date("registered")
        return person
    }
}
