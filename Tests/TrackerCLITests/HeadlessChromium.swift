import Foundation
import TestSupport
import XCTest

/// Debian's headless Chromium, run as a program (no DevTools protocol):
/// `--dump-dom` prints the DOM after the page loaded, `--screenshot` writes
/// a PNG, `--enable-logging=stderr` prints every console message as a
/// `:CONSOLE` line, and `--log-net-log` records every network request the
/// browser made. Each run costs about a second, so tests make few.
struct HeadlessChromium {
    let executable: String
    /// Profile, logs and pictures go here.
    let folder: String

    /// `chromium-headless-shell` or `chromium` from PATH; nil when neither is installed.
    static func find() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium-headless-shell", "chromium", "chromium-browser"] {
            for directory in path.split(separator: ":") {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// The browser, or a skip; under CI=true a missing browser fails instead,
    /// because `.ci/run` installs it and a skipped browser test proves nothing.
    static func required(file: StaticString = #filePath, line: UInt = #line) throws -> String {
        if let found = find() { return found }
        let message = "headless Chromium is not installed (apt-get install chromium-headless-shell fonts-noto-cjk; .ci/run does it)"
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTFail(message, file: file, line: line)
            throw XCTSkip("failed above: " + message)
        }
        throw XCTSkip(message)
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Whether a new network namespace can be made (root, or user
    /// namespaces allowed): then the browser runs with no network at all.
    static let canIsolateNetwork: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        return (try? launch("/usr/bin/unshare", ["--net", "/bin/true"], timeout: 10).status) == 0
    }()

    /// Opens `url` with `arguments` added, in a network namespace of its own
    /// when one can be made, with a fresh profile, killed after `timeout` seconds.
    func run(_ arguments: [String], url: String, timeout: Double = 90) throws -> Run {
        let browser = [
            executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-component-update",
            "--user-data-dir=\(folder)/chromium-profile",
        ] + arguments + [url]
        if Self.canIsolateNetwork { return try Self.launch("/usr/bin/unshare", ["--net"] + browser, timeout: timeout) }
        return try Self.launch(browser[0], Array(browser.dropFirst()), timeout: timeout)
    }

    private static func launch(_ program: String, _ arguments: [String], timeout: Double) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let temporary = TemporaryFolder(prefix: "chromium-run")
        let folder = temporary.path
        // Files, not pipes: a DOM of a few hundred kilobytes must not block the browser.
        _ = FileManager.default.createFile(atPath: folder + "/out", contents: nil)
        _ = FileManager.default.createFile(atPath: folder + "/err", contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/err"))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try out.close()
        try err.close()
        return Run(
            status: process.terminationStatus,
            stdout: (try? String(contentsOfFile: folder + "/out", encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: folder + "/err", encoding: .utf8)) ?? "")
    }

    /// The URLs of the network requests in a `--log-net-log` file (any
    /// event's `params.url`): none for a page that needs no network.
    static func requestedURLs(netLog path: String) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let log = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try XCTUnwrap(log["events"] as? [[String: Any]])
        return events.compactMap { ($0["params"] as? [String: Any])?["url"] as? String }
    }
}
