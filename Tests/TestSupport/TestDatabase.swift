import TrackerStore

/// A tracker database in a fresh temporary folder, removed afterwards.
package final class TestDatabase {
    package let database: TrackerDatabase
    private let temporary: TemporaryFolder

    /// The database goes into a folder tracker itself creates (as it does
    /// for a user), inside the temporary one.
    package init(operatorName: String = "tester") throws {
        temporary = TemporaryFolder(prefix: "tracker-core")
        database = try TrackerDatabase.open(path: temporary.file("data/tracker.db"), operatorName: operatorName)
    }

    /// The folder tracker created for the database.
    package var folder: String { temporary.file("data") }
    package var path: String { database.path }

    /// Raw SQL on the same connection, for a test that must look or tamper.
    /// (A TestDatabase is an SQLite file, where RawDatabase always opens.)
    package var raw: RawDatabase { try! RawDatabase(database) }

    package func count(_ table: String) throws -> Int {
        try raw.scalarInt("SELECT count(*) FROM \(table)") ?? -1
    }

    /// Every row of every table, as text: equal dumps mean nothing changed.
    package func dump() throws -> [String] {
        try DatabaseDump.lines(of: raw)
    }
}
