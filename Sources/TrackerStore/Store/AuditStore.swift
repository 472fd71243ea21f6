internal import SQLCore
internal import SQLiteKit
import Bilingual
import TrackerDomain

/// The audit trail: reading it, and recording what triggers cannot see.
public struct AuditStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// Records that someone displayed a household's personal data unmasked
    /// (`--reveal`): looking is not a change, so no trigger sees it.
    public func recordReveal(of household: Household, what: String) throws(TrackerError) {
        try database.portableWrite { connection in
            try connection.run("""
                INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
                VALUES (:operator, 'reveal', 'households', :household_id, :household_id,
                        \(Self.jsonObject([("revealed", ":what", "TEXT"), ("households", ":label", "TEXT")], connection.dialect)))
                """, binding: ["operator": database.operatorName, "household_id": household.id, "what": what,
                      "label": household.label])
        }
    }

    /// Records one reveal for a listing that showed the personal data of
    /// every row it listed (`household list --reveal`): one audit row, not
    /// one per household, saying "all listed", how many, and the selection
    /// that chose them (`village=焦庄村`), since the recorded command line
    /// leaves option values out. `table` is what was listed; `row_id` 0
    /// stands for "no single row".
    public func recordReveal(ofListed table: String, what: String, count: Int, selection: String) throws(TrackerError) {
        try database.portableWrite { connection in
            try connection.run("""
                INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
                VALUES (:operator, 'reveal', :table, 0, NULL,
                        \(Self.jsonObject([("revealed", ":what", "TEXT"), (table, "'all listed'", "TEXT"),
                                           ("count", ":count", "BIGINT"), ("selection", ":selection", "TEXT")],
                                          connection.dialect)))
                """, binding: ["operator": database.operatorName, "table": table, "what": what, "count": count,
                      "selection": Masking.commandLine(selection)])
        }
    }

    /// A JSON object, written as SQLite's json_object writes it: on
    /// PostgreSQL through `tracker_audit_json`, which the audit triggers use
    /// for that very reason (0001). Each pair is a key (the code's own
    /// word), an SQL expression, and its type (TEXT or BIGINT): PostgreSQL
    /// cannot type a parameter given to json_build_object by itself.
    static func jsonObject(_ pairs: [(key: String, value: String, type: String)], _ dialect: SQLDialect) -> String {
        precondition(pairs.allSatisfy { $0.key.allSatisfy { $0.isLetter || $0 == "_" } }, "JSON keys are plain words")
        switch dialect {
        case .sqlite:
            return "json_object(" + pairs.map { "'\($0.key)', \($0.value)" }.joined(separator: ", ") + ")"
        case .postgresql:
            let values = pairs.map { "'\($0.key)', CAST(\($0.value) AS \($0.type))" }
            return "tracker_audit_json(json_build_object(" + values.joined(separator: ", ") + "), ARRAY["
                + pairs.map { "'\($0.key)'" }.joined(separator: ", ") + "])"
        }
    }
}

extension AuditStore {
    /// Audit entries matching `filter`, newest first.
    public func entries(_ filter: AuditFilter) throws(TrackerError) -> [AuditEntry] {
        try database.read { connection in
            var entries: [AuditEntry] = []
            try connection.forEach("""
                SELECT a.id, a.at, a.operator, a.action, a.table_name, a.row_id, a.household_id,
                       h.head_name, a.old_values, a.new_values, v.name AS village
                FROM audit_log a
                LEFT JOIN households h ON h.id = a.household_id
                LEFT JOIN places v ON v.id = h.village_id
                WHERE (:household_id IS NULL OR a.household_id = :household_id) AND (:since IS NULL OR a.at >= :since)
                  AND (:operator IS NULL OR a.operator = :operator)
                ORDER BY a.id DESC
                LIMIT :limit
                """, ["household_id": filter.householdID, "since": filter.since, "operator": filter.operatorName,
                      "limit": filter.limit ?? -1]) { row in
                entries.append(AuditEntry(
                    id: row.int64("id"), at: row.text("at"), operatorName: row.text("operator"), action: row.text("action"),
                    table: row.text("table_name"), rowID: row.int64("row_id"), householdID: row.optionalInt64("household_id"),
                    householdLabel: row.optionalText("head_name").map {
                        Household.briefLabel(headName: $0, village: row.text("village"))
                    },
                    oldValues: try Self.columns(of: row.optionalText("old_values"), in: connection),
                    newValues: try Self.columns(of: row.optionalText("new_values"), in: connection)))
            }
            return entries
        }
    }

    /// The key/value pairs of a flat JSON object, in order, read by SQLite's
    /// own JSON functions (no parser of our own to get wrong).
    private static func columns(of json: String?, in connection: Connection) throws -> [(column: String, value: StoredValue)] {
        guard let json else { return [] }
        // A separate statement from the outer loop's, so stepping it does not reset that one.
        let statement = try connection.prepare("SELECT key, value FROM json_each(:json) ORDER BY id")
        try statement.bind(named: ["json": json])
        var pairs: [(column: String, value: StoredValue)] = []
        while try statement.step() { pairs.append((statement.text("key"), StoredValue(statement.value("value")))) }

        return pairs
    }
}

extension AuditStore {
    /// Commands that changed something, newest first, each with a summary
    /// of its row changes. Changes made outside tracker (or before commands
    /// were recorded) have no command and only show in `entries`.
    public func changeSets(_ filter: AuditFilter) throws(TrackerError) -> [AuditChangeSet] {
        try database.portableRead { connection in
            var commands: [(id: Int64, at: String, operatorName: String, command: String, first: Int64, last: Int64, reason: String?)] = []
            try connection.forEach("""
                SELECT c.id, c.at, c.operator, c.command, c.first_entry, c.last_entry, c.reason FROM audit_commands c
                WHERE (CAST(:since AS TEXT) IS NULL OR c.at >= :since) AND (CAST(:operator AS TEXT) IS NULL OR c.operator = :operator)
                  AND (CAST(:household_id AS BIGINT) IS NULL OR c.id IN (
                      SELECT (SELECT id FROM audit_commands WHERE first_entry <= a.id ORDER BY first_entry DESC LIMIT 1)
                      FROM audit_log a WHERE a.household_id = :household_id))
                ORDER BY c.id DESC LIMIT :limit
                """, binding: ["household_id": filter.householdID, "since": filter.since, "operator": filter.operatorName,
                               "limit": filter.limit ?? Self.noLimit(connection.dialect)]) { row in
                commands.append((row.int64("id"), row.text("at"), row.text("operator"), row.text("command"),
                                 row.int64("first_entry"), row.int64("last_entry"), row.optionalText("reason")))
            }
            return try commands.map { command in
                var counts: [(table: String, action: String, rows: Int)] = []
                try connection.forEach("""
                    SELECT table_name, action, count(*) AS entries FROM audit_log WHERE id BETWEEN :first AND :last
                    GROUP BY table_name, action ORDER BY min(id)
                    """, binding: ["first": command.first, "last": command.last]) {
                    counts.append(($0.text("table_name"), $0.text("action"), $0.int("entries")))
                }
                var households: [LocalizedText] = []
                var householdCount = 0
                try connection.forEach("""
                    SELECT h.head_name, count(*) OVER () AS households, v.name AS village
                    FROM (SELECT DISTINCT household_id FROM audit_log
                          WHERE id BETWEEN :first AND :last AND household_id IS NOT NULL) t
                    JOIN households h ON h.id = t.household_id JOIN places v ON v.id = h.village_id
                    ORDER BY h.id LIMIT 3
                    """, binding: ["first": command.first, "last": command.last]) { row in
                    households.append(Household.briefLabel(headName: row.text("head_name"), village: row.text("village")))
                    householdCount = row.int("households")

                }
                // Records made before commands were masked on the way in are masked on the way out.
                return AuditChangeSet(id: command.id, at: command.at, operatorName: command.operatorName,
                                      command: Masking.commandLine(command.command), reason: command.reason, counts: counts, households: households,
                                      householdCount: householdCount)
            }
        }
    }

    /// `LIMIT` with no limit: SQLite's is -1, PostgreSQL's NULL (a negative one is an error there).
    private static func noLimit(_ dialect: SQLDialect) -> Int? { dialect == .sqlite ? -1 : nil }
}
