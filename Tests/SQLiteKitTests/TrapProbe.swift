import TestSupport
import XCTest

extension XCTestCase {
    /// Runs `body`, which must trap, in a child run of this test (TestSupport's probe).
    func outputOfTrap(test: String = #function, file: StaticString = #filePath, line: UInt = #line,
                      _ body: () throws -> Void) throws -> String {
        try outputOfTrap(in: "SQLiteKitTests", variable: "SQLITEKIT_TRAP_PROBE", test: test, file: file, line: line, body)
    }
}
