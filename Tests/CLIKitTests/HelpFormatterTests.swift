import Bilingual
import CLIKit
import XCTest

final class HelpFormatterTests: XCTestCase {
    private func help(_ path: [String], _ language: Language) -> String {
        HelpFormatter(root: SampleSpec.root, language: language).help(for: path)
    }

    func testLeafHelpEnglish() {
        XCTAssertEqual(
            help(["household", "add"], .en),
            """
            Usage: tracker household add NAME --town T --village V [options]

            Add a household.

            The head of household is added as its first member.

            Arguments:
              NAME             Head's name.

            Options:
              --town T         Town. (required)
              --village V      Village. (required)
              --cause 原因     Cause of poverty. (repeatable)
              -n, --note TEXT  Free text.
                               Shown in the case.

            Global options:
              --db PATH        Database file.
              --lang zh|en     Language.
              --json           Print JSON.
              --version        Print the version.
              -h, --help       Show this help.

            """)
    }

    func testLeafHelpChinese() {
        XCTAssertEqual(
            help(["household", "add"], .zh),
            """
            用法：tracker household add NAME --town T --village V [选项]

            新增贫困户。

            户主同时登记为第一名成员。

            参数：
              NAME             户主姓名。

            选项：
              --town T         乡镇。（必填）
              --village V      村。（必填）
              --cause 原因     致贫原因。（可重复）
              -n, --note TEXT  Free text.
                               Shown in the case.

            全局选项：
              --db PATH        数据库文件。
              --lang zh|en     语言。
              --json           输出 JSON。
              --version        显示版本。
              -h, --help       显示此帮助。

            """)
    }

    func testGroupHelpListsSubcommands() {
        XCTAssertEqual(
            help(["household"], .en),
            """
            Usage: tracker household <subcommand> [options]

            Manage households.

            Subcommands:
              add           Add a household.
              list          List households.

            Global options:
              --db PATH     Database file.
              --lang zh|en  Language.
              --json        Print JSON.
              --version     Print the version.
              -h, --help    Show this help.

            See 'tracker household <subcommand> --help' for the help of a subcommand.

            """)
    }

    func testLongLabelMovesHelpToNextLine() {
        var formatter = HelpFormatter(root: SampleSpec.root, language: .en)
        formatter.maximumLabelWidth = 16
        let text = formatter.help(for: ["visit", "add"])
        XCTAssertTrue(text.contains("\n  --by OFFICIAL     Who visited. (required) (repeatable)\n"), text)
        XCTAssertTrue(
            text.contains("\n  --check ITEM=RESULT[:NOTE]\n                    A checklist result. (repeatable)\n"),
            text)
        XCTAssertTrue(text.hasPrefix("Usage: tracker visit add HOUSEHOLD --by OFFICIAL [options]\n"), text)
    }

    func testHelpColumnAlignsByDisplayWidth() {
        // Every row whose help starts on the same line must start it at the same column.
        for language in Language.allCases {
            let text = help(["household", "add"], language)
            let rows = text.split(separator: "\n").map(String.init).filter {
                $0.hasPrefix("  -") || $0.hasPrefix("  N")
            }
            let columns = Set(rows.map(helpColumn))
            XCTAssertEqual(columns, [19], "\(language): \(rows)")
        }
    }

    /// The display column where a row's help text begins: after the label
    /// (which has single spaces only) and the run of spaces that follows it.
    private func helpColumn(of row: String) -> Int {
        let characters = Array(row)
        var index = 2
        while index + 1 < characters.count, !(characters[index] == " " && characters[index + 1] == " ") {
            index += 1
        }
        while index < characters.count, characters[index] == " " { index += 1 }
        return displayWidth(of: String(characters[..<index]))
    }

    func testUsageLineForRepeatingArguments() {
        let formatter = HelpFormatter(root: SampleSpec.root, language: .en)
        XCTAssertEqual(formatter.usageLine(for: ["backup"]), "tracker backup FILE [EXTRA...] [options]")
        XCTAssertEqual(formatter.usageLine(for: []), "tracker <subcommand> [options]")
    }

    func testUnknownPathFallsBackToRoot() {
        XCTAssertEqual(help(["nope"], .en), help([], .en))
    }
}
