import SQLCore
import TestSupport
import XCTest
@testable import SQLiteKit

/// Steps that rebuild a table by SQLite's recipe run with foreign keys off
/// and are checked before they commit (issue 15, item 4).
final class MigratorRebuildTests: XCTestCase {
    var directory: TemporaryFolder!

    override func setUp() { directory = TemporaryFolder(prefix: "sqlitekit") }
    override func tearDown() { directory = nil }

    let people = Migration(name: "0001_people", sql: """
        CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;
        CREATE TABLE visits (id INTEGER PRIMARY KEY,
                             person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE) STRICT;
        """)

    /// Makes `people.name` unique the only way SQLite allows: a new table,
    /// a copy, the old one dropped and the new one renamed.
    private func uniqueNames(header: String, copying filter: String = "") -> Migration {
        Migration(name: "0002_unique_names", sql: """
            -- People's names become unique.
            \(header)
            CREATE TABLE people_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE) STRICT;
            INSERT INTO people_new (id, name) SELECT id, name FROM people \(filter);
            DROP TABLE people;
            ALTER TABLE people_new RENAME TO people;
            """)
    }

    /// A database at 0001 with two people and three visits.
    private func databaseWithVisits() throws -> Connection {
        let connection = try Connection(path: directory.file("rebuild.db"))
        try Migrator([people]).migrate(connection)
        try connection.run("INSERT INTO people (id, name) VALUES (1, '赵丁先'), (2, '钱二')")
        try connection.run("INSERT INTO visits (person_id) VALUES (1), (1), (2)")
        return connection
    }

    func testTheHeaderLineDeclaresARebuild() {
        XCTAssertTrue(uniqueNames(header: Migration.rebuildsTablesMarker).rebuildsTables)
        XCTAssertTrue(Migration(name: "x", sql: "\n  -- why\n\n   -- tracker: rebuilds-tables  \nSELECT 1;").rebuildsTables)
        XCTAssertFalse(uniqueNames(header: "-- an ordinary step").rebuildsTables)
        XCTAssertFalse(Migration(name: "x", sql: "SELECT 1;\n-- tracker: rebuilds-tables\n").rebuildsTables,
                       "only the opening comment declares it")
        XCTAssertFalse(people.rebuildsTables)
    }

    func testRebuildingAParentTableKeepsItsChildren() throws {
        let connection = try databaseWithVisits()
        let steps = [people, uniqueNames(header: Migration.rebuildsTablesMarker)]
        XCTAssertEqual(try Migrator(steps).migrate(connection), ["0002_unique_names"])
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM visits", [:]), 3)
        XCTAssertEqual(try connection.scalarText("SELECT sql FROM sqlite_schema WHERE name = 'people'", [:])?
                        .contains("UNIQUE"), true)
        XCTAssertTrue(try connection.foreignKeysEnabled, "foreign keys are back on after the run")
        XCTAssertThrowsError(try connection.run("INSERT INTO visits (person_id) VALUES (:id)", ["id": 99]),
                             "and enforced")
    }

    /// Without the declaration the same step deletes every visit through
    /// ON DELETE CASCADE: the reason the recipe exists.
    func testTheSameStepUndeclaredCascadesIntoTheChildren() throws {
        let connection = try databaseWithVisits()
        try Migrator([people, uniqueNames(header: "-- an ordinary step")]).migrate(connection)
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM visits", [:]), 0)
    }

    func testARebuildLeavingADanglingReferenceIsRolledBack() throws {
        let connection = try databaseWithVisits()
        let losing = uniqueNames(header: Migration.rebuildsTablesMarker, copying: "WHERE id = 1")
        XCTAssertThrowsError(try Migrator([people, losing]).migrate(connection)) { error in
            XCTAssertEqual(error as? MigrationError, .foreignKeyViolation(name: "0002_unique_names", table: "visits"))
        }
        XCTAssertEqual(try Migrator([people, losing]).state(of: connection).version, 1)
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM people", [:]), 2, "the old table is back")
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM visits", [:]), 3)
        XCTAssertNil(try connection.scalarInt("SELECT 1 FROM sqlite_schema WHERE name = 'people_new'", [:]))
        XCTAssertTrue(try connection.foreignKeysEnabled, "foreign keys are back on after a refused step")
    }

    func testStepsBeforeARefusedRebuildAreKept() throws {
        let connection = try Connection(path: directory.file("partial.db"))
        let phone = Migration(name: "0002_phone", sql: "ALTER TABLE people ADD COLUMN phone TEXT;")
        let losing = Migration(name: "0003_rebuild", sql: """
            -- tracker: rebuilds-tables
            DELETE FROM people WHERE id = 2;
            """)
        try Migrator([people]).migrate(connection)
        try connection.run("INSERT INTO people (id, name) VALUES (1, '赵丁先'), (2, '钱二')")
        try connection.run("INSERT INTO visits (person_id) VALUES (2)")
        XCTAssertThrowsError(try Migrator([people, phone, losing]).migrate(connection))
        XCTAssertEqual(try Migrator([people, phone, losing]).state(of: connection).version, 2)
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM people", [:]), 2)
    }
}
