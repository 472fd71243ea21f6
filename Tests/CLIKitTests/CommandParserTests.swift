import CLIKit
import XCTest

final class CommandParserTests: XCTestCase {
    private let parser = SampleSpec.parser

    private func parse(_ argv: [String]) throws -> ParsedCommand<SampleRun> {
        try parser.parse(argv)
    }

    /// The error a command line must produce; fails the test if it parses.
    private func error(_ argv: [String], file: StaticString = #filePath, line: UInt = #line) -> UsageError? {
        do {
            let parsed = try parser.parse(argv)
            XCTFail("expected a usage error, parsed \(parsed.path)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    func testLeafWithArgumentsAndOptions() throws {
        let parsed = try parse([
            "household", "add", "赵丁先", "--town", "曲沟镇", "--village=焦庄村", "--cause", "因病", "--cause", "因残",
        ])
        XCTAssertEqual(parsed.path, ["household", "add"])
        XCTAssertEqual(parsed.id, "household.add")
        XCTAssertEqual(parsed.argument("name"), "赵丁先")
        XCTAssertEqual(parsed.positionals, ["赵丁先"])
        XCTAssertEqual(parsed.value("town"), "曲沟镇")
        XCTAssertEqual(parsed.value("village"), "焦庄村")
        XCTAssertEqual(parsed.values("cause"), ["因病", "因残"])
        XCTAssertFalse(parsed.helpRequested)
    }

    func testIdIsThePathJoinedByDots() throws {
        let parsed = try parse(["visit", "add", "x", "--by", "李国珍"])
        XCTAssertEqual(parsed.id, "visit.add")
        XCTAssertEqual(try parse(["backup", "f"]).id, "backup")
    }

    /// The parsed command carries the run declared beside it: no table of
    /// handlers keyed by strings that must agree with the spec.
    func testTheParsedCommandCarriesItsRun() throws {
        let context = SampleRun()
        try parse(["household", "list"]).command.run?(context)
        try parse(["visit", "add", "x", "--by", "b"]).command.run?(context)
        XCTAssertEqual(context.ran, ["household list", "visit add"])
        XCTAssertNil(try parse(["household", "--help"]).command.run, "a group runs nothing")
    }

    /// A misspelt option or argument name in a command's code is caught by
    /// the check behind `value`, `values`, `isSet` and `argument`, which
    /// stops debug builds with the command and the name.
    func testReadingAnUndeclaredNameIsCaught() throws {
        let parsed = try parse(["household", "add", "赵丁先", "--town", "t", "--village", "v"])
        XCTAssertNil(parsed.undeclaredRead(option: "village"))
        XCTAssertNil(parsed.undeclaredRead(option: "cause"), "declared, though not given")
        XCTAssertNil(parsed.undeclaredRead(option: "db"), "a global option is declared for every command")
        XCTAssertNil(parsed.undeclaredRead(option: "json"))
        XCTAssertNil(parsed.undeclaredRead(argument: "name"))
        XCTAssertEqual(parsed.undeclaredRead(option: "vilage"),
                       "command 'household add' reads option --vilage, which it does not declare")
        XCTAssertEqual(parsed.undeclaredRead(option: "due-for-visit"),
                       "command 'household add' reads option --due-for-visit, which it does not declare")
        XCTAssertEqual(parsed.undeclaredRead(argument: "household"),
                       "command 'household add' reads argument household, which it does not declare")
        XCTAssertTrue(parsed.declares(option: "town"))
        XCTAssertFalse(parsed.declares(option: "help"), "help is answered by the parser, never read")
        let backup = try parse(["backup", "a", "b"])
        XCTAssertNil(backup.undeclaredRead(argument: "extra"))
        XCTAssertNotNil(backup.undeclaredRead(option: "town"), "another command's option is not this one's")
    }

    func testRepeatedOptionsKeepOrder() throws {
        let parsed = try parse([
            "visit", "add", "赵丁先", "--by", "b", "--check", "住房=不达标:屋顶漏雨", "--by=a", "--check", "吃=达标",
        ])
        XCTAssertEqual(parsed.values("by"), ["b", "a"])
        XCTAssertEqual(parsed.values("check"), ["住房=不达标:屋顶漏雨", "吃=达标"])
    }

    func testOccurrencesKeepTheInterleavingOfDifferentOptions() throws {
        let parsed = try parse(["visit", "add", "x", "--check", "吃=ok", "--by", "b", "--check=住房=fail", "--json"])
        XCTAssertEqual(parsed.occurrences.map(\.name), ["check", "by", "check"])
        XCTAssertEqual(parsed.occurrences.map(\.value), ["吃=ok", "b", "住房=fail"])
    }

    func testEqualsFormKeepsEverythingAfterFirstEquals() throws {
        let parsed = try parse(["visit", "add", "x", "--by=a=b", "--check==-x"])
        XCTAssertEqual(parsed.value("by"), "a=b")
        XCTAssertEqual(parsed.value("check"), "=-x")
    }

    func testValueOptionTakesNextElementEvenWithDash() throws {
        let parsed = try parse(["household", "add", "x", "--town", "t", "--village", "v", "--note", "-5"])
        XCTAssertEqual(parsed.value("note"), "-5")
        let dashes = try parse(["household", "add", "x", "--town", "--village", "--village", "v", "-n", "--help"])
        XCTAssertEqual(dashes.value("town"), "--village")
        XCTAssertEqual(dashes.value("note"), "--help")
        XCTAssertFalse(dashes.helpRequested)
    }

    func testShortOption() throws {
        let parsed = try parse(["household", "add", "x", "--town", "t", "--village", "v", "-n", "漏雨"])
        XCTAssertEqual(parsed.value("note"), "漏雨")
    }

    func testNegativeNumberIsPositional() throws {
        let parsed = try parse(["backup", "-5"])
        XCTAssertEqual(parsed.argument("file"), "-5")
    }

    func testDoubleDashEndsOptions() throws {
        let parsed = try parse(["household", "add", "--town", "t", "--village", "v", "--", "--json"])
        XCTAssertEqual(parsed.argument("name"), "--json")
        XCTAssertFalse(parsed.isSet("json"))
        let help = try parse(["backup", "--", "-h"])
        XCTAssertFalse(help.helpRequested)
        XCTAssertEqual(help.argument("file"), "-h")
    }

    func testRepeatingPositional() throws {
        let parsed = try parse(["backup", "a", "b", "c"])
        XCTAssertEqual(parsed.argumentValues("file"), ["a"])
        XCTAssertEqual(parsed.argumentValues("extra"), ["b", "c"])
        let single = try parse(["backup", "a"])
        XCTAssertEqual(single.argumentValues("extra"), [])
    }

    func testGlobalOptionBeforeAndAfterSubcommand() throws {
        let before = try parse(["--db", "/tmp/a.db", "--json", "household", "list"])
        XCTAssertEqual(before.path, ["household", "list"])
        XCTAssertEqual(before.value("db"), "/tmp/a.db")
        XCTAssertTrue(before.isSet("json"))
        let between = try parse(["household", "--db=/tmp/b.db", "list", "--lang", "zh"])
        XCTAssertEqual(between.value("db"), "/tmp/b.db")
        XCTAssertEqual(between.value("lang"), "zh")
        let after = try parse(["household", "list", "--due-for-visit", "--json"])
        XCTAssertTrue(after.isSet("json"))
        XCTAssertTrue(after.isSet("due-for-visit"))
    }

    func testLeafOptionBeforeItsCommandIsUnknown() {
        let failure = error(["household", "--due-for-visit", "list"])
        XCTAssertEqual(failure?.kind, .unknownOption)
        XCTAssertEqual(failure?.path, ["household"])
    }

    func testHelpForAnUnknownSubcommandIsAUsageError() {
        // Printing the parent's help with exit 0 would hide the typo from a script.
        for (argv, path) in [
            (["housheold", "--help"], [String]()),
            (["monitor", "-h"], []),
            (["--help", "household", "ad"], ["household"]),
        ] {
            let failure = error(argv)
            XCTAssertEqual(failure?.kind, .unknownSubcommand, "\(argv)")
            XCTAssertEqual(failure?.path, path, "\(argv)")
        }
        XCTAssertEqual(error(["housheold", "--help"])?.suggestion, "household")
    }

    func testHelpAtEachDepth() throws {
        for (argv, path) in [
            (["--help"], []),
            (["-h"], []),
            (["household", "--help"], ["household"]),
            (["household", "-h"], ["household"]),
            (["household", "add", "--help"], ["household", "add"]),
            (["household", "add", "-h"], ["household", "add"]),
            (["--help", "household", "add"], ["household", "add"]),
            (["household", "add", "x", "--bogus", "-h", "--town"], ["household", "add"]),
            (["household", "--json=1", "list", "extra", "--help"], ["household", "list"]),
        ] as [([String], [String])] {
            let parsed = try parse(argv)
            XCTAssertTrue(parsed.helpRequested, "\(argv)")
            XCTAssertEqual(parsed.path, path, "\(argv)")
            XCTAssertEqual(parsed.command.name, path.last ?? "tracker")
        }
    }

    func testValueOptionSwallowsHelp() throws {
        // `--town -h` gives the town the value "-h"; the missing village is then the error.
        let failure = error(["household", "add", "x", "--town", "-h"])
        XCTAssertEqual(failure?.kind, .missingRequiredOption)
    }

    func testStandaloneFlagSkipsMissingPieces() throws {
        let parsed = try parse(["--version"])
        XCTAssertTrue(parsed.isSet("version"))
        XCTAssertEqual(parsed.path, [])
        let deep = try parse(["household", "add", "--version"])
        XCTAssertTrue(deep.isSet("version"))
    }

    // MARK: - Error paths

    func testUnknownLongOptionSuggests() {
        let failure = error(["household", "add", "x", "--town", "t", "--vilage", "v"])
        XCTAssertEqual(failure?.kind, .unknownOption)
        XCTAssertEqual(failure?.suggestion, "--village")
        XCTAssertEqual(failure?.message.en, "unknown option '--vilage'. Did you mean '--village'?")
        XCTAssertEqual(failure?.message.zh, "未知选项 '--vilage'。是否要输入 '--village'？")
        XCTAssertEqual(failure?.path, ["household", "add"])
    }

    func testUnknownOptionWithEqualsAndNoSuggestion() {
        let failure = error(["household", "list", "--zzzzzzzz=3"])
        XCTAssertEqual(failure?.kind, .unknownOption)
        XCTAssertNil(failure?.suggestion)
        XCTAssertEqual(failure?.message.en, "unknown option '--zzzzzzzz'")
    }

    func testSingleDashLongNameSuggestsDoubleDash() {
        let failure = error(["household", "list", "-json"])
        XCTAssertEqual(failure?.kind, .unknownOption)
        XCTAssertEqual(failure?.suggestion, "--json")
    }

    func testUnknownSubcommandSuggests() {
        let failure = error(["housheold", "add"])
        XCTAssertEqual(failure?.kind, .unknownSubcommand)
        XCTAssertEqual(failure?.message.en, "unknown subcommand 'housheold'. Did you mean 'household'?")
        XCTAssertEqual(failure?.path, [])
        let nested = error(["household", "ad"])
        XCTAssertEqual(nested?.suggestion, "add")
        XCTAssertEqual(nested?.path, ["household"])
        let none = error(["frobnicate"])
        XCTAssertNil(none?.suggestion)
        XCTAssertEqual(none?.message.en, "unknown subcommand 'frobnicate'")
    }

    func testMissingValue() {
        let failure = error(["household", "add", "x", "--village", "v", "--town"])
        XCTAssertEqual(failure?.kind, .missingValue)
        XCTAssertEqual(failure?.message.en, "option '--town' needs a value (T)")
        XCTAssertEqual(error(["household", "list", "-n"])?.kind, .unknownOption)
        XCTAssertEqual(error(["household", "add", "x", "--town", "t", "--village", "v", "-n"])?.kind, .missingValue)
    }

    func testFlagWithValueRefused() {
        let failure = error(["household", "list", "--json=1"])
        XCTAssertEqual(failure?.kind, .unexpectedValue)
        XCTAssertEqual(failure?.message.en, "flag '--json' does not take a value")
        XCTAssertEqual(error(["household", "list", "--help=yes"])?.kind, .unexpectedValue)
    }

    func testDuplicateSingleOptionRefused() {
        let failure = error(["household", "add", "x", "--town", "a", "--town", "b", "--village", "v"])
        XCTAssertEqual(failure?.kind, .duplicateOption)
    }

    func testExtraPositionalRefused() {
        let failure = error(["household", "add", "x", "y", "--town", "t", "--village", "v"])
        XCTAssertEqual(failure?.kind, .unexpectedArgument)
        XCTAssertEqual(failure?.message.en, "unexpected argument 'y'")
    }

    func testMissingPositionalRefused() {
        let failure = error(["household", "add", "--town", "t", "--village", "v"])
        XCTAssertEqual(failure?.kind, .missingArgument)
        XCTAssertEqual(failure?.message.en, "missing argument NAME")
        XCTAssertEqual(error(["backup"])?.kind, .missingArgument)
    }

    func testMissingRequiredOptionRefused() {
        let failure = error(["household", "add", "x", "--town", "t"])
        XCTAssertEqual(failure?.kind, .missingRequiredOption)
        XCTAssertEqual(failure?.message.en, "missing required option '--village V'")
        XCTAssertEqual(error(["visit", "add", "x"])?.kind, .missingRequiredOption)
    }

    func testMissingSubcommandRefused() {
        let root = error([])
        XCTAssertEqual(root?.kind, .missingSubcommand)
        XCTAssertEqual(root?.message.en, "missing subcommand; expected one of: household, visit, backup")
        let group = error(["--json", "household"])
        XCTAssertEqual(group?.kind, .missingSubcommand)
        XCTAssertEqual(group?.path, ["household"])
    }

    func testFirstErrorInArgvOrderWins() {
        let failure = error(["household", "list", "--bogus", "--json=1"])
        XCTAssertEqual(failure?.kind, .unknownOption)
    }

    func testErrorCarriesSeenOptionsForLanguage() {
        let failure = error(["--lang", "zh", "housheold"])
        XCTAssertEqual(failure?.seenOptions["lang"], ["zh"])
    }

    // MARK: - Rendering

    func testRenderedErrorEnglish() {
        guard let failure = error(["household", "add", "x", "--town", "t", "--vilage", "v"]) else { return }
        let text = UsageErrorRenderer(root: SampleSpec.root, language: .en).render(failure)
        XCTAssertEqual(
            text,
            """
            Error: unknown option '--vilage'. Did you mean '--village'?
            Usage: tracker household add NAME --town T --village V [options]
            See 'tracker household add --help'.

            """)
    }

    func testRenderedErrorChineseAtRoot() {
        guard let failure = error(["housheold"]) else { return }
        let text = UsageErrorRenderer(root: SampleSpec.root, language: .zh).render(failure)
        XCTAssertEqual(
            text,
            """
            错误：未知子命令 'housheold'。是否要输入 'household'？
            用法：tracker <子命令> [选项]
            运行 'tracker --help' 查看帮助。

            """)
    }
}
