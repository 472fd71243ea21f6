import XCTest
@testable import TrackerCore

/// The households due for a visit under each form of the interval, with
/// fixed dates: 苏记拴 never visited, 赵丁先 last 2020-03-23, 张文峰 on
/// 2020-05-02 and 2020-05-20, 王某 (another village) on 2020-04-30.
final class VisitScheduleTests: XCTestCase {
    var test: TestDatabase!
    var schedule: VisitSchedule!

    override func setUpWithError() throws {
        test = try TestDatabase()
        let li = try test.official("李国珍")
        let visits = VisitStore(test.database)
        _ = try test.household("苏记拴")
        let zhao = try test.household("赵丁先")
        let zhang = try test.household("张文峰")
        let wang = try test.household("王某", village: "李庄村")
        for (household, date) in [(zhao, "2020-03-23"), (zhang, "2020-05-02"), (zhang, "2020-05-20"), (wang, "2020-04-30")] {
            _ = try visits.record(VisitDraft(household: household, officials: [li], date: day(date)), today: day(date))
        }
        schedule = VisitSchedule(test.database)
    }

    func due(_ interval: VisitInterval?, asOf date: String = "2020-05-25",
             filter: HouseholdFilter = HouseholdFilter()) throws -> [String] {
        try schedule.householdsDue(asOf: day(date), filter: filter, interval: interval).map { entry in
            "\(entry.household.headName) \(entry.lastVisit?.description ?? "-") \(entry.dueSince?.description ?? "-")"
                + (entry.visitsInPeriod.map { " \($0)" } ?? "")
        }
    }

    func testMonthly() throws {
        XCTAssertEqual(try due(.monthly), ["苏记拴 - -", "赵丁先 2020-03-23 2020-04-01", "王某 2020-04-30 2020-05-01"])
        // As of 2020-04-30, 王某's visit that day counts and 张文峰 had not been visited yet.
        XCTAssertEqual(try due(.monthly, asOf: "2020-04-30"), ["苏记拴 - -", "张文峰 - -", "赵丁先 2020-03-23 2020-04-01"])
    }

    func testEveryTwoMonths() throws {
        XCTAssertEqual(try due(.everyMonths(2)), ["苏记拴 - -", "赵丁先 2020-03-23 2020-05-23"])
        XCTAssertEqual(try due(.everyMonths(2), asOf: "2020-05-22"), ["苏记拴 - -"])
        XCTAssertEqual(try due(.everyMonths(2), asOf: "2020-06-30"),
                       ["苏记拴 - -", "赵丁先 2020-03-23 2020-05-23", "王某 2020-04-30 2020-06-30"])
    }

    func testTwoPerQuarter() throws {
        XCTAssertEqual(try due(.perQuarter(2)),
                       ["苏记拴 - - 0", "赵丁先 2020-03-23 2020-04-01 0", "王某 2020-04-30 2020-04-01 1"])
        // In the first quarter 赵丁先 had one visit of two; never-visited ones in household order (pinyin: 焦庄村 before 李庄村).
        XCTAssertEqual(try due(.perQuarter(2), asOf: "2020-03-31"),
                       ["苏记拴 - - 0", "张文峰 - - 0", "王某 - - 0", "赵丁先 2020-03-23 2020-01-01 1"])
    }

    func testTwicePerMonth() throws {
        XCTAssertEqual(try due(.perMonth(2)),
                       ["苏记拴 - - 0", "赵丁先 2020-03-23 2020-05-01 0", "王某 2020-04-30 2020-05-01 0"])
        XCTAssertEqual(try due(.perMonth(2), asOf: "2020-05-10"),
                       ["苏记拴 - - 0", "赵丁先 2020-03-23 2020-05-01 0", "王某 2020-04-30 2020-05-01 0",
                        "张文峰 2020-05-02 2020-05-01 1"])
    }

    func testConfiguredIntervalAndFilter() throws {
        try SettingsStore(test.database).setVisitInterval(.everyMonths(2))
        XCTAssertEqual(try due(nil), ["苏记拴 - -", "赵丁先 2020-03-23 2020-05-23"])
        XCTAssertEqual(try due(.monthly, filter: HouseholdFilter(village: "李庄村")), ["王某 2020-04-30 2020-05-01"])
    }
}
