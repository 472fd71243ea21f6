import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

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

    /// One line per household listed: name, last visit, state, due by,
    /// missed deadline and, for the counted forms, visits / required.
    func due(_ interval: VisitInterval?, asOf date: String = "2020-05-25",
             filter: HouseholdFilter = HouseholdFilter()) throws -> [String] {
        try schedule.householdsDue(asOf: day(date), filter: filter, interval: interval).map { entry in
            "\(entry.household.headName) \(entry.lastVisit?.description ?? "-") \(entry.state.key)"
                + " \(entry.dueBy?.description ?? "-") \(entry.missedDeadline?.description ?? "-")"
                + (entry.visitsInPeriod.map { " \($0)/\(entry.visitsRequired ?? 0)" } ?? "")
        }
    }

    func testMonthly() throws {
        // 王某 was visited in April, so May's visit is due (not overdue); the others missed April.
        XCTAssertEqual(try due(.monthly), ["苏记拴 - overdue 2020-05-31 2020-04-30 0/1",
                                           "赵丁先 2020-03-23 overdue 2020-05-31 2020-04-30 0/1",
                                           "王某 2020-04-30 due 2020-05-31 - 0/1"])
        // As of 2020-04-30, 王某's visit that day counts and 张文峰 had not been visited yet.
        XCTAssertEqual(try due(.monthly, asOf: "2020-04-30"), ["苏记拴 - overdue 2020-04-30 2020-03-31 0/1",
                                                               "张文峰 - overdue 2020-04-30 2020-03-31 0/1",
                                                               "赵丁先 2020-03-23 due 2020-04-30 - 0/1"])
    }

    func testEveryTwoMonths() throws {
        // Never visited, registration unknown: overdue with no known deadline.
        XCTAssertEqual(try due(.everyMonths(2)), ["苏记拴 - overdue - -", "赵丁先 2020-03-23 overdue 2020-05-23 2020-05-23"])
        XCTAssertEqual(try due(.everyMonths(2), asOf: "2020-05-22"), ["苏记拴 - overdue - -", "赵丁先 2020-03-23 due 2020-05-23 -"])
        XCTAssertEqual(try due(.everyMonths(2), asOf: "2020-06-30"),
                       ["苏记拴 - overdue - -", "赵丁先 2020-03-23 overdue 2020-05-23 2020-05-23", "王某 2020-04-30 due 2020-06-30 -"])
    }

    func testTwoPerQuarterIsDueInTheQuarterAndOverdueOnlyOnceAQuarterEndedShort() throws {
        // 王某, visited once this quarter, is due by the quarter's end, not overdue in its middle.
        XCTAssertEqual(try due(.perQuarter(2)),
                       ["苏记拴 - overdue 2020-06-30 2020-03-31 0/2", "赵丁先 2020-03-23 overdue 2020-06-30 2020-03-31 0/2",
                        "王某 2020-04-30 due 2020-06-30 - 1/2"])
        // In the first quarter 赵丁先 had one visit of two: due, not overdue, until the quarter ends.
        XCTAssertEqual(try due(.perQuarter(2), asOf: "2020-03-31"),
                       ["苏记拴 - overdue 2020-03-31 2019-12-31 0/2", "张文峰 - overdue 2020-03-31 2019-12-31 0/2",
                        "王某 - overdue 2020-03-31 2019-12-31 0/2", "赵丁先 2020-03-23 due 2020-03-31 - 1/2"])
        // The next day the first quarter has ended one visit short and nobody has come since.
        XCTAssertEqual(try due(.perQuarter(2), asOf: "2020-04-01").dropFirst(3).first,
                       "赵丁先 2020-03-23 overdue 2020-06-30 2020-03-31 0/2")
    }

    func testTwicePerMonth() throws {
        XCTAssertEqual(try due(.perMonth(2)),
                       ["苏记拴 - overdue 2020-05-31 2020-04-30 0/2", "赵丁先 2020-03-23 overdue 2020-05-31 2020-04-30 0/2",
                        "王某 2020-04-30 overdue 2020-05-31 2020-04-30 0/2"])
        XCTAssertEqual(try due(.perMonth(2), asOf: "2020-05-10").last, "张文峰 2020-05-02 due 2020-05-31 - 1/2")
    }

    func testANeverVisitedHouseholdCountsFromItsRegistration() throws {
        var late = fields(name: "李新户")
        late.registeredOn = day("2020-04-10")
        _ = try HouseholdStore(test.database).add(late)
        var early = fields(name: "刘早户")
        early.registeredOn = day("2020-03-01")
        _ = try HouseholdStore(test.database).add(early)
        let quarter = try due(.perQuarter(2))
        XCTAssertTrue(quarter.contains("李新户 - due 2020-06-30 - 0/2"), "registered this quarter: \(quarter)")
        XCTAssertTrue(quarter.contains("刘早户 - overdue 2020-06-30 2020-03-31 0/2"), "\(quarter)")
        let everyTwo = try due(.everyMonths(2))
        XCTAssertTrue(everyTwo.contains("刘早户 - overdue 2020-05-01 2020-05-01"), "\(everyTwo)")
        XCTAssertFalse(everyTwo.contains { $0.hasPrefix("李新户") }, "due by 2020-06-10, not yet in its month: \(everyTwo)")
    }

    func testConfiguredIntervalAndFilter() throws {
        try SettingsStore(test.database).setVisitInterval(.everyMonths(2))
        XCTAssertEqual(try due(nil), ["苏记拴 - overdue - -", "赵丁先 2020-03-23 overdue 2020-05-23 2020-05-23"])
        XCTAssertEqual(try due(.monthly, filter: HouseholdFilter(village: "李庄村")), ["王某 2020-04-30 due 2020-05-31 - 0/1"])
    }
}
