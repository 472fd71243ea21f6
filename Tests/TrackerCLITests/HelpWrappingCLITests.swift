import CLIKit
import Foundation
import XCTest

/// `--help` on a terminal wraps to its width; piped, it is what docs/ shows.
final class HelpWrappingCLITests: XCTestCase {
    /// stdout of tracker under a pseudo-terminal `columns` wide (util-linux
    /// `script`); nil when `script` is missing.
    private func onTerminal(_ tracker: TrackerRunner, columns: Int, _ arguments: [String]) -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return nil }
        let quoted = ([TrackerRunner.binary] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        let result = tracker.run(["-qec", "stty cols \(columns) rows 50; " + quoted, "/dev/null"], binary: "/usr/bin/script")
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    }

    func testHelpFitsTheTerminalInBothLanguages() throws {
        let tracker = TrackerRunner()
        for language in ["en", "zh"] {
            for command in [["household", "edit"], ["report", "monthly"], ["visit"]] {
                let arguments = command + ["--help", "--lang", language]
                let piped = tracker.run(arguments)
                XCTAssertEqual(piped.status, 0, piped.stderr)
                for columns in [40, 80] {
                    guard let shown = onTerminal(tracker, columns: columns, arguments) else {
                        throw XCTSkip("util-linux script is not installed")
                    }
                    let name = "\(language) \(command) at \(columns)"
                    XCTAssertNotEqual(shown, piped.stdout, "\(name): the terminal's help is wrapped")
                    XCTAssertEqual(shown.filter { !$0.isWhitespace }, piped.stdout.filter { !$0.isWhitespace },
                                   "\(name): wrapping only moves line breaks")
                    for line in shown.split(separator: "\n") where displayWidth(of: String(line)) > columns {
                        // Only a word longer than the column (a path) may overflow it.
                        XCTAssertFalse(line.trimmingCharacters(in: .whitespaces).contains(" "), "\(name): \(line)")
                    }
                }
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: tracker.databasePath), "help never creates a database")
    }

    func testHelpCommandWrapsLikeTheHelpOption() {
        let tracker = TrackerRunner()
        guard let option = onTerminal(tracker, columns: 40, ["pension", "due", "--help", "--lang", "zh"]),
              let command = onTerminal(tracker, columns: 40, ["help", "pension", "due", "--lang", "zh"]) else { return }
        XCTAssertEqual(option, command)
        XCTAssertTrue(option.hasPrefix("用法：tracker pension due [选项]\n\n"), option)
    }
}
