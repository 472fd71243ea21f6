import Foundation
import XCTest

/// Tables fit the terminal and `visit add` lines its items up (issue 12, item 10).
final class TerminalLayoutCLITests: XCTestCase {
    /// Runs tracker under a pseudo-terminal `columns` wide (util-linux `script`),
    /// as a user at a terminal would; nil when `script` is missing.
    func runOnTerminal(_ tracker: TrackerRunner, columns: Int, _ arguments: [String]) throws -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return nil }
        let quoted = ([TrackerRunner.binary] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        let result = tracker.run(["-qec", "stty cols \(columns) rows 50; " + quoted, "/dev/null"], binary: "/usr/bin/script")
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    }

    static let longNote = "屋顶漏雨，墙体开裂，需要尽快维修加固，另需更换破损的瓦片并清理院内排水沟"

    func seeded() -> TrackerRunner {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_TODAY"] = "2020-04-20"
        XCTAssertEqual(tracker.run("seed").status, 0)
        XCTAssertEqual(tracker.run("visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-04-10",
                                   "--check", "住房=不达标:" + Self.longNote).status, 0)
        return tracker
    }

    func testATableWiderThanTheTerminalIsCutWithAnEllipsis() throws {
        let tracker = seeded()
        guard let text = try runOnTerminal(tracker, columns: 150, ["followup", "list"]) else {
            throw XCTSkip("util-linux script is not installed")
        }
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(text.contains("…"), text)
        XCTAssertFalse(text.contains(Self.longNote), text)
        XCTAssertTrue(text.contains("2020-05-10"), "short cells such as dates stay whole:\n\(text)")
        for line in lines { XCTAssertLessThanOrEqual(Self.width(line), 150, line) }
    }

    func testPipedOutputIsNeverCut() {
        let tracker = seeded()
        tracker.environment["COLUMNS"] = "40"
        let piped = tracker.run("followup", "list")
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertTrue(piped.stdout.contains(Self.longNote), piped.stdout)
        XCTAssertFalse(piped.stdout.contains("…"), piped.stdout)
    }

    func testVisitAddPrintsTheItemsItOpenedInAlignedColumns() {
        let tracker = seeded()
        let result = tracker.run("--lang", "zh", "visit", "add", "苏记拴", "--by", "李国珍", "--date", "2020-04-12",
                                 "--check", "住房=不达标:屋顶漏雨", "--check", "饮水=不达标:水压低",
                                 "--followup", "联系施工队修缮屋顶")
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = result.stdout.split(separator: "\n").map(String.init).filter { $0.hasPrefix("  #") || $0.hasPrefix("   #") }
        XCTAssertEqual(rows.count, 3, result.stdout)
        // Each column starts at the same display column on every row.
        for value in ["2020-05-12", "李国珍"] {
            let starts = Set(rows.map { row in Self.width(String(row[..<row.range(of: value)!.lowerBound])) })
            XCTAssertEqual(starts.count, 1, "\(value) is not aligned:\n\(result.stdout)")
        }
        XCTAssertTrue(result.stdout.contains("水压低"), result.stdout)
    }

    /// Display width: CJK and full-width characters take two columns.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, scalar in
            let wide = (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
                || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
                || (0xFE30...0xFE4F).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
                || (0xFFE0...0xFFE6).contains(scalar.value)
            return sum + (wide ? 2 : 1)
        }
    }
}
