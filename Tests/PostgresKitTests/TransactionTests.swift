import PostgresKit
import PostgresTestSupport
import XCTest

/// SERIALIZABLE transactions and the retry of serialization failures.
final class TransactionTests: PostgresTestCase {
    var first: PostgresConnection!
    var second: PostgresConnection!

    override func setUpWithError() throws {
        try super.setUpWithError()
        first = try connect()
        second = try connect()
        // Two cadres on one item: each may close it only if nobody else has
        // (the rule reads the table, then writes it: a write skew without SERIALIZABLE).
        try first.execute("CREATE TABLE closures (item_id integer NOT NULL, closed_by text NOT NULL)")
    }

    override func tearDownWithError() throws {
        first = nil
        second = nil
        try super.tearDownWithError()
    }

    /// Closes item 7 for `cadre` unless someone closed it already; true when
    /// this call closed it. `between` runs after the check and before the write.
    private func close(on connection: PostgresConnection, as cadre: String,
                       between: () throws -> Void = {}) throws -> Bool {
        let already = try connection.scalarInt("SELECT count(*) FROM closures WHERE item_id = :item", ["item": 7]) ?? 0
        try between()
        guard already == 0 else { return false }
        try connection.run("INSERT INTO closures (item_id, closed_by) VALUES (:item, :cadre)", ["item": 7, "cadre": cadre])
        return true
    }

    func testTransactionIsSerializableAndCommits() throws {
        let level = try first.transaction { try first.scalarText("SHOW transaction_isolation", [:]) }
        XCTAssertEqual(level, "serializable")
        XCTAssertFalse(first.isInTransaction)
        XCTAssertTrue(try first.transaction { try close(on: first, as: "李国珍") })
        XCTAssertEqual(try second.scalarText("SELECT closed_by FROM closures", [:]), "李国珍")
    }

    func testThrowingBodyRollsBackAndRethrows() throws {
        struct Refused: Error {}
        XCTAssertThrowsError(try first.transaction {
            _ = try close(on: first, as: "李国珍")
            throw Refused()
        }) { XCTAssertTrue($0 is Refused, "\($0)") }
        XCTAssertFalse(first.isInTransaction)
        XCTAssertEqual(try second.scalarInt("SELECT count(*) FROM closures", [:]), 0)
    }

    func testServerErrorInsideRollsBackAndLeavesTheConnectionUsable() throws {
        XCTAssertThrowsError(try first.transaction {
            _ = try close(on: first, as: "李国珍")
            try first.run("INSERT INTO closures (item_id, closed_by) VALUES (:item, NULL)", ["item": 8])
        }) { XCTAssertEqual(($0 as? PostgresError)?.sqlState, "23502", "\($0)") }
        XCTAssertFalse(first.isInTransaction)
        XCTAssertEqual(try first.scalarInt("SELECT count(*) FROM closures", [:]), 0)
    }

    func testConcurrentSerializableClosesFailWith40001WithoutRetry() throws {
        let error = try XCTUnwrap(collide(maxAttempts: 1))
        XCTAssertEqual(error.sqlState, "40001")
        XCTAssertTrue(error.isSerializationFailure && error.isRetryable)
        XCTAssertEqual(try closers(), ["朱家福"])
    }

    func testSerializationFailureIsRetriedAndTheRetrySeesTheOtherClose() throws {
        var attempts = 0
        var closedHere: [Bool] = []
        let closed = try first.retryingSerializable(maxAttempts: 3) {
            attempts += 1
            let result = try close(on: first, as: "李国珍") {
                if attempts == 1 { try closeConcurrently() }
            }
            closedHere.append(result)
            return result
        }
        // First attempt: both saw the item open and the other closed it first;
        // the server ended ours at its write, so it never returned. The retry
        // saw the other close and did not close again.
        XCTAssertEqual(attempts, 2)
        XCTAssertEqual(closedHere, [false])
        XCTAssertFalse(closed)
        XCTAssertEqual(try closers(), ["朱家福"])
    }

    func testRetriesStopAfterMaxAttempts() throws {
        var attempts = 0
        XCTAssertThrowsError(try first.retryingSerializable(maxAttempts: 3) {
            attempts += 1
            try second.run("DELETE FROM closures", [:]) // reopen, so every attempt collides
            _ = try close(on: first, as: "李国珍") { try closeConcurrently() }
        }) { XCTAssertEqual(($0 as? PostgresError)?.sqlState, "40001", "\($0)") }
        XCTAssertEqual(attempts, 3)
        XCTAssertFalse(first.isInTransaction)
    }

    func testOtherErrorsAreNotRetried() throws {
        var attempts = 0
        XCTAssertThrowsError(try first.retryingSerializable(maxAttempts: 5) {
            attempts += 1
            try first.run("INSERT INTO nowhere VALUES (1)", [:])
        }) { XCTAssertEqual(($0 as? PostgresError)?.sqlState, "42P01", "\($0)") }
        XCTAssertEqual(attempts, 1)
    }

    // MARK: Helpers

    /// The second cadre, in its own SERIALIZABLE transaction overlapping the
    /// first's (which has read the item open): it reads the item open too,
    /// closes it and commits first.
    private func closeConcurrently() throws {
        XCTAssertTrue(try second.transaction { try close(on: second, as: "朱家福") })
    }

    /// Both cadres close item 7 at once; returns the first's error, if any.
    private func collide(maxAttempts: Int) throws -> PostgresError? {
        do {
            _ = try first.retryingSerializable(maxAttempts: maxAttempts) {
                _ = try close(on: first, as: "李国珍") { try closeConcurrently() }
            }
        } catch let error as PostgresError {
            return error
        }
        return nil
    }

    private func closers() throws -> [String] {
        try second.query("SELECT closed_by FROM closures ORDER BY closed_by", [:]).map { $0.text("closed_by") }
    }
}
