import Foundation
import XCTest

/// Checks code that must trap (a failed precondition) without ending the
/// test run: the test bundle runs itself in a child process with only the
/// calling test selected and an environment variable telling that test to
/// run the trapping code. The parent sees the child die of a signal and
/// reads what it printed.
extension XCTestCase {
    /// In the parent: runs the calling test of `target` in a child, asserts
    /// it trapped, and returns its output. In the child: runs `body`, which
    /// traps. `environment` is added to the child's (e.g. a borrowed server).
    public func outputOfTrap(in target: String, variable: String, environment extra: [String: String] = [:],
                             test: String, file: StaticString, line: UInt,
                             _ body: () throws -> Void) throws -> String {
        let method = String(test.prefix { $0 != "(" })
        if ProcessInfo.processInfo.environment[variable] == method {
            try body()
            return "" // no trap: the child exits normally and the parent fails
        }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["\(target).\(type(of: self))/\(method)"]
        var environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        environment[variable] = method
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
