import Foundation
import XCTest

/// Issue 12 items 4 and 6: one comparison with the line (达到 / 未达到), and
/// lifting a household checks the rules of 脱贫.
final class LiftingCLITests: XCTestCase {
    private func seeded() -> TrackerRunner {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_TODAY"] = "2020-05-20"
        for command in [["seed"], ["line", "set", "--year", "2019", "--amount", "3218"]] {
            XCTAssertEqual(tracker.run(command).status, 0, "\(command)")
        }
        return tracker
    }

    func testLiftingAHouseholdWithAnOverdueItemAndIncomeBelowTheLineIsRefusedWithTheBlockers() throws {
        let tracker = seeded()
        XCTAssertEqual(tracker.run("visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-04-10",
                                   "--check", "住房=不达标:屋顶漏雨").status, 0)
        XCTAssertEqual(tracker.run("income", "add", "赵丁先", "--year", "2019", "--wage", "3000", "--size", "1").status, 0)
        try tracker.expectFailure(["household", "edit", "赵丁先", "--status", "已脱贫"], status: 1, message: "--override")
        let en = tracker.run("household", "edit", "赵丁先", "--status", "已脱贫", "--lang", "en")
        XCTAssertTrue(en.stderr.contains("rectification item #1 (safe housing: 屋顶漏雨) is overdue, due 2020-05-10"), en.stderr)
        XCTAssertTrue(en.stderr.contains("per-capita income 3000.00 in 2019 is below the 3218.00 line"), en.stderr)
        let zh = tracker.run("household", "edit", "赵丁先", "--status", "已脱贫", "--lang", "zh")
        XCTAssertEqual(zh.status, 1)
        XCTAssertTrue(zh.stderr.contains("2019 年人均纯收入 3000.00 元未达到贫困线 3218.00 元"), zh.stderr)
        XCTAssertFalse(zh.stderr.contains("below"), "the blockers are in the user's language: \(zh.stderr)")

        let lifted = tracker.run("household", "edit", "赵丁先", "--status", "已脱贫", "--override", "县里已核定，收入数据待更正")
        XCTAssertEqual(lifted.status, 0, lifted.stderr)
        XCTAssertTrue(lifted.stdout.contains("Marked lifted despite"), lifted.stdout)
        let log = tracker.run("log", "--rows", "--household", "赵丁先", "--limit", "5")
        XCTAssertTrue(log.stdout.contains("县里已核定，收入数据待更正"), "the reason is in the audit log: \(log.stdout)")
        let show = try XCTUnwrap(try tracker.json("household", "show", "赵丁先") as? [String: Any])
        XCTAssertEqual(show["status"] as? String, "lifted")
        try tracker.expectFailure(["household", "edit", "苏记拴", "--phone", "13812345678", "--override", "因为"],
                                  status: 65, message: "--status 已脱贫")
    }

    func testAnIncomeExactlyAtTheLineReadsAtOrAboveEverywhere() throws {
        let tracker = seeded()
        let add = tracker.run("income", "add", "沈红荣", "--year", "2019", "--wage", "2000", "--transfer", "4436", "--size", "2",
                              "--lang", "zh")
        XCTAssertEqual(add.status, 0, add.stderr)
        XCTAssertTrue(add.stdout.contains("达到贫困线 3218.00 元"), add.stdout)
        XCTAssertFalse(add.stdout.contains("高于"), add.stdout)
        let show = tracker.run("household", "show", "沈红荣", "--lang", "zh")
        XCTAssertTrue(show.stdout.contains("达到"), show.stdout)
        XCTAssertFalse(show.stdout.contains("高于"), show.stdout)
        let json = try XCTUnwrap(try tracker.json("household", "show", "沈红荣") as? [String: Any])
        let income = try XCTUnwrap((json["incomes"] as? [[String: Any]])?.first)
        XCTAssertEqual(income["line_standing"] as? String, "at_or_above")
        XCTAssertEqual(income["below_line"] as? Bool, false)
    }
}
