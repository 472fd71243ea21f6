import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

/// One household's incomes and measures are read through their index, not
/// by scanning every household's: `income add` reads them back, and a
/// county of 100,000 income years made that scan quadratic.
final class MoneyQueryPlanTests: XCTestCase {
    private func plan(_ query: (String, [String: Int64]), in test: TestDatabase) throws -> String {
        var sql = query.0
        for (name, value) in query.1 { sql = sql.replacingOccurrences(":" + name, String(value)) }
        return try test.raw.query("EXPLAIN QUERY PLAN " + sql).map { $0.values.map { "\($0)" }.joined(separator: " ") }
            .joined(separator: "\n")
    }

    func testOneHouseholdsIncomesAndMeasuresAreReadThroughTheirIndex() throws {
        let test = try TestDatabase()
        for query in [MoneyQueries.incomesQuery(household: 7, year: nil), MoneyQueries.measuresQuery(household: 7, year: nil),
                      MoneyQueries.incomesQuery(household: 7, year: 2020)] {
            let plan = try plan(query, in: test)
            XCTAssertFalse(plan.contains("SCAN i ") || plan.contains("SCAN measures"), plan)
            XCTAssertTrue(plan.contains("USING INDEX") || plan.contains("USING COVERING INDEX"), plan)
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
