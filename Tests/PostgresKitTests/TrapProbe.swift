import Foundation
import XCTest

/// Checks code that must trap (a failed precondition) without ending the
/// test run: the test bundle runs itself in a child process with only the
/// calling test selected and an environment variable telling that test to
/// run the trapping code. The child borrows this process's cluster instead
/// of starting its own. The parent sees the child die of a signal and reads
/// what it printed.
extension PostgresTestCase {
    func outputOfTrap(test: String = #function, file: StaticString = #filePath, line: UInt = #line,
                      _ body: () throws -> Void) throws -> String {
        let method = String(test.prefix { $0 != "(" })
        let variable = "POSTGRESKIT_TRAP_PROBE"
        if ProcessInfo.processInfo.environment[variable] == method {
            try body()
            return "" // no trap: the child exits normally and the parent fails
        }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["PostgresKitTests.\(type(of: self))/\(method)"]
        var environment = ProcessInfo.processInfo.environment
        environment[variable] = method
        environment[TestCluster.borrowVariable] = cluster.borrowValue
        // A crash report would symbolicate the whole bundle: slow and not needed.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        child.environment = environment
        let output = Pipe()
        child.standardOutput = output
        child.standardError = output
        try child.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        XCTAssertEqual(child.terminationReason, .uncaughtSignal, "expected a trap; the child said:\n\(text)",
                       file: file, line: line)
        return text
    }
}
