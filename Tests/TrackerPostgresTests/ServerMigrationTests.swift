import PostgresKit
import PostgresTestSupport
import SQLCore
import TestSupport
import TrackerDomain
import XCTest
@testable import TrackerStore

/// `migrate-to` (issue 16, item 5): the seeded county's file copied into an
/// empty PostgreSQL database, every table and the audit trail, checked by
/// count and digest; refused into a database that holds records.
final class ServerMigrationTests: PostgresTestCase {
    private func server() throws -> PostgresTrackerDatabase {
        try PostgresTrackerDatabase.open(conninfo: cluster.adminConninfo + " options='-c search_path=\(schema)'", shown: "test server")
    }

    func testEveryTableAndTheChainArriveEqual() throws {
        let file = try TestDatabase.seeded()
        let target = try server()
        let tables = try ServerMigration(from: file.database, to: target).run()
        XCTAssertEqual(tables.first { $0.name == "households" }?.rows, try file.count("households"))
        XCTAssertEqual(tables.first { $0.name == "audit_log" }?.rows, try file.count("audit_log"))
        XCTAssertGreaterThan(tables.first { $0.name == "audit_log" }?.rows ?? 0, 0)
        // The chain's head on the server is the file's.
        let head = try XCTUnwrap(try AuditChainStore(file.database).head())
        let serverHead = try target.connection.query("SELECT last_id, encode(last_hash, 'hex') AS hash FROM audit_chain_heads WHERE chain = 'audit_log'")
        XCTAssertEqual(serverHead.first?.int64("last_id"), head.entry)
        XCTAssertEqual(serverHead.first?.text("hash"), head.hash)
        // Triggers and sequences are back: a new change is audited and chained after the copy.
        try target.connection.execute("SET tracker.operator = '新干部'")
        _ = try target.connection.run("INSERT INTO officials (name) VALUES ('新干部')")
        XCTAssertEqual(try target.connection.scalarInt("SELECT max(id) FROM audit_log"), Int(head.entry) + 1)
        XCTAssertEqual(try target.connection.scalarInt("SELECT last_id FROM audit_chain_heads WHERE chain = 'audit_log'"), Int(head.entry) + 1)
    }

    /// An entry whose hash does not link (edited in the file) is found by
    /// the server's own functions, and nothing is copied.
    func testAFileWhoseChainIsBrokenIsNotCopied() throws {
        let file = try TestDatabase.seeded()
        try file.raw.run("UPDATE audit_log SET operator = 'x' WHERE id = 3")
        let target = try server()
        XCTAssertThrowsError(try ServerMigration(from: file.database, to: target).run()) { error in
            XCTAssertTrue((error as? TrackerError)?.message.en.contains("1 audit entries do not link") == true, "\(error)")
        }
        XCTAssertEqual(try target.connection.scalarInt("SELECT count(*) FROM households"), 0)
    }

    /// The table digest tells apart what a copy could get wrong: a value, a
    /// NULL for an empty text, a value moved to the next row, a row missing.
    func testTheTableDigestSeesEveryKindOfDifference() {
        func digest(_ rows: [[SQLValue]]) -> String {
            var digest = ServerMigration.TableDigest()
            for row in rows { digest.add(row) }
            return digest.result.digest
        }
        let rows: [[SQLValue]] = [[.integer(1), .text("陈集镇")], [.integer(2), .text("")]]
        let variants: [[[SQLValue]]] = [
            [[.integer(1), .text("陈集镇")], [.integer(2), .null]],
            [[.integer(1), .text("陈集镇")], [.integer(3), .text("")]],
            [[.integer(1)], [.text("陈集镇"), .integer(2), .text("")]],
            [[.integer(1), .text("陈集镇")]],
        ]
        for variant in variants { XCTAssertNotEqual(digest(variant), digest(rows), "\(variant)") }
        XCTAssertEqual(digest(rows), digest(rows))
    }

    func testADatabaseThatHoldsRecordsIsRefusedAndLeftAlone() throws {
        let file = try TestDatabase.seeded()
        let target = try server()
        _ = try ServerMigration(from: file.database, to: target).run()
        let households = try target.connection.scalarInt("SELECT count(*) FROM households")
        XCTAssertThrowsError(try ServerMigration(from: file.database, to: target).run()) { error in
            XCTAssertEqual((error as? TrackerError)?.kind, .refused)
            XCTAssertTrue((error as? TrackerError)?.message.en.contains("already holds records") == true, "\(error)")
        }
        XCTAssertEqual(try target.connection.scalarInt("SELECT count(*) FROM households"), households)
    }
}
