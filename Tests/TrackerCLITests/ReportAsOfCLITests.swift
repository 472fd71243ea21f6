import Foundation
import XCTest

/// Issue 12 items 5 and 4: a month after the current one is refused, the
/// current month is counted as of today and says so, and the report and the
/// summary compare last year's income with the line as household show does.
final class ReportAsOfCLITests: XCTestCase {
    private func seeded() -> TrackerRunner {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_TODAY"] = "2020-05-20"
        XCTAssertEqual(tracker.run("seed").status, 0)
        return tracker
    }

    func testAMonthAfterTheCurrentOneIsRefused() throws {
        let tracker = seeded()
        try tracker.expectFailure(["report", "summary", "--month", "2021-01"], status: 1, message: "2021-01 has not begun")
        try tracker.expectFailure(["report", "monthly", "--month", "2020-06"], status: 1, message: "2020-05 or an earlier month")
        XCTAssertEqual(tracker.run("report", "summary", "--month", "2020-05").status, 0)
    }

    func testTheCurrentMonthIsCountedAsOfTodayAndSaysSo() throws {
        let tracker = seeded()
        // Due on the 25th: not overdue on the 20th, although it would be at month end.
        XCTAssertEqual(tracker.run("visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-05-05",
                                   "--check", "住房=不达标:屋顶漏雨", "--due", "2020-05-25").status, 0)
        let summary = try XCTUnwrap(try tracker.json("report", "summary", "--month", "2020-05") as? [[String: Any]])
        let total = try XCTUnwrap(summary.last)
        XCTAssertEqual(total["level"] as? String, "total")
        XCTAssertEqual(total["open"] as? Int, 1)
        XCTAssertEqual(total["overdue"] as? Int, 0, "due on the 25th is not overdue as of the 20th")
        XCTAssertEqual(total["as_of"] as? String, "2020-05-20")

        let table = tracker.run("report", "summary", "--month", "2020-05")
        XCTAssertTrue(table.stderr.contains("2020-05 is not over: counted as of today, 2020-05-20"), table.stderr)
        let monthly = tracker.run("report", "monthly", "--month", "2020-05", "--lang", "zh")
        // The monitoring columns (issue 14) come after "counted up to".
        XCTAssertTrue(monthly.stdout.split(separator: "\r\n").first?.contains(",统计截至,监测对象类型,") == true, monthly.stdout)
        XCTAssertTrue(monthly.stdout.contains(",2020-05-20,"), monthly.stdout)
        XCTAssertTrue(monthly.stderr.contains("统计截至今天（2020-05-20）"), monthly.stderr)
        let written = tracker.run("report", "monthly", "--month", "2020-05", "--out", tracker.folder + "/may.csv")
        XCTAssertTrue(written.stdout.contains("counted as of today, 2020-05-20"), written.stdout)

        let april = tracker.run("report", "summary", "--month", "2020-04")
        XCTAssertEqual(april.stderr, "", "a finished month needs no note")
        let aprilJSON = try XCTUnwrap(try tracker.json("report", "summary", "--month", "2020-04") as? [[String: Any]])
        XCTAssertEqual(aprilJSON.last?["as_of"] as? String, "2020-04-30")
    }

    func testTheReportAndSummaryCompareLastYearsIncomeWithTheLineAsHouseholdShowDoes() throws {
        let tracker = seeded()
        for command in [["line", "set", "--year", "2019", "--amount", "3218"],
                        ["income", "add", "沈红荣", "--year", "2019", "--wage", "2000", "--transfer", "4436", "--size", "2"],
                        ["income", "add", "赵丁先", "--year", "2019", "--wage", "3217.99", "--size", "1"]] {
            XCTAssertEqual(tracker.run(command).status, 0, "\(command)")
        }
        let monthly = tracker.run("report", "monthly", "--month", "2020-04", "--lang", "zh").stdout
        let shen = try XCTUnwrap(monthly.split(separator: "\r\n").first { $0.contains("沈红荣") })
        XCTAssertTrue(shen.contains(",3218.00,达到,"), String(shen))
        let zhao = try XCTUnwrap(monthly.split(separator: "\r\n").first { $0.contains("赵丁先") })
        XCTAssertTrue(zhao.contains(",3217.99,未达到,"), String(zhao))
        let summary = try XCTUnwrap(try tracker.json("report", "summary", "--month", "2020-04") as? [[String: Any]])
        XCTAssertEqual(summary.last?["below_line"] as? Int, 1, "exactly at the line is not below it")
    }
}
