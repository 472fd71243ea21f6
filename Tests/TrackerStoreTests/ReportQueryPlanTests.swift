import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

/// The monthly report's plans at county scale (issue 19): each checklist
/// item's standing is one seek in `checklist_history`, not a walk back
/// through the household's visits (which grew with the history and made the
/// report at 50,000 households twice as slow), and the month's visits come
/// from the covering `visits_counted_by_date`.
final class ReportQueryPlanTests: XCTestCase {
    private func plan(_ sql: String, in test: TestDatabase) throws -> String {
        let bound = sql.replacing(":first_day", with: "'2020-03-01'").replacing(":last_day", with: "'2020-03-31'")
            .replacing(":among_towns", with: "NULL").replacing(":town", with: "NULL").replacing(":village", with: "NULL")
        return try test.raw.query("EXPLAIN QUERY PLAN " + bound).map { $0.values.map { "\($0)" }.joined(separator: " ") }
            .joined(separator: "\n")
    }

    func testEachItemsStandingIsOneSeekInTheChecklistHistory() throws {
        let test = try TestDatabase()
        let plan = try plan(MonthlyReportQueries.households, in: test)
        XCTAssertFalse(plan.contains("checklist_results"), plan)
        XCTAssertFalse(plan.contains("SEARCH hv"), plan)
        let seeks = plan.split(separator: "\n").filter { $0.contains("SEARCH x USING PRIMARY KEY (household_id=? AND item=?") }
        XCTAssertEqual(seeks.count, 2 * ChecklistItem.allCases.count, plan)
    }

    func testTheMonthsVisitsAreReadFromTheCoveringIndex() throws {
        let test = try TestDatabase()
        let plan = try plan(MonthlyReportQueries.visitsInMonth, in: test)
        XCTAssertTrue(plan.contains("USING COVERING INDEX visits_counted_by_date"), plan)
    }
}
