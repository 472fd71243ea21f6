import PostgresKit
import PostgresTestSupport
import SQLCore
import TestSupport
import TrackerPostgresMigrations
import XCTest

/// The PostgreSQL migrations (Migrations/postgresql) on a fresh database of
/// the real cluster: all of them apply, the result has every table and
/// column of the SQLite schema, and the migrator refuses what the SQLite
/// one refuses.
final class PostgresMigrationTests: PostgresTestCase {
    static let shipped = embeddedMigrations.map { Migration(name: $0.name, sql: $0.sql) }

    func testEveryStepAppliesToAFreshDatabaseOnceAndIsRecordedWithItsChecksum() throws {
        let connection = try connect()
        let migrator = PostgresMigrator(Self.shipped)
        XCTAssertEqual(try migrator.migrate(connection), Self.shipped.map(\.name))
        XCTAssertEqual(try migrator.migrate(connection), [], "a current database has nothing to apply")
        let state = try migrator.state(of: connection)
        XCTAssertEqual(state.version, Self.shipped.count)
        XCTAssertEqual(state.applied.map(\.checksum), Self.shipped.map(\.checksum))
        XCTAssertTrue(state.pending.isEmpty)
        XCTAssertFalse(connection.isInTransaction)
    }

    func testEverySQLiteTableAndColumnExistsWithTheSameTypeFamily() throws {
        let connection = try connect()
        try PostgresMigrator(Self.shipped).migrate(connection)
        let sqlite = try TestDatabase().raw.query("""
            SELECT m.name, p.name, p.type FROM sqlite_schema m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid
            """).map { "\($0[0].string ?? "").\($0[1].string ?? ""): \(Self.family(sqlite: $0[2].string ?? ""))" }
        let postgres = try connection.query("""
            SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position
            """).map { "\($0.text("table_name")).\($0.text("column_name")): \(Self.family(postgres: $0.text("data_type")))" }
        XCTAssertGreaterThan(sqlite.count, 150, "the SQLite schema was not read")
        let missing = Set(sqlite).subtracting(postgres).sorted()
        XCTAssertEqual(missing, [], "columns of the SQLite schema that PostgreSQL lacks or types differently")
        // PostgreSQL's own additions are only the chain heads (see 0013).
        let sqliteTables = Set(sqlite.map { String($0.prefix { $0 != "." }) })
        let extra = Set(postgres.map { String($0.prefix { $0 != "." }) }).subtracting(sqliteTables)
        XCTAssertEqual(extra, ["audit_chain_heads"])
    }

    func testADatabaseFromANewerTrackerIsRefusedAndLeftAlone() throws {
        let connection = try connect()
        try PostgresMigrator(Self.shipped).migrate(connection)
        try connection.run("INSERT INTO schema_migrations (name, checksum, applied_at) VALUES ('0099_future', 'x', 'now')")
        let older = PostgresMigrator(Array(Self.shipped.prefix(13)))
        XCTAssertThrowsError(try older.migrate(connection)) { error in
            XCTAssertEqual(error as? PostgresMigrationError,
                           .refused(.unknownApplied(names: Self.shipped.dropFirst(13).map(\.name) + ["0099_future"])))
        }
    }

    func testAnEditedStepIsRefusedBeforeAnythingRuns() throws {
        let connection = try connect()
        try PostgresMigrator(Array(Self.shipped.prefix(3))).migrate(connection)
        var edited = Self.shipped
        edited[1] = Migration(name: edited[1].name, sql: edited[1].sql + "\n")
        XCTAssertThrowsError(try PostgresMigrator(edited).migrate(connection)) { error in
            XCTAssertEqual(error as? PostgresMigrationError, .refused(.edited(name: "0002_officials_assignments")))
        }
        XCTAssertEqual(try PostgresMigrator(Self.shipped).state(of: connection).version, 3, "nothing was applied")
    }

    func testAFailingStepIsRolledBackAloneAndTheStepsBeforeItKept() throws {
        let connection = try connect()
        let broken = Self.shipped.prefix(2) + [Migration(name: "0003_broken", sql: "CREATE TABLE half (id bigint); SELECT no_such_column FROM half;")]
        XCTAssertThrowsError(try PostgresMigrator(Array(broken)).migrate(connection)) { error in
            guard case .failed(let name, let cause)? = error as? PostgresMigrationError else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(name, "0003_broken")
            XCTAssertEqual(cause.sqlState, "42703")
        }
        XCTAssertEqual(try PostgresMigrator(Self.shipped).state(of: connection).applied.map(\.name),
                       Self.shipped.prefix(2).map(\.name))
        XCTAssertNil(try connection.scalar("SELECT to_regclass('half')"), "the failed step left nothing")
        XCTAssertFalse(connection.isInTransaction)
    }

    func testTwoSessionsMigratingAtOnceApplyEachStepOnce() throws {
        let sessions = [UncheckedBox(try connect()), UncheckedBox(try connect())]
        let migrator = PostgresMigrator(Self.shipped)
        let applied = UncheckedBox(LockedCounts())
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let count = (try? migrator.migrate(sessions[index].value).count) ?? -1
            applied.value.append(count)
        }
        XCTAssertEqual(applied.value.sorted, [0, Self.shipped.count], "one session migrates, the other finds nothing to do")
        XCTAssertEqual(try sessions[0].value.scalarInt("SELECT count(*) FROM schema_migrations"), Self.shipped.count)
    }

    // MARK: Type families

    static func family(sqlite type: String) -> String {
        switch type.uppercased() {
        case "INTEGER": "integer"
        case "TEXT": "text"
        case "BLOB": "bytes"
        case "REAL": "real"
        default: "other \(type)"
        }
    }

    static func family(postgres type: String) -> String {
        switch type {
        case "bigint", "integer", "smallint": "integer"
        case "text", "character varying": "text"
        case "bytea": "bytes"
        case "double precision", "real": "real"
        default: "other \(type)"
        }
    }
}

/// Hands a connection to one other thread for a test (a connection is not Sendable).
final class UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

final class LockedCounts {
    private let lock = NSLock()
    private var counts: [Int] = []
    func append(_ count: Int) { lock.lock(); counts.append(count); lock.unlock() }
    var sorted: [Int] { lock.lock(); defer { lock.unlock() }; return counts.sorted() }
}
