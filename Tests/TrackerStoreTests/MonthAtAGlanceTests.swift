import CountyGenerator
import TestSupport
import XCTest

@testable import TrackerDomain
@testable import TrackerStore

/// `report page`'s data: the 12-month trend, the overdue items and the
/// households due must be the summary's own numbers, month by month.
final class MonthAtAGlanceTests: XCTestCase {
    static let june = YearMonth(year: 2020, month: 6)!

    /// A small generated county: 16 months of visits, items opened, closed,
    /// reopened and overdue, in two towns.
    private func county() throws -> TestDatabase {
        let test = try TestDatabase()
        _ = try CountyBuilder(
            test.database,
            options: CountyBuilder.Options(
                households: 90, seed: 17, months: 16, today: CalendarDate(year: 2020, month: 9, day: 10)!)
        ).build()
        return test
    }

    private func total(_ store: ReportStore, _ month: YearMonth, _ scope: HouseholdFilter = HouseholdFilter()) throws
        -> RectificationMonth
    {
        let line = try XCTUnwrap(try store.summary(month, scope: scope).lines.last)
        return RectificationMonth(
            month: month, opened: line.opened, closed: line.closed, openAtMonthEnd: line.openAtMonthEnd,
            overdueAtMonthEnd: line.overdueAtMonthEnd)
    }

    func testEachPointOfTheTrendIsThatMonthsSummaryTotal() throws {
        let test = try county()
        let store = ReportStore(test.database)
        let town = try XCTUnwrap(try HouseholdStore(test.database).list().first?.place.town)
        for scope in [HouseholdFilter(), HouseholdFilter(town: town)] {
            let trend = try store.trend(endingWith: Self.june, scope: scope)
            XCTAssertEqual(trend.map(\.month.description).first, "2019-07")
            XCTAssertEqual(trend.map(\.month), trend.map(\.month).sorted())
            XCTAssertEqual(trend.count, 12)
            for point in trend {
                XCTAssertEqual(point, try total(store, point.month, scope), "\(point.month) in \(scope)")
            }
            // The county must exercise every figure, or equality proves little.
            XCTAssertGreaterThan(trend.map(\.opened).reduce(0, +), 0)
            XCTAssertGreaterThan(trend.map(\.closed).reduce(0, +), 0)
            XCTAssertGreaterThan(trend.map(\.openAtMonthEnd).reduce(0, +), 0)
            XCTAssertGreaterThan(trend.map(\.overdueAtMonthEnd).reduce(0, +), 0)
        }
    }

    /// Items closed and reopened within a month, and reopened after it.
    func testTrendFollowsReopenedItemsAsTheSummaryDoes() throws {
        let fixture = try MonthlyReportFixture()
        try fixture.addApril()
        let store = ReportStore(fixture.test.database)
        let trend = try store.trend(endingWith: MonthlyReportFixture.april, months: 3)
        XCTAssertEqual(trend.map(\.month.description), ["2020-02", "2020-03", "2020-04"])
        for point in trend { XCTAssertEqual(point, try total(store, point.month)) }
        XCTAssertEqual(trend[1], RectificationMonth(month: MonthlyReportFixture.march, opened: 3, closed: 2, openAtMonthEnd: 3, overdueAtMonthEnd: 1))
    }

    /// A household that moved counts where it lived at each month's end,
    /// in the trend as in the summary.
    func testTrendCountsAMovedHouseholdWhereItLivedAtEachMonthEnd() throws {
        let fixture = try MonthlyReportFixture()
        try fixture.addApril()
        var move = HouseholdFields()
        move.town = "丹阳街道办"
        move.village = "药王庄社区"
        _ = try HouseholdStore(fixture.test.database).edit(fixture.zhao, move, from: day("2020-04-01"), today: day("2020-04-20"))
        let store = ReportStore(fixture.test.database)
        for town in ["丹阳街道办", "陈集镇"] {
            let scope = HouseholdFilter(town: town)
            let trend = try store.trend(endingWith: MonthlyReportFixture.april, months: 3, scope: scope)
            for point in trend { XCTAssertEqual(point, try total(store, point.month, scope), "\(point.month) in \(town)") }
        }
        let april = try XCTUnwrap(try store.trend(endingWith: MonthlyReportFixture.april, months: 1, scope: HouseholdFilter(town: "丹阳街道办")).first)
        XCTAssertEqual(april.closed, 3, "赵丁先's water and food items and 沈红荣's food item, all closed in April")
    }

    func testAMonthNotBegunIsRefused() throws {
        let fixture = try MonthlyReportFixture()
        try assertRefused(fixture.test, kind: .refused, mentioning: "2020-04 has not begun") {
            _ = try ReportStore(fixture.test.database).monthAtAGlance(MonthlyReportFixture.april, today: day("2020-03-31"))
        }
    }

    func testTrendRefusesAnUnknownTown() throws {
        let fixture = try MonthlyReportFixture()
        try assertRefused(fixture.test, kind: .notFound, mentioning: "no town named 陈家镇") {
            _ = try ReportStore(fixture.test.database).trend(endingWith: Self.june, scope: HouseholdFilter(town: "陈家镇"))
        }
    }

    func testOverdueItemsAreTheSummarysOverdueFigureLongestOverdueFirst() throws {
        let test = try county()
        let store = ReportStore(test.database)
        var seen = 0
        for month in [YearMonth(year: 2019, month: 12)!, Self.june] {
            let glance = try store.monthAtAGlance(month, today: CalendarDate(year: 2020, month: 9, day: 10)!)
            let total = try XCTUnwrap(glance.summary.lines.last)
            XCTAssertEqual(glance.overdue.count, total.overdueAtMonthEnd, "\(month)")
            XCTAssertEqual(glance.trend.last?.overdueAtMonthEnd, total.overdueAtMonthEnd)
            XCTAssertEqual(glance.overdue.map(\.dueDate), glance.overdue.map(\.dueDate).sorted())
            for item in glance.overdue {
                XCTAssertLessThan(item.dueDate, month.lastDay)
                XCTAssertLessThanOrEqual(item.openedOn, month.lastDay)
            }
            seen += glance.overdue.count
        }
        XCTAssertGreaterThan(seen, 0)
    }

    func testOverdueItemsAtMarchEndIgnoreLaterClosings() throws {
        let fixture = try MonthlyReportFixture()
        try fixture.addApril()
        let march = try ReportStore(fixture.test.database).monthAtAGlance(
            MonthlyReportFixture.march, today: day("2020-05-01"))
        // The water item was due 2020-03-20 and closed only in April.
        XCTAssertEqual(march.overdue.map(\.id), [fixture.waterItem.id])
        XCTAssertEqual(march.overdue.first?.owner?.name, fixture.li.name)
    }

    func testPageIsCountedAtMonthEndOrTodayWhileTheMonthRuns() throws {
        let fixture = try MonthlyReportFixture()
        let store = ReportStore(fixture.test.database)
        let schedule = VisitSchedule(fixture.test.database)
        let past = try store.monthAtAGlance(MonthlyReportFixture.march, today: day("2020-05-01"))
        XCTAssertEqual(past.asOf, day("2020-03-31"))
        XCTAssertEqual(past.dueForVisit, try schedule.householdsDue(asOf: day("2020-03-31")))
        // Monthly interval: visited in March (赵丁先, 沈红荣) are not due at its end.
        XCTAssertEqual(past.dueForVisit.map(\.household.headName).sorted(), ["王五", "苏记拴"])

        let running = try store.monthAtAGlance(MonthlyReportFixture.march, today: day("2020-03-10"))
        XCTAssertEqual(running.asOf, day("2020-03-10"))
        XCTAssertEqual(running.dueForVisit, try schedule.householdsDue(asOf: day("2020-03-10")))
        // The rest of the page counts to today as well, as the summary does.
        let summary = try store.summary(MonthlyReportFixture.march, today: day("2020-03-10"))
        XCTAssertEqual(running.summary, summary)
        XCTAssertEqual(running.overdue.count, summary.lines.last?.overdueAtMonthEnd)
        XCTAssertEqual(running.trend.last?.openAtMonthEnd, summary.lines.last?.openAtMonthEnd)
        XCTAssertEqual(running.trend.last?.opened, summary.lines.last?.opened)
        XCTAssertEqual(running.coverageTargetPermille, 1000)
    }

    /// The trend and the due list are read on a second connection while the
    /// report is built; they are used only when that connection sees the
    /// same records (the same audit chain head), else read again.
    func testPartsReadAlongsideAreUsedOnlyFromTheSameRecords() throws {
        let fixture = try MonthlyReportFixture()
        let store = ReportStore(fixture.test.database, secondConnectionFrom: 0)
        let today = day("2020-05-01")
        let head = try AuditChainStore(fixture.test.database).head()
        let alongside = try XCTUnwrap(try store.pageParts(MonthlyReportFixture.march, scope: HouseholdFilter(), today: today, sameAs: head)())
        XCTAssertEqual(alongside.due, try VisitSchedule(fixture.test.database).householdsDue(asOf: day("2020-03-31")))
        XCTAssertEqual(alongside.trend.months, try store.trend(endingWith: MonthlyReportFixture.march, today: today))
        let stale = AuditChainHead(entry: (head?.entry ?? 0) - 1, hash: head?.hash ?? "")
        XCTAssertNil(try store.pageParts(MonthlyReportFixture.march, scope: HouseholdFilter(), today: today, sameAs: stale)())
        // Read again on the report's connection: the page is the same.
        XCTAssertEqual(try store.monthAtAGlance(MonthlyReportFixture.march, today: today).dueForVisit, alongside.due)
    }

    /// The report's details read on a second connection while its rows are
    /// read give the report read on one connection, in a town and county-wide.
    func testTheReportReadOnTwoConnectionsIsTheReportReadOnOne() throws {
        let test = try county()
        let store = ReportStore(test.database, secondConnectionFrom: 0)
        let today = CalendarDate(year: 2020, month: 9, day: 10)!
        // County-wide, the towns are split in two parts, one per connection.
        let parts = try XCTUnwrap(try test.database.read { try CountyParts.split(firstShare: 0.65, in: $0) })
        XCTAssertFalse(parts.first.isEmpty || parts.second.isEmpty)
        XCTAssertTrue(Set(parts.first).isDisjoint(with: parts.second))
        for scope in [HouseholdFilter(), HouseholdFilter(town: "陈集镇")] {
            let asOf = Self.june.lastDay
            let together = try test.database.read { connection in
                var report = try MonthlyReportQueries.households(month: Self.june, asOf: asOf, scope: scope, in: connection)
                report.add(try MonthlyReportQueries.details(month: Self.june, asOf: asOf, in: connection))
                return report
            }
            XCTAssertFalse(together.rows.allSatisfy { $0.visitDates.isEmpty && $0.officials.isEmpty })
            XCTAssertEqual(try store.monthly(Self.june, scope: scope, today: today), together)
            let page = try store.monthAtAGlance(Self.june, scope: scope, today: today)
            let onOne = try ReportStore(test.database, secondConnectionFrom: .max).monthAtAGlance(Self.june, scope: scope, today: today)
            XCTAssertEqual(page.summary, onOne.summary)
            XCTAssertEqual(page.trend, onOne.trend)
            XCTAssertEqual(page.dueForVisit, onOne.dueForVisit)
            XCTAssertEqual(page.overdue, onOne.overdue)
        }
    }

    func testCoverageTargetOfEachInterval() throws {
        let cases: [(String, Int)] = [
            ("monthly", 1000), ("per-month:2", 1000), ("every:1:months", 1000), ("every:2:months", 500),
            ("every:3:months", 333), ("every:12:months", 83), ("per-quarter:1", 333), ("per-quarter:2", 667),
            ("per-quarter:3", 1000), ("per-quarter:9", 1000),
        ]
        for (text, permille) in cases {
            XCTAssertEqual(try VisitInterval(text).monthlyCoverageTargetPermille, permille, text)
        }
    }
}
