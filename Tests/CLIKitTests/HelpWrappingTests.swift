import Bilingual
import CLIKit
import XCTest

/// Help on a terminal wraps to its width by display width (a Chinese
/// character takes two columns); off a terminal it stays as it was.
final class HelpWrappingTests: XCTestCase {
    /// A command whose help is long in both languages, like tracker's `household edit`.
    static let root = CommandSpec<Void>(
        "tracker",
        abstract: LocalizedText(en: "Track household visits.", zh: "走访户记录工具。"),
        globalOptions: [
            .value("db", valueName: "PATH", help: LocalizedText(
                en: "Database file (default: $TRACKER_DB, else $XDG_DATA_HOME/tracker/tracker.db)",
                zh: "数据库文件（默认：$TRACKER_DB，否则 $XDG_DATA_HOME/tracker/tracker.db）")),
        ],
        subcommands: [
            CommandSpec(
                "household", abstract: LocalizedText(en: "Registered poor households", zh: "建档立卡贫困户"),
                subcommands: [
                    CommandSpec(
                        "edit",
                        abstract: LocalizedText(en: "Change a household's record", zh: "修改贫困户信息"),
                        discussion: LocalizedText(
                            en: "Only the options given change. Status, attribute, village, size and head are dated facts: they change from --from (default today), and monthly reports for earlier months keep what held then.",
                            zh: "只修改给出的选项。脱贫状态、属性、所在村、人口和户主按日期登记：自 --from（默认今天）起生效，此前月份的月报不变。"),
                        arguments: [ArgumentSpec("household", valueName: "NAME|CODE", help: LocalizedText(
                            en: "Head of household's name, or the household code", zh: "户主姓名或户编号"))],
                        options: [
                            .value("from", valueName: "YYYY-MM-DD", required: true, help: LocalizedText(
                                en: "When the change took effect (default: today; not after today)",
                                zh: "变化生效日期（默认今天，不晚于今天）")),
                            .repeatable("cause", valueName: "CAUSE", help: LocalizedText(
                                en: "Cause of poverty, the main one first (illness, disability, schooling, lack-labour …)",
                                zh: "致贫原因，主要原因在前（因病、因残、因学、缺劳动力……）")),
                        ],
                        run: { _ in }),
                ]),
        ])

    private func help(_ language: Language, width: Int?) -> String {
        HelpFormatter(root: Self.root, language: language, width: width).help(for: ["household", "edit"])
    }

    func testEnglishAt80Columns() {
        XCTAssertEqual(
            help(.en, width: 80),
            """
            Usage: tracker household edit NAME|CODE --from YYYY-MM-DD [options]

            Change a household's record

            Only the options given change. Status, attribute, village, size and head are
            dated facts: they change from --from (default today), and monthly reports for
            earlier months keep what held then.

            Arguments:
              NAME|CODE          Head of household's name, or the household code

            Options:
              --from YYYY-MM-DD  When the change took effect (default: today; not after
                                 today) (required)
              --cause CAUSE      Cause of poverty, the main one first (illness, disability,
                                 schooling, lack-labour …) (repeatable)

            Global options:
              --db PATH          Database file (default: $TRACKER_DB, else
                                 $XDG_DATA_HOME/tracker/tracker.db)
              -h, --help         Show this help.

            """)
    }

    func testChineseAt80Columns() {
        XCTAssertEqual(
            help(.zh, width: 80),
            """
            用法：tracker household edit NAME|CODE --from YYYY-MM-DD [选项]

            修改贫困户信息

            只修改给出的选项。脱贫状态、属性、所在村、人口和户主按日期登记：自 --from（默认
            今天）起生效，此前月份的月报不变。

            参数：
              NAME|CODE          户主姓名或户编号

            选项：
              --from YYYY-MM-DD  变化生效日期（默认今天，不晚于今天）（必填）
              --cause CAUSE      致贫原因，主要原因在前（因病、因残、因学、缺劳动力……）（可
                                 重复）

            全局选项：
              --db PATH          数据库文件（默认：$TRACKER_DB，否则
                                 $XDG_DATA_HOME/tracker/tracker.db）
              -h, --help         显示此帮助。

            """)
    }

    func testEnglishAt40ColumnsPutsHelpUnderItsLabel() {
        XCTAssertEqual(
            help(.en, width: 40),
            """
            Usage: tracker household edit NAME|CODE
                   --from YYYY-MM-DD [options]

            Change a household's record

            Only the options given change. Status,
            attribute, village, size and head are
            dated facts: they change from --from
            (default today), and monthly reports for
            earlier months keep what held then.

            Arguments:
              NAME|CODE
                  Head of household's name, or the
                  household code

            Options:
              --from YYYY-MM-DD
                  When the change took effect
                  (default: today; not after today)
                  (required)
              --cause CAUSE
                  Cause of poverty, the main one
                  first (illness, disability,
                  schooling, lack-labour …)
                  (repeatable)

            Global options:
              --db PATH
                  Database file (default:
                  $TRACKER_DB, else
                  $XDG_DATA_HOME/tracker/tracker.db)
              -h, --help
                  Show this help.

            """)
    }

    func testChineseAt40ColumnsPutsHelpUnderItsLabel() {
        XCTAssertEqual(
            help(.zh, width: 40),
            """
            用法：tracker household edit NAME|CODE
                  --from YYYY-MM-DD [选项]

            修改贫困户信息

            只修改给出的选项。脱贫状态、属性、所在
            村、人口和户主按日期登记：自 --from（默
            认今天）起生效，此前月份的月报不变。

            参数：
              NAME|CODE
                  户主姓名或户编号

            选项：
              --from YYYY-MM-DD
                  变化生效日期（默认今天，不晚于今
                  天）（必填）
              --cause CAUSE
                  致贫原因，主要原因在前（因病、因
                  残、因学、缺劳动力……）（可重复）

            全局选项：
              --db PATH
                  数据库文件（默认：$TRACKER_DB，否
                  则
                  $XDG_DATA_HOME/tracker/tracker.db）
              -h, --help
                  显示此帮助。

            """)
    }

    /// Whatever the width, no line is wider than it unless one word is,
    /// and wrapping only moves line breaks: the words are all there, in order.
    func testWrappingKeepsEveryWordAndFitsTheWidth() {
        for language in Language.allCases {
            let whole = help(language, width: nil)
            for width in [40, 60, 80, 120] {
                let wrapped = help(language, width: width)
                XCTAssertEqual(wrapped.filter { !$0.isWhitespace }, whole.filter { !$0.isWhitespace }, "\(language) \(width)")
                for line in wrapped.split(separator: "\n") where displayWidth(of: String(line)) > width {
                    XCTAssertTrue(line.contains("$XDG_DATA_HOME/tracker/tracker.db"), "\(language) \(width): \(line)")
                }
            }
        }
    }

    /// Off a terminal, help is what it always was, whatever the window.
    func testNoWidthKeepsLinesWhole() {
        XCTAssertEqual(
            help(.en, width: nil).split(separator: "\n")[2],
            "Only the options given change. Status, attribute, village, size and head are dated facts: they change from --from (default today), and monthly reports for earlier months keep what held then.")
        XCTAssertEqual(help(.zh, width: 1000), help(.zh, width: nil), "a line that fits is left alone")
    }

    func testChinesePunctuationNeverStartsALine() {
        let lines = TextWrapper.wrap("变化生效日期（默认今天，不晚于今天）（必填）", width: 16)
        XCTAssertEqual(lines, ["变化生效日期（默", "认今天，不晚于今", "天）（必填）"])
        XCTAssertEqual(TextWrapper.wrap("一二三四，五六", width: 8), ["一二三", "四，五六"])
        XCTAssertEqual(TextWrapper.wrap("ab cd  ef", width: 5), ["ab cd", "ef"])
        XCTAssertEqual(TextWrapper.wrap("one\n\ntwo three", width: 5), ["one", "", "two", "three"])
    }
}
