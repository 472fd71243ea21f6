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

    /// A database holding the source article's officials, households and
    /// visits (`tracker seed`), with their audit trail.
    package static func seeded() throws -> TestDatabase {
        let test = try TestDatabase()
        _ = try SeedLoader(test.database).load()
        return test
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
