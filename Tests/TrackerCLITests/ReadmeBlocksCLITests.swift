import Foundation
import XCTest

/// The README's command blocks are what a new user types first: they must
/// run, in the order the README gives them, on a fresh database.
///
/// Each ```sh line whose command is `tracker` runs through /bin/sh (so
/// `&&`, quotes and comments work as they do for the user) with the built
/// binary first on PATH, a private TRACKER_DB and a pinned TRACKER_TODAY.
/// `.build/release/tracker` in the first command stands for the same binary.
/// Lines that build, install or test (`swift …`, `install …`, `mkdir …`) are
/// what this suite itself is doing and are not run again, and a block that
/// opens with `swift run` is a developer's recipe built on a benchmark
/// (its later lines need that run's output), so it is skipped whole.
final class ReadmeBlocksCLITests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The lines of every ```sh block, in order, except the blocks that
    /// open with `swift run`; a line ending in `\` is joined with the next,
    /// as the shell would.
    static func shellLines(of readme: String) -> [String] {
        var lines: [String] = []
        var block: [String] = []
        var inBlock = false
        var pending = ""
        for raw in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if raw.hasPrefix("```") {
                if inBlock && !(block.first?.hasPrefix("swift run ") ?? false) { lines += block }
                block = []
                inBlock = !inBlock && raw == "```sh"
                continue
            }
            guard inBlock else { continue }
            if raw.hasSuffix("\\") {
                pending += raw.dropLast().trimmingCharacters(in: .whitespaces) + " "
                continue
            }
            let line = (pending + raw.trimmingCharacters(in: .whitespaces)).trimmingCharacters(in: .whitespaces)
            pending = ""
            if !line.isEmpty && !line.hasPrefix("#") { block.append(line) }
        }
        return lines
    }

    /// The parts of a line to run: the whole line for a `tracker` command,
    /// the `.build/release/tracker …` steps of a build line, nothing for
    /// other build, install and test steps; nil for anything else.
    static func commands(in line: String) -> [String]? {
        let first = line.split(separator: " ").first.map(String.init) ?? ""
        switch first {
        case "tracker": return [line]
        case "swift", "install", "mkdir":
            return line.components(separatedBy: "&&").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { $0.hasPrefix(".build/release/tracker ") }
                .map { "tracker" + $0.dropFirst(".build/release/tracker".count) }
        default: return nil
        }
    }

    func testTheParserFindsTheBlocks() {
        let readme = "text\n```sh\ntracker a   # note\ntracker b \\\n  --x 1\n```\n```\ntracker not-sh\n```\n```sh\nswift build -c release && .build/release/tracker seed\n```\n"
            + "```sh\nswift run -c release tracker-bench --keep\nTRACKER_TODAY=2021-01-15 .build/release/tracker --db FOLDER/x.db log\n```\n"
        XCTAssertEqual(Self.shellLines(of: readme), ["tracker a   # note", "tracker b --x 1", "swift build -c release && .build/release/tracker seed"])
        XCTAssertEqual(Self.commands(in: "swift build -c release && .build/release/tracker seed && .build/release/tracker household show 赵丁先"),
                       ["tracker seed", "tracker household show 赵丁先"])
        XCTAssertEqual(Self.commands(in: "swift test"), [])
        XCTAssertNil(Self.commands(in: "rm -rf /"))
    }

    func testEveryCommandBlockRunsInOrderOnAFreshDatabase() throws {
        let readme = try String(contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_TODAY"] = "2020-07-01"
        let files = FileManager.default
        let bin = tracker.folder + "/bin"
        try files.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try files.createSymbolicLink(atPath: bin + "/tracker", withDestinationPath: TrackerRunner.binary)
        tracker.environment["PATH"] = bin + ":" + (tracker.environment["PATH"] ?? "/usr/bin:/bin")
        // Paths in the README are relative to the clone, as the user runs them.
        try files.createSymbolicLink(atPath: tracker.folder + "/docs",
                                     withDestinationPath: Self.repository.appendingPathComponent("docs").path)

        var ran = 0
        for line in Self.shellLines(of: readme) {
            guard let commands = Self.commands(in: line) else {
                XCTFail("README line is neither a tracker command nor a build, install or test step: \(line)")
                continue
            }
            for command in commands {
                let result = tracker.run(["-c", command], binary: "/bin/sh")
                XCTAssertEqual(result.status, 0, "README: \(command)\n\(result.stderr)")
                ran += 1
            }
        }
        XCTAssertGreaterThan(ran, 25, "the README's everyday commands were found and run")
    }
}
