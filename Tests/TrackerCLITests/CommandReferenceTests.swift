import CLIKit
import Foundation
import XCTest

@testable import tracker

/// The command reference kept in docs/ is generated from the command tree;
/// these tests fail when a command or option changed and the files did not.
final class CommandReferenceTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testDocsAreInStepWithTheCommandTree() throws {
        for (language, path) in HelpCommands.referenceFiles {
            let stored = try String(contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
            let generated = HelpCommands.reference(in: language)
            XCTAssertTrue(stored == generated,
                          "\(path) is out of step with the commands; run: swift run tracker help --markdown --lang \(language.rawValue) > \(path)")
        }
    }

    func testTheReferenceNamesEveryCommandAndOption() {
        let document = HelpCommands.reference(in: .en)
        func walk(_ command: Command, _ path: [String]) {
            if command.isGroup {
                for sub in command.subcommands { walk(sub, path + [sub.name]) }
                return
            }
            let name = (["tracker"] + path).joined(separator: " ")
            XCTAssertTrue(document.contains("\n## \(name)\n") || document.contains("\n### \(name)\n") || document.contains("\n#### \(name)\n"),
                          "no section for \(name)")
            for option in command.options {
                XCTAssertTrue(document.contains("--\(option.long)"), "\(name): --\(option.long) is missing")
            }
        }
        walk(CommandTree.root, [])
        // A pipe inside a table cell would split it: every one is escaped.
        for line in document.split(separator: "\n") where line.hasPrefix("| `") {
            XCTAssertEqual(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count, 3, String(line))
        }
    }

    func testHelpCommandPrintsWhatHelpOptionPrints() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("help", "household", "add").stdout, tracker.run("household", "add", "--help").stdout)
        XCTAssertEqual(tracker.run("help", "--lang", "zh").stdout, tracker.run("--help", "--lang", "zh").stdout)
        let markdown = tracker.run("help", "--markdown", "--lang", "zh")
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertEqual(markdown.stdout, HelpCommands.reference(in: .zh))
        try tracker.expectFailure(["help", "--json"], status: 64, message: "help is text for people")
        try tracker.expectFailure(["help", "frobnicate"], status: 64, message: "unknown subcommand 'frobnicate'")
        try tracker.expectFailure(["help", "housheold"], status: 64, message: "Did you mean 'household'?")
        try tracker.expectFailure(["help", "household", "add", "--markdown"], status: 64, message: "--markdown prints the whole reference")
        XCTAssertFalse(FileManager.default.fileExists(atPath: tracker.databasePath), "help never creates a database")
    }
}
