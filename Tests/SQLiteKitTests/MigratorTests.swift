import SQLCore
import TestSupport
import XCTest
@testable import SQLiteKit

final class MigratorTests: XCTestCase {
    var directory: TemporaryFolder!

    override func setUp() { directory = TemporaryFolder(prefix: "sqlitekit") }
    override func tearDown() { directory = nil }

    let steps = [
        Migration(name: "0001_people", sql: "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;"),
        Migration(name: "0002_phone", sql: "ALTER TABLE people ADD COLUMN phone TEXT;"),
        Migration(name: "0003_visits", sql: """
            CREATE TABLE visits (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people (id)) STRICT;
            CREATE INDEX visits_by_person ON visits (person_id);
            """),
    ]

    private func open() throws -> Connection { try Connection(path: directory.file("m.db")) }

    func testFreshDatabaseGetsEveryStepRecordedWithChecksum() throws {
        let connection = try open()
        XCTAssertEqual(try Migrator(steps).migrate(connection), steps.map(\.name))
        let state = try Migrator(steps).state(of: connection)
        XCTAssertEqual(state.version, 3)
        XCTAssertTrue(state.pending.isEmpty)
        XCTAssertEqual(state.applied.map(\.checksum), steps.map(\.checksum))
        XCTAssertEqual(try Migrator(steps).migrate(connection), [], "a second run applies nothing")
    }

    func testUpgradeFromEachEarlierStepKeepsData() throws {
        for start in 1..<steps.count {
            let path = directory.file("up\(start).db")
            let old = try Connection(path: path)
            try Migrator(Array(steps.prefix(start))).migrate(old)
            try old.run("INSERT INTO people (name) VALUES ('赵丁先')")
            var sawState: MigrationState?
            let applied = try Migrator(steps).migrate(old) { sawState = $0 }
            XCTAssertEqual(applied, steps.dropFirst(start).map(\.name))
            XCTAssertEqual(sawState?.version, start, "the upgrade hook sees the old version")
            XCTAssertEqual(try old.scalarText("SELECT name FROM people"), "赵丁先")
        }
    }

    func testUpgradeHookIsNotCalledForAFreshDatabase() throws {
        var called = false
        try Migrator(steps).migrate(try open()) { _ in called = true }
        XCTAssertFalse(called)
    }

    func testEditedMigrationIsRefusedByName() throws {
        let connection = try open()
        try Migrator(steps).migrate(connection)
        var edited = steps
        edited[1] = Migration(name: "0002_phone", sql: "ALTER TABLE people ADD COLUMN mobile TEXT;")
        XCTAssertThrowsError(try Migrator(edited).migrate(connection)) { error in
            XCTAssertEqual(error as? MigrationError, .edited(name: "0002_phone"))
        }
    }

    func testDatabaseFromNewerBinaryIsRefused() throws {
        let connection = try open()
        try Migrator(steps).migrate(connection)
        XCTAssertThrowsError(try Migrator(Array(steps.prefix(2))).migrate(connection)) { error in
            XCTAssertEqual(error as? MigrationError, .unknownApplied(names: ["0003_visits"]))
        }
    }

    func testFailingMigrationLeavesDatabaseAtPreviousVersion() throws {
        let connection = try open()
        let broken = Array(steps.prefix(2)) + [Migration(name: "0003_broken", sql: """
            CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT;
            INSERT INTO no_such_table VALUES (1);
            """)]
        XCTAssertThrowsError(try Migrator(broken).migrate(connection)) { error in
            guard case .failed(let name, let cause)? = error as? MigrationError else { return XCTFail("\(error)") }
            XCTAssertEqual(name, "0003_broken")
            XCTAssertTrue(cause.message.contains("no_such_table"))
        }
        XCTAssertEqual(try Migrator(broken).state(of: connection).version, 2)
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"), 0)
        XCTAssertTrue(connection.isAutocommit)
    }

    func testMigrationThatBreaksForeignKeysIsRolledBack() throws {
        let connection = try open()
        try Migrator(steps).migrate(connection)
        let bad = steps + [Migration(name: "0004_orphan", sql: """
            PRAGMA defer_foreign_keys = ON;
            INSERT INTO visits (person_id) VALUES (999);
            """)]
        XCTAssertThrowsError(try Migrator(bad).migrate(connection)) { error in
            // Either our foreign_key_check or SQLite's deferred check at COMMIT stops it.
            XCTAssertTrue(error is MigrationError || (error as? SQLiteError)?.isConstraintViolation == true, "\(error)")
        }
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM visits"), 0)
        XCTAssertEqual(try Migrator(bad).state(of: connection).version, 3)
    }
}
