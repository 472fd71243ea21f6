internal import SQLCore
internal import SQLiteKit

/// The row INSERTs a store shares with the roster import, on either engine.
///
/// On SQLite the values go in the SQL's order (`run(_:inOrder:)`: the
/// import's per-row path, with no dictionary built and hashed per row) and
/// the new id is last_insert_rowid(); on PostgreSQL, which has no
/// last_insert_rowid(), the INSERT returns its id.
extension SQLConnection {
    /// Runs one INSERT whose values are given in the SQL's order.
    func runRow(_ sql: String, _ values: KeyValuePairs<String, any SQLBindable>) throws {
        if let file = self as? Connection { return try file.run(sql, inOrder: values) }
        try run(sql, binding: Self.dictionary(values))
    }

    /// Runs one INSERT (without RETURNING) and returns the new row's id.
    func insertRow(_ sql: String, _ values: KeyValuePairs<String, any SQLBindable>) throws -> Int64 {
        if let file = self as? Connection {
            try file.run(sql, inOrder: values)
            return file.lastInsertRowID
        }
        return try insert(sql + " RETURNING id", binding: Self.dictionary(values))
    }

    private static func dictionary(_ values: KeyValuePairs<String, any SQLBindable>) -> [String: any SQLBindable] {
        Dictionary(uniqueKeysWithValues: values.map { ($0.key, $0.value) })
    }
}
