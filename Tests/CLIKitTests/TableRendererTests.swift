import CLIKit
import XCTest

final class TableRendererTests: XCTestCase {
    private func lines(_ text: String) -> [String] {
        XCTAssertTrue(text.hasSuffix("\n"))
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    func testChineseCellsLineUp() {
        let table = TableRenderer(headers: ["户编号", "户主", "村", "Visits"], alignments: [.left, .left, .left, .right])
        let text = table.render([
            ["410522001", "赵丁先", "焦庄村", "3"],
            ["410522002", "Li", "Zhangzhuang", "12"],
        ])
        XCTAssertEqual(
            text,
            """
            户编号     户主    村           Visits
            ---------  ------  -----------  ------
            410522001  赵丁先  焦庄村            3
            410522002  Li      Zhangzhuang      12

            """)
        // The rule spans the table; no line is wider than it.
        let rule = displayWidth(of: lines(text)[1])
        XCTAssertTrue(lines(text).allSatisfy { displayWidth(of: $0) <= rule }, text)
    }

    func testControlCharactersBecomeSpaces() {
        let text = TableRenderer(headers: ["note"]).render([["屋顶\n漏雨\t严重\r\n"], ["a\u{1B}[31mb"]])
        XCTAssertEqual(lines(text).count, 4, text)
        XCTAssertTrue(text.contains("屋顶 漏雨 严重"), text)
        XCTAssertFalse(text.contains("\u{1B}"))
    }

    func testTruncationFitsWidthWithoutSplittingWideCharacters() {
        let rows = [
            ["1", "赵丁先", "屋顶漏雨，墙体开裂，需要尽快维修加固"],
            ["2", "Li", "short"],
        ]
        for limit in [20, 21, 24, 30, 40] {
            let text = TableRenderer(headers: ["id", "name", "note"], maxWidth: limit).render(rows)
            let rendered = lines(text)
            let widest = rendered.map { displayWidth(of: $0) }.max() ?? 0
            XCTAssertEqual(widest, displayWidth(of: rendered[1]), "the rule is the widest line:\n\(text)")
            XCTAssertLessThanOrEqual(widest, limit, "\(limit):\n\(text)")
            XCTAssertTrue(text.contains("…"), "\(limit):\n\(text)")
            XCTAssertTrue(text.contains("赵丁先"), "the narrow columns keep their text:\n\(text)")
        }
        let odd = TableRenderer(headers: ["note"], maxWidth: 6).render([["屋顶漏雨"]])
        XCTAssertEqual(odd, "note\n------\n屋顶…\n")
    }

    func testLongCellsGiveWayBeforeDatesAndNames() {
        let rows = [["2020-04-10", "赵丁先", "屋顶漏雨，墙体开裂，需要尽快维修加固，另需更换破损的瓦片"]]
        let text = TableRenderer(headers: ["date", "name", "note"], maxWidth: 50).render(rows)
        XCTAssertTrue(text.contains("2020-04-10  赵丁先"), "the date and the name keep their width:\n\(text)")
        XCTAssertTrue(text.contains("…"), text)
        XCTAssertLessThanOrEqual(lines(text).map { displayWidth(of: $0) }.max() ?? 0, 50, text)
    }

    func testNoTruncationWhenItFits() {
        let text = TableRenderer(headers: ["a", "b"], maxWidth: 80).render([["赵丁先", "x"]])
        XCTAssertFalse(text.contains("…"))
    }

    func testEmptyTable() {
        XCTAssertEqual(TableRenderer(headers: ["code", "户主"]).render([]), "code  户主\n----  ----\n")
    }

    func testTerminalQueriesDoNotCrash() {
        // Under `swift test` stdout is usually a pipe; either answer is fine, but
        // a non-terminal must report no width.
        if !Terminal.stdoutIsTerminal {
            XCTAssertNil(Terminal.width())
        }
        XCTAssertFalse(Terminal.isTerminal(-1))
    }
}
