import CSQLite
import TestSupport
import XCTest
@testable import SQLiteKit

final class ConnectionTests: XCTestCase {
    var directory: TemporaryFolder!
    var connection: Connection!

    override func setUpWithError() throws {
        directory = TemporaryFolder(prefix: "sqlitekit")
        connection = try Connection(path: directory.file("test.db"))
        try connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, value ANY) STRICT")
    }

    override func tearDown() {
        connection = nil
        directory = nil
    }

    private func roundTrip(_ value: SQLiteValue) throws -> SQLiteValue {
        try connection.run("DELETE FROM t")
        try connection.run("INSERT INTO t (id, value) VALUES (1, :value)", ["value": value])
        return try XCTUnwrap(connection.query("SELECT value FROM t WHERE id = 1").first)[0]
    }

    func testTextRoundTripsChineseEmojiAndEmbeddedNul() throws {
        for text in ["赵丁先", "焦庄村 🏠👨‍👩‍👧", "a\u{0}b\u{0}", "", "'; DROP TABLE t; --", String(repeating: "长", count: 10_000)] {
            XCTAssertEqual(try roundTrip(.text(text)), .text(text), "round trip of \(text.prefix(20))")
        }
        // The byte length SQLite stores must include the bytes after the NUL.
        try connection.run("DELETE FROM t")
        try connection.run("INSERT INTO t (id, value) VALUES (1, :value)", ["value": "a\u{0}b"])
        XCTAssertEqual(try connection.scalarInt("SELECT length(CAST(value AS BLOB)) FROM t"), 3)
    }

    func testIntegersAreSixtyFourBit() throws {
        for number in [Int64.max, Int64.min, 0, -1, 1 << 40] {
            XCTAssertEqual(try roundTrip(.integer(number)), .integer(number))
        }
    }

    func testRealsBlobsAndNull() throws {
        XCTAssertEqual(try roundTrip(.real(3218.5)), .real(3218.5))
        XCTAssertEqual(try roundTrip(.blob([0, 1, 2, 255])), .blob([0, 1, 2, 255]))
        XCTAssertEqual(try roundTrip(.blob([])), .blob([]))
        XCTAssertEqual(try roundTrip(.null), .null)
    }

    func testNullReadsAsNilNotEmptyString() throws {
        try connection.run("INSERT INTO t (id, value) VALUES (1, NULL)")
        try connection.forEach("SELECT value FROM t") { row in
            XCTAssertNil(row.optionalText(0))
            XCTAssertNil(row.optionalInt64(0))
            XCTAssertTrue(row.isNull(0))
        }
        XCTAssertNil(try connection.scalar("SELECT value FROM t"))
    }

    func testOptionalBindableBindsNull() throws {
        let missing: String? = nil
        try connection.run("INSERT INTO t (id, value) VALUES (:id, :value)", ["id": 7, "value": missing])
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM t WHERE value IS NULL"), 1)
    }

    func testErrorsCarryExtendedCodeMessageAndSQL() throws {
        try connection.execute("CREATE TABLE u (name TEXT NOT NULL UNIQUE CHECK (length(name) < 5)) STRICT")
        try connection.run("INSERT INTO u (name) VALUES (:name)", ["name": "abc"])
        let sql = "INSERT INTO u (name) VALUES (:name)"
        XCTAssertThrowsError(try connection.run(sql, ["name": "abc"])) { error in
            let error = error as! SQLiteError
            XCTAssertEqual(error.extendedCode, SQLiteError.constraintUnique)
            XCTAssertEqual(error.code, SQLITE_CONSTRAINT)
            XCTAssertTrue(error.isUniqueViolation)
            XCTAssertTrue(error.message.contains("u.name"), error.message)
            XCTAssertEqual(error.sql, sql)
            XCTAssertFalse(error.description.contains("abc"), "bound values must not leak into errors")
        }
        XCTAssertThrowsError(try connection.run(sql, ["name": "toolong"])) { error in
            XCTAssertEqual((error as! SQLiteError).extendedCode, SQLiteError.constraintCheck)
        }
        XCTAssertThrowsError(try connection.run("SELEC 1")) { error in
            XCTAssertEqual((error as! SQLiteError).code, SQLITE_ERROR)
            XCTAssertEqual((error as! SQLiteError).sql, "SELEC 1")
        }
    }

    func testDoubleQuotedStringLiteralsAreRefused() throws {
        // With DQS on, "nosuchcolumn" would silently become the string 'nosuchcolumn'.
        XCTAssertThrowsError(try connection.query("SELECT \"nosuchcolumn\" FROM t")) { error in
            XCTAssertTrue((error as! SQLiteError).message.contains("no such column"))
        }
    }

    func testConnectionSettings() throws {
        XCTAssertEqual(try connection.scalarInt("PRAGMA foreign_keys"), 1)
        XCTAssertEqual(try connection.scalarText("PRAGMA journal_mode"), "wal")
        XCTAssertEqual(try connection.scalarInt("PRAGMA synchronous"), 2, "FULL")
        XCTAssertEqual(try connection.scalarInt("PRAGMA busy_timeout"), 15_000)
    }

    /// Readers keep SQLite's default page cache (a report that reads a county
    /// once would only fault in fresh memory); a writer gets 64 MiB from its
    /// first write transaction on, and keeps it.
    func testThePageCacheGrowsOnlyForWriters() throws {
        let fresh = try Connection(path: directory.file("cache.db"))
        let sqliteDefault = -2000
        XCTAssertEqual(try fresh.scalarInt("PRAGMA cache_size"), sqliteDefault)
        _ = try fresh.transaction(.deferred) { try fresh.scalarInt("SELECT count(*) FROM sqlite_schema") }
        XCTAssertEqual(try fresh.scalarInt("PRAGMA cache_size"), sqliteDefault, "a read transaction")
        try fresh.transaction { try fresh.execute("CREATE TABLE t (x)") }
        XCTAssertEqual(try fresh.scalarInt("PRAGMA cache_size"), -65536, "after a write transaction")
        _ = try fresh.transaction(.deferred) { try fresh.scalarInt("SELECT count(*) FROM t") }
        XCTAssertEqual(try fresh.scalarInt("PRAGMA cache_size"), -65536)
    }

    func testForeignKeysAreEnforced() throws {
        try connection.execute("""
            CREATE TABLE parent (id INTEGER PRIMARY KEY) STRICT;
            CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent (id)) STRICT;
            """)
        XCTAssertThrowsError(try connection.run("INSERT INTO child (parent_id) VALUES (42)")) { error in
            XCTAssertEqual((error as! SQLiteError).extendedCode, SQLiteError.constraintForeignKey)
        }
    }

    func testAFileThatIsNotADatabaseIsRefusedAtOpen() throws {
        let path = directory.file("notes.txt")
        try String(repeating: "這不是資料庫 not a database\n", count: 100).write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Connection(path: path)) { error in
            XCTAssertTrue((error as! SQLiteError).isNotADatabase, "\(error)")
        }
    }

    func testThrowInsideTransactionLeavesNothingBehind() throws {
        struct Boom: Error {}
        XCTAssertThrowsError(try connection.transaction {
            try connection.run("INSERT INTO t (id, value) VALUES (1, 'x')")
            try connection.run("INSERT INTO t (id, value) VALUES (2, 'y')")
            throw Boom()
        }) { XCTAssertTrue($0 is Boom, "the first error is the one rethrown") }
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM t"), 0)
        XCTAssertTrue(connection.isAutocommit)
    }

    func testFailingStatementInsideTransactionRollsBackEarlierWrites() throws {
        XCTAssertThrowsError(try connection.transaction {
            try connection.run("INSERT INTO t (id, value) VALUES (1, 'x')")
            try connection.run("INSERT INTO t (id, value) VALUES (1, 'duplicate')")
        })
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM t"), 0)
    }

    func testTransactionCommitsAndReturnsValue() throws {
        let id = try connection.transaction { () throws -> Int64 in
            try connection.run("INSERT INTO t (value) VALUES ('kept')")
            return connection.lastInsertRowID
        }
        XCTAssertEqual(try connection.scalarText("SELECT value FROM t WHERE id = :id", ["id": id]), "kept")
    }

    func testSecondWriterWaitsForFirstWithinBusyTimeout() throws {
        let other = try Connection(path: directory.file("test.db"), options: .init(busyTimeoutMilliseconds: 100))
        try connection.execute("BEGIN IMMEDIATE")
        XCTAssertThrowsError(try other.transaction { try other.run("INSERT INTO t (value) VALUES (1)") }) { error in
            XCTAssertTrue((error as! SQLiteError).isBusy)
        }
        try connection.execute("COMMIT")
        XCTAssertNoThrow(try other.transaction { try other.run("INSERT INTO t (value) VALUES (1)") })
    }

    func testBackupCopiesEverything() throws {
        try connection.run("INSERT INTO t (value) VALUES ('赵丁先')")
        let target = directory.file("copy.db")
        try connection.backup(to: target)
        let copy = try Connection(path: target)
        XCTAssertEqual(try copy.scalarText("SELECT value FROM t"), "赵丁先")
        XCTAssertEqual(try copy.scalarText("PRAGMA integrity_check"), "ok")
    }
}
