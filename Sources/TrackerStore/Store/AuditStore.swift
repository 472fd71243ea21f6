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
        try database.write { connection in
            try connection.run("""
                INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
                VALUES (?, 'reveal', 'households', ?, ?, json_object('revealed', ?, 'households', ?))
                """, database.operatorName, household.id, household.id, what, household.label)
        }
    }

    /// Records one reveal for a listing that showed the personal data of
    /// every row it listed (`household list --reveal`): one audit row, not
    /// one per household, saying "all listed", how many, and the selection
    /// that chose them (`village=焦庄村`), since the recorded command line
    /// leaves option values out. `table` is what was listed; `row_id` 0
    /// stands for "no single row".
    public func recordReveal(ofListed table: String, what: String, count: Int, selection: String) throws(TrackerError) {
        try database.write { connection in
            try connection.run("""
                INSERT INTO audit_log (operator, action, table_name, row_id, household_id, new_values)
                VALUES (?, 'reveal', ?, 0, NULL,
                        json_object('revealed', ?, ?, 'all listed', 'count', ?, 'selection', ?))
                """, database.operatorName, table, what, table, count, Masking.commandLine(selection))
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
                       h.head_name, a.old_values, a.new_values, v.name
                FROM audit_log a
                LEFT JOIN households h ON h.id = a.household_id
                LEFT JOIN places v ON v.id = h.village_id
                WHERE (?1 IS NULL OR a.household_id = ?1) AND (?2 IS NULL OR a.at >= ?2) AND (?3 IS NULL OR a.operator = ?3)
                ORDER BY a.id DESC
                LIMIT ?4
                """, [filter.householdID, filter.since, filter.operatorName, filter.limit ?? -1]) { row in
                entries.append(AuditEntry(
                    id: row.int64(0), at: row.text(1), operatorName: row.text(2), action: row.text(3), table: row.text(4),
                    rowID: row.int64(5), householdID: row.optionalInt64(6), householdLabel: row.optionalText(7).map { Household.briefLabel(headName: $0, village: row.text(10)) },
                    oldValues: try Self.columns(of: row.optionalText(8), in: connection),
                    newValues: try Self.columns(of: row.optionalText(9), in: connection)))
            }
            return entries
        }
    }

    /// The key/value pairs of a flat JSON object, in order, read by SQLite's
    /// own JSON functions (no parser of our own to get wrong).
    private static func columns(of json: String?, in connection: Connection) throws -> [(column: String, value: StoredValue)] {
        guard let json else { return [] }
        // A separate statement from the outer loop's, so stepping it does not reset that one.
        let statement = try connection.prepare("SELECT key, value FROM json_each(?) ORDER BY id")
        try statement.bind([json])
        var pairs: [(column: String, value: StoredValue)] = []
        while try statement.step() { pairs.append((statement.text(0), StoredValue(statement.value(1)))) }
        return pairs
    }
}

extension AuditStore {
    /// Commands that changed something, newest first, each with a summary
    /// of its row changes. Changes made outside tracker (or before commands
    /// were recorded) have no command and only show in `entries`.
    public func changeSets(_ filter: AuditFilter) throws(TrackerError) -> [AuditChangeSet] {
        try database.read { connection in
            var commands: [(id: Int64, at: String, operatorName: String, command: String, first: Int64, last: Int64, reason: String?)] = []
            try connection.forEach("""
                SELECT c.id, c.at, c.operator, c.command, c.first_entry, c.last_entry, c.reason FROM audit_commands c
                WHERE (?2 IS NULL OR c.at >= ?2) AND (?3 IS NULL OR c.operator = ?3)
                  AND (?1 IS NULL OR c.id IN (
                      SELECT (SELECT id FROM audit_commands WHERE first_entry <= a.id ORDER BY first_entry DESC LIMIT 1)
                      FROM audit_log a WHERE a.household_id = ?1))
                ORDER BY c.id DESC LIMIT ?4
                """, [filter.householdID, filter.since, filter.operatorName, filter.limit ?? -1]) { row in
                commands.append((row.int64(0), row.text(1), row.text(2), row.text(3), row.int64(4), row.int64(5), row.optionalText(6)))
            }
            return try commands.map { command in
                var counts: [(table: String, action: String, rows: Int)] = []
                try connection.forEach("""
                    SELECT table_name, action, count(*) FROM audit_log WHERE id BETWEEN ? AND ?
                    GROUP BY table_name, action ORDER BY min(id)
                    """, [command.first, command.last]) { counts.append(($0.text(0), $0.text(1), $0.int(2))) }
                var households: [LocalizedText] = []
                var householdCount = 0
                try connection.forEach("""
                    SELECT h.head_name, count(*) OVER (), v.name
                    FROM (SELECT DISTINCT household_id FROM audit_log WHERE id BETWEEN ? AND ? AND household_id IS NOT NULL) t
                    JOIN households h ON h.id = t.household_id JOIN places v ON v.id = h.village_id
                    ORDER BY h.id LIMIT 3
                    """, [command.first, command.last]) { row in
                    households.append(Household.briefLabel(headName: row.text(0), village: row.text(2)))
                    householdCount = row.int(1)
                }
                // Records made before commands were masked on the way in are masked on the way out.
                return AuditChangeSet(id: command.id, at: command.at, operatorName: command.operatorName,
                                      command: Masking.commandLine(command.command), reason: command.reason, counts: counts, households: households,
                                      householdCount: householdCount)
            }
        }
    }
}
