import PostgresKit
import PostgresTestSupport
import SQLConnectionCases
import XCTest

/// PostgreSQL's connection holds to the contract both engines share (issue 16).
final class SQLConnectionTests: PostgresTestCase {
    func testTheSharedConnectionCasesPass() throws {
        try SQLConnectionCases.check(try connect())
    }
}
