import PostgresTestSupport
import TestSupport
import XCTest

extension PostgresTestCase {
    /// Runs `body`, which must trap, in a child run of this test (TestSupport's
    /// probe). The child borrows this process's cluster instead of starting its own.
    func outputOfTrap(test: String = #function, file: StaticString = #filePath, line: UInt = #line,
                      _ body: () throws -> Void) throws -> String {
        try outputOfTrap(in: "PostgresKitTests", variable: "POSTGRESKIT_TRAP_PROBE",
                         environment: [TestCluster.borrowVariable: cluster.borrowValue],
                         test: test, file: file, line: line, body)
    }
}
