import Foundation
import XCTest

/// Issue 12 item 1: registration is data. An imported roster reaches the
/// reports of earlier months, and a visit cannot vanish before a registration.
final class RegistrationCLITests: XCTestCase {
    private func importRoster(_ text: String, into tracker: TrackerRunner) throws {
        let path = tracker.folder + "/roster.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = tracker.run("import", "households", path)
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    func testAnImportedRosterReachesTheReportsOfEarlierMonths() throws {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_TODAY"] = "2026-12-02"
        try importRoster("户编号,乡镇,村,姓名,与户主关系,建档日期\nH1,陈集镇,焦庄村,赵丁先,户主,\n"
                         + "H2,陈集镇,焦庄村,苏记拴,户主,2020-04\nH3,陈集镇,焦庄村,张文峰,户主,2019-12-05\n", into: tracker)
        for month in ["2020-03", "2026-11"] {
            let report = tracker.run("report", "monthly", "--month", month)
            XCTAssertEqual(report.status, 0, report.stderr)
            XCTAssertTrue(report.stdout.contains("赵丁先"), "unknown registration counts in \(month): \(report.stdout)")
            XCTAssertTrue(report.stdout.contains("张文峰"), "registered 2019-12-05, in \(month)")
        }
        XCTAssertFalse(tracker.run("report", "monthly", "--month", "2020-03").stdout.contains("苏记拴"),
                       "registered in April 2020, not in March's report")
        XCTAssertTrue(tracker.run("report", "monthly", "--month", "2020-04").stdout.contains("苏记拴"))
        XCTAssertTrue(tracker.run("household", "show", "H2").stdout.contains("2020-04-01"))
    }

    func testAVisitBeforeTheRegistrationIsRefusedNamingTheFix() throws {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_TODAY"] = "2020-05-20"
        XCTAssertEqual(tracker.run("household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--code", "H9",
                                   "--registered", "2020-04-15").status, 0)
        XCTAssertEqual(tracker.run("official", "add", "李国珍").status, 0)
        try tracker.expectFailure(["visit", "add", "H9", "--by", "李国珍", "--date", "2020-03-23"],
                                  status: 1, message: "household edit H9 --registered")
        XCTAssertEqual(tracker.run("visit", "add", "H9", "--by", "李国珍", "--date", "2020-04-15").status, 0,
                       "a visit on the registration day is recorded")
        try tracker.expectFailure(["household", "edit", "H9", "--registered", "2020-05-01"],
                                  status: 1, message: "first visit")
        XCTAssertEqual(tracker.run("household", "edit", "H9", "--registered", "2020-03-01").status, 0)
        XCTAssertEqual(tracker.run("visit", "add", "H9", "--by", "李国珍", "--date", "2020-03-23").status, 0,
                       "after correcting the registration the earlier visit is recorded")
    }

    func testHouseholdAddStillDefaultsRegistrationToToday() throws {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_TODAY"] = "2020-05-20"
        XCTAssertEqual(tracker.run("household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村").status, 0)
        XCTAssertTrue(tracker.run("household", "show", "王五").stdout.contains("2020-05-20"))
        XCTAssertFalse(tracker.run("report", "monthly", "--month", "2020-04").stdout.contains("王五"))
    }
}
