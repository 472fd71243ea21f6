import Foundation
import TestSupport
import TrackerStore
import XCTest

/// Runs the built `tracker` binary as users do, in a private folder with its
/// own database, and captures stdout, stderr and the exit code.
final class TrackerRunner: @unchecked Sendable {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        let stdoutBytes: Data
    }

    private let temporary = TemporaryFolder(prefix: "tracker-cli")
    var folder: String { temporary.path }
    var environment: [String: String]

    static var binary: String {
        // Another build can be tested by naming it (e.g. to see a new test fail on the old binary).
        if let chosen = ProcessInfo.processInfo.environment["TRACKER_TEST_BINARY"], !chosen.isEmpty { return chosen }
        // The test bundle sits next to the products it was built with.
        let products = Bundle.main.bundleURL.path.hasSuffix(".xctest")
            ? Bundle.main.bundleURL.deletingLastPathComponent().path
            : Bundle.main.bundleURL.path
        for candidate in [products + "/tracker", products + "/../debug/tracker"] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return products + "/tracker"
    }

    /// The migrations shipped in Migrations/, counted from the source tree so
    /// tests need no edit when a step is added.
    static let shippedMigrations: Int = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path + "/Migrations")) ?? []
        return names.filter { $0.hasSuffix(".sql") }.count
    }()

    init() {
        let folder = temporary.path
        environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": folder,
            "TRACKER_DB": folder + "/tracker.db",
            "TRACKER_OPERATOR": "测试员",
            "LANG": "C",
        ]
    }

    var databasePath: String { environment["TRACKER_DB"]! }

    @discardableResult
    func run(_ arguments: String..., stdin: String? = nil, binary: String? = nil) -> Result {
        run(arguments, stdin: stdin, binary: binary)
    }

    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil, binary: String? = nil, currentDirectory: String? = nil) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary ?? Self.binary)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory ?? folder)
        // Output goes to files, so a large report can never block on a full pipe.
        let stamp = UUID().uuidString
        let outPath = folder + "/.stdout-" + stamp, errPath = folder + "/.stderr-" + stamp
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        let out = FileHandle(forWritingAtPath: outPath)!, err = FileHandle(forWritingAtPath: errPath)!
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try! process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        let outData = FileManager.default.contents(atPath: outPath) ?? Data()
        let errData = FileManager.default.contents(atPath: errPath) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: outData)
    }

    /// Every row of every table: equal dumps mean the command wrote nothing.
    func dump() throws -> [String] {
        try DatabaseDump.lines(ofFile: databasePath)
    }

    /// Runs a command that must fail: checks its exit code, that stderr leads
    /// with one `Error:` line containing `message`, and that nothing was written.
    func expectFailure(_ arguments: [String], status: Int32, message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try dump()
        let result = run(arguments)
        XCTAssertEqual(result.status, status, "exit code of \(arguments): \(result.stderr)", file: file, line: line)
        let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
        XCTAssertTrue(first.hasPrefix("Error: ") || first.hasPrefix("错误"), "first stderr line: \(first)", file: file, line: line)
        XCTAssertTrue(result.stderr.contains(message), "stderr of \(arguments) lacks «\(message)»: \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stdout, "", "a failed command prints nothing on stdout", file: file, line: line)
        XCTAssertEqual(try dump(), before, "the database changed after a failed \(arguments)", file: file, line: line)
    }

    func json(_ arguments: String...) throws -> Any {
        let result = run(arguments + ["--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try JSONSerialization.jsonObject(with: result.stdoutBytes)
    }

    /// Makes the database large (about 4 MB per 1,000 rows with the audit
    /// trail) with filler settings, so a backup takes many steps.
    func addBulk(rows: Int) throws {
        let connection = try RawDatabase(path: databasePath)
        try connection.transaction {
            for index in 0..<rows {
                try connection.run("INSERT INTO settings (key, value) VALUES (:key, :value)",
                                   ["key": "filler-\(index)", "value": String(repeating: "填", count: 700)])
            }
        }
    }
}
