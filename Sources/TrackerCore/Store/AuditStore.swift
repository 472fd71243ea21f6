import SQLiteKit

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
                VALUES (?, 'reveal', 'households', ?, ?, json_object('revealed', ?))
                """, database.operatorName, household.id, household.id, what)
        }
    }
}
