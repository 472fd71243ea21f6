import CLIKit
import XCTest

@testable import tracker

/// Walks the real command tree: every command runs something, the parser
/// reaches every one of them, and the lists keyed by command id name
/// commands that exist.
final class CommandTreeTests: XCTestCase {
    private let parser = CommandParser(root: CommandTree.root)

    func testEveryLeafHasARunAndEveryGroupHasCommands() {
        func walk(_ command: Command, _ path: [String]) {
            if command.isGroup {
                XCTAssertNil(command.run, "group \(path) runs nothing; its subcommands do")
                for sub in command.subcommands { walk(sub, path + [sub.name]) }
            } else {
                XCTAssertNotNil(command.run, "command \(path.joined(separator: " ")) has no run")
            }
        }
        for group in CommandTree.root.subcommands { walk(group, [group.name]) }
        XCTAssertGreaterThan(CommandTree.root.leaves().count, 40)
    }

    /// A command line with a value for every required argument and option
    /// parses to the leaf it names, with that leaf's run.
    func testTheParserReachesEveryLeaf() throws {
        for (path, command) in CommandTree.root.leaves() {
            var line = path
            line += command.arguments.filter { !$0.isOptional }.map { _ in "x" }
            for option in command.options where option.isRequired {
                line += option.kind == .flag ? ["--" + option.long] : ["--" + option.long, "x"]
            }
            let parsed = try parser.parse(line)
            XCTAssertEqual(parsed.path, path, "\(line)")
            XCTAssertEqual(parsed.id, path.joined(separator: "."))
            XCTAssertNotNil(parsed.command.run, "\(line) reaches a command that runs nothing")
            XCTAssertFalse(parsed.helpRequested)
            let help = try parser.parse(path + ["--help"])
            XCTAssertEqual(help.path, path)
        }
    }

    /// Each top-level command is mapped to the group that declares it, so a
    /// command line that builds only that group still reaches every leaf, and
    /// global options before the command word are skipped with their values.
    func testTheGroupOfEachCommandDeclaresIt() throws {
        var declared: [String: String] = [:]
        for group in CommandTree.groups { for spec in group.specs { declared[spec.name] = "\(group)" } }
        XCTAssertEqual(Set(CommandTree.groupOfCommand.keys), Set(declared.keys))
        for (word, group) in CommandTree.groupOfCommand { XCTAssertEqual("\(group)", declared[word], word) }
        for (path, command) in CommandTree.root.leaves() {
            let line = ["--db", "x.db", "--lang=zh", "--json"] + path + command.arguments.filter { !$0.isOptional }.map { _ in "x" }
                + command.options.filter(\.isRequired).flatMap { $0.kind == .flag ? ["--" + $0.long] : ["--" + $0.long, "x"] }
            let partial = CommandTree.root(for: line)
            XCTAssertLessThan(partial.subcommands.count, CommandTree.root.subcommands.count)
            XCTAssertEqual(try CommandParser(root: partial).parse(line).id, path.joined(separator: "."))
        }
        XCTAssertEqual(CommandTree.root(for: ["--version"]).subcommands.count, 0)
        for line in [[], ["--help"], ["--db", "household"], ["housheold", "show"], ["--version", "--help"]] {
            XCTAssertEqual(CommandTree.root(for: line).subcommands.count, CommandTree.root.subcommands.count, "\(line)")
        }
    }

    func testEveryCommandListedByIdExists() {
        let ids = Set(CommandTree.root.leaves().map { $0.path.joined(separator: ".") })
        for id in CommandTree.readingCommands.union(OutputFormat.workbookCommands) {
            XCTAssertTrue(ids.contains(id), "\(id) is not a command")
        }
    }
}
