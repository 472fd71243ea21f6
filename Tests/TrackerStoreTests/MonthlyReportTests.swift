import TestSupport
import XCTest

@testable import TrackerDomain
@testable import TrackerStore

/// The monthly report column by column, its scope, and the rule that a
/// month's report never changes once the month is over.
final class MonthlyReportTests: XCTestCase {
    private func row(
        _ report: MonthlyReport, _ name: String, file: StaticString = #filePath,
        line: UInt = #line
    ) throws -> MonthlyReportRow {
        try XCTUnwrap(report.rows.first { $0.headName == name }, "no row for \(name)", file: file, line: line)
    }

    func testMarchColumns() throws {
        let fixture = try MonthlyReportFixture()
        let report = try fixture.report(MonthlyReportFixture.march)
        // Ordered by town, village, head in pinyin: chen < dan, jiao < li, su < zhao.
        XCTAssertEqual(report.rows.map(\.headName), ["苏记拴", "赵丁先", "王五", "沈红荣"])

        let zhao = try row(report, "赵丁先")
        XCTAssertEqual(zhao.place, PlacePath(town: "陈集镇", village: "焦庄村"))
        XCTAssertEqual(zhao.status, .notLifted)
        XCTAssertEqual(zhao.officials.map(\.name), ["李国珍"])
        XCTAssertEqual(zhao.visitDates, [day("2020-03-05"), day("2020-03-23")])
        XCTAssertEqual(zhao.visitCount, 2)
        XCTAssertEqual(zhao.lastVisit, day("2020-03-23"))
        XCTAssertEqual(zhao.check(.food), .notMet, "the March 23 failure outranks February's met")
        XCTAssertEqual(zhao.check(.clothing), .unrecorded)
        XCTAssertNil(zhao.check(.education))
        XCTAssertNil(zhao.check(.medical))
        XCTAssertEqual(zhao.check(.housing), .notMet)
        XCTAssertEqual(zhao.check(.water), .notMet)
        XCTAssertEqual(zhao.opened, 2, "water and food opened in March; housing in February")
        XCTAssertEqual(zhao.closed, 1, "housing closed on March 25")
        XCTAssertEqual(zhao.openAtMonthEnd, 2)
        XCTAssertEqual(zhao.overdueAtMonthEnd, 1, "water was due March 20")

        let shen = try row(report, "沈红荣")
        XCTAssertEqual(shen.officials, [], "朱家福's assignment ended on March 15")
        XCTAssertEqual(shen.visitDates, [day("2020-03-20")])
        XCTAssertEqual(shen.check(.food), .notMet)
        XCTAssertEqual(shen.check(.education), .notApplicable)
        XCTAssertEqual(shen.check(.medical), .met)
        XCTAssertNil(shen.check(.water))
        XCTAssertEqual(
            [shen.opened, shen.closed, shen.openAtMonthEnd, shen.overdueAtMonthEnd], [1, 1, 1, 0],
            "closed and reopened within March: counted closed once, open at month end")

        let su = try row(report, "苏记拴")
        XCTAssertEqual(su.visitDates, [])
        XCTAssertNil(su.lastVisit)
        XCTAssertTrue(su.checks.isEmpty)
        XCTAssertEqual([su.opened, su.closed, su.openAtMonthEnd, su.overdueAtMonthEnd], [0, 0, 0, 0])

        let wang = try row(report, "王五")
        XCTAssertEqual(wang.visitDates, [])
        XCTAssertEqual(wang.lastVisit, day("2020-01-15"), "the last visit may lie in an earlier month")
        XCTAssertEqual(wang.check(.water), .met)
    }

    func testAprilColumns() throws {
        let fixture = try MonthlyReportFixture()
        try fixture.addApril()
        let report = try fixture.report(MonthlyReportFixture.april)
        let zhao = try row(report, "赵丁先")
        XCTAssertEqual(zhao.officials, [.init(name: "李国珍", role: .responsible), .init(name: "王干部", role: .responsible)])
        XCTAssertEqual(zhao.visitDates, [day("2020-04-02")])
        XCTAssertEqual(zhao.check(.food), .met)
        XCTAssertEqual(zhao.check(.clothing), .met)
        XCTAssertEqual(zhao.check(.housing), .met)
        XCTAssertEqual(
            [zhao.opened, zhao.closed, zhao.openAtMonthEnd, zhao.overdueAtMonthEnd], [0, 2, 1, 1],
            "water and food closed; housing reopened with a deadline (04-20) past by month end")
        let shen = try row(report, "沈红荣")
        XCTAssertEqual([shen.opened, shen.closed, shen.openAtMonthEnd], [0, 1, 0])
        XCTAssertEqual(shen.lastVisit, day("2020-03-20"))
        let su = try row(report, "苏记拴")
        XCTAssertEqual([su.opened, su.openAtMonthEnd, su.overdueAtMonthEnd], [1, 1, 0])
        XCTAssertEqual(su.check(.housing), .notMet)
    }

    func testMarchReportIgnoresEverythingAfterMarch() throws {
        let fixture = try MonthlyReportFixture()
        let before = try fixture.report(MonthlyReportFixture.march)
        try fixture.addApril()
        XCTAssertEqual(try fixture.report(MonthlyReportFixture.march), before)
        // And the month before the first item: nothing is open yet.
        let january = try fixture.report(YearMonth(year: 2020, month: 1)!)
        XCTAssertEqual(january.rows.map(\.openAtMonthEnd), [0, 0, 0, 0])
        XCTAssertEqual(january.rows.first { $0.headName == "王五" }?.visitDates, [day("2020-01-15")])
    }

    func testScopeNarrowsAndUnknownPlacesAreRefused() throws {
        let fixture = try MonthlyReportFixture()
        let march = MonthlyReportFixture.march
        XCTAssertEqual(
            try fixture.report(march, HouseholdFilter(town: "陈集镇")).rows.map(\.headName), ["苏记拴", "赵丁先", "王五"])
        let village = try fixture.report(march, HouseholdFilter(town: "陈集镇", village: "焦庄村"))
        XCTAssertEqual(village.rows.map(\.headName), ["苏记拴", "赵丁先"])
        XCTAssertEqual(village.rows.last?.closed, 1)
        try assertRefused(fixture.test, kind: .notFound, mentioning: "no town named 陈家镇") {
            _ = try fixture.report(march, HouseholdFilter(town: "陈家镇"))
        }
        try assertRefused(fixture.test, kind: .notFound, mentioning: "no village named 药王庄社区 in 陈集镇") {
            _ = try fixture.report(march, HouseholdFilter(town: "陈集镇", village: "药王庄社区"))
        }
    }

    func testSummaryByVillageTownAndTotal() throws {
        let fixture = try MonthlyReportFixture()
        let summary = try ReportStore(fixture.test.database).summary(MonthlyReportFixture.march)
        XCTAssertEqual(summary.lines.map(\.level), [.village, .village, .town, .village, .town, .total])
        XCTAssertEqual(
            summary.lines.map { $0.village ?? $0.town ?? "*" },
            ["焦庄村", "李庄村", "陈集镇", "药王庄社区", "丹阳街道办", "*"])
        XCTAssertEqual(summary.lines.map(\.households), [2, 1, 3, 1, 1, 4])
        XCTAssertEqual(summary.lines.map(\.visited), [1, 0, 1, 1, 1, 2])
        XCTAssertEqual(summary.lines.map(\.coveragePermille), [500, 0, 333, 1000, 1000, 500])
        let total = try XCTUnwrap(summary.lines.last)
        XCTAssertEqual(ChecklistItem.allCases.map(total.failing), [2, 0, 0, 0, 1, 1])
        XCTAssertEqual([total.opened, total.closed, total.openAtMonthEnd, total.overdueAtMonthEnd], [3, 2, 3, 1])
    }

    func testEmptyDatabaseGivesOnlyATotalLine() throws {
        let test = try TestDatabase()
        let summary = try ReportStore(test.database).summary(MonthlyReportFixture.march)
        XCTAssertEqual(summary.lines.map(\.level), [.total])
        XCTAssertNil(summary.lines[0].coveragePermille)
    }
}
