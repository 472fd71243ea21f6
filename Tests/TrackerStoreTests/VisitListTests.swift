import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

final class VisitListTests: XCTestCase {
    func testFiltersByMonthOfficialAndHouseholdNewestFirst() throws {
        let test = try TestDatabase()
        let li = try test.official("李国珍")
        let zhu = try test.official("朱家福")
        let zhao = try test.household("赵丁先")
        let shen = try test.household("沈红荣", town: "丹阳街道办", village: "药王庄社区")
        let visits = VisitStore(test.database)
        func record(_ household: Household, _ officials: [Official], _ date: String, need: [String] = []) throws -> Int64 {
            try visits.record(VisitDraft(household: household, officials: officials, date: day(date),
                                         checks: [Visit.Check(item: .food, result: .met)], requests: need),
                              today: day("2020-06-30")).visitID
        }
        let a = try record(zhao, [li], "2020-03-23")
        let b = try record(shen, [zhu], "2020-03-20", need: ["孩子看病"])
        let c = try record(zhao, [zhu, li], "2020-04-01")
        let d = try record(shen, [zhu], "2020-03-31")

        XCTAssertEqual(try visits.list().map(\.id), [c, d, a, b])
        let march = try visits.list(filter: VisitFilter(month: YearMonth(year: 2020, month: 3)))
        XCTAssertEqual(march.map(\.id), [d, a, b])
        XCTAssertEqual(march.last?.requests, ["孩子看病"])
        XCTAssertEqual(march.last?.householdLabel?.en, "沈红荣 (药王庄社区, 丹阳街道办)")
        XCTAssertEqual(try visits.list(filter: VisitFilter(officialID: li.id)).map(\.id), [c, a])
        XCTAssertEqual(try visits.list(filter: VisitFilter(officialID: zhu.id, month: YearMonth(year: 2020, month: 4))).map(\.id), [c])
        XCTAssertEqual(try visits.list(filter: VisitFilter(householdID: shen.id)).map(\.id), [d, b])
        XCTAssertTrue(try visits.list(filter: VisitFilter(month: YearMonth(year: 2020, month: 5))).isEmpty)
        // Details of every listed visit, lead first.
        let all = try visits.list()
        XCTAssertEqual(all.first?.officials.map(\.name), ["朱家福", "李国珍"])
        XCTAssertTrue(all.allSatisfy { $0.checks.map(\.item) == [.food] })
    }

    func testFollowUpListFilters() throws {
        let test = try TestDatabase()
        let li = try test.official("李国珍")
        let zhu = try test.official("朱家福")
        let zhao = try test.household("赵丁先")
        let shen = try test.household("沈红荣", town: "丹阳街道办", village: "药王庄社区")
        let visits = VisitStore(test.database)
        let first = try visits.record(VisitDraft(household: zhao, officials: [li], date: day("2020-04-10"),
                                                 checks: [Visit.Check(item: .housing, result: .notMet)]), today: day("2020-04-10"))
        let second = try visits.record(VisitDraft(household: shen, officials: [zhu], date: day("2020-04-12"),
                                                  checks: [Visit.Check(item: .water, result: .notMet)]), today: day("2020-04-12"))
        let items = RectificationStore(test.database)
        let today = day("2020-05-20")
        let zhaoItem = first.opened[0].id, shenItem = second.opened[0].id
        XCTAssertEqual(try items.list(filter: RectificationFilter(status: .all), today: today).map(\.id), [zhaoItem, shenItem])
        XCTAssertEqual(try items.list(filter: RectificationFilter(ownerID: zhu.id), today: today).map(\.id), [shenItem])
        XCTAssertEqual(try items.list(filter: RectificationFilter(householdID: zhao.id), today: today).map(\.id), [zhaoItem])
        XCTAssertEqual(try items.list(filter: RectificationFilter(town: "丹阳街道办"), today: today).map(\.id), [shenItem])
        XCTAssertEqual(try items.list(filter: RectificationFilter(village: "焦庄村"), today: today).map(\.id), [zhaoItem])
        XCTAssertEqual(try items.list(filter: RectificationFilter(status: .overdue), today: day("2020-05-11")).map(\.id), [zhaoItem])
        XCTAssertEqual(RectificationListStatus.parse("逾期"), .overdue)
    }
}
