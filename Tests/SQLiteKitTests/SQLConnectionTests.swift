import SQLConnectionCases
import TestSupport
import XCTest
@testable import SQLiteKit

/// SQLite's connection holds to the contract both engines share (issue 16).
final class SQLConnectionTests: XCTestCase {
    func testTheSharedConnectionCasesPass() throws {
        let folder = TemporaryFolder(prefix: "sqlitekit-contract")
        try SQLConnectionCases.check(try Connection(path: folder.file("contract.db")))
    }
}
