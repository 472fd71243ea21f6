import PostgresKit
import PostgresTestSupport
import SQLCore
import TestSupport
import TrackerDomain
import XCTest
@testable import TrackerStore

/// Recording a visit (`visit add`: the visit, its officials, checks and
/// requests, the rectification items it opens, finds already open or may
/// close) runs unchanged on both engines through `SQLConnection`, with the
/// same outcome and the same audit rows (issue 16, item 4).
final class VisitStoreOnBothTests: PostgresTestCase {
    func testTheSameVisitsGiveTheSameOutcomesAndAuditRowsOnBothEngines() throws {
        let (sqlite, postgres) = try HouseholdStoreOnBothTests.filled(self)
        let official = Official(id: 1, name: "王会计", unit: "县财政局")
        let today = CalendarDate.parse("2024-12-31")!

        func drafts(_ connection: any SQLConnection) throws -> [VisitDraft] {
            let household = try HouseholdStore.household(id: 1, in: connection)
            let unchecked = [
                VisitDraft(household: household, officials: [official], date: CalendarDate.parse("2024-07-01")!,
                           checks: [.init(item: .housing, result: .notMet), .init(item: .water, result: .notMet, note: "井水浑浊"),
                                    .init(item: .food, result: .met)],
                           requests: ["修水管"], findings: "water", followUps: [FollowUpDraft("送医保材料")]),
                VisitDraft(household: household, officials: [official], date: CalendarDate.parse("2024-08-01")!,
                           checks: [.init(item: .water, result: .met)]),
            ]
            return try unchecked.map { draft throws(TrackerError) in try VisitRules.validated(draft, today: today) }
        }
        let before = try sqlite.count("audit_log")
        XCTAssertEqual(try postgres.scalarInt("SELECT count(*) FROM audit_log"), before)

        var sqliteOutcomes: [VisitOutcome] = []
        for draft in try drafts(sqlite.database.sqlConnection) {
            sqliteOutcomes.append(try sqlite.database.write { connection in
                try VisitStore.record(draft, source: nil, in: connection)
            })
        }
        var postgresOutcomes: [VisitOutcome] = []
        for draft in try drafts(postgres) {
            postgresOutcomes.append(try postgres.writeTransaction {
                try postgres.run("SELECT set_config('tracker.operator', 'tester', true)")
                return try VisitStore.record(draft, source: nil, in: postgres)
            })
        }
        XCTAssertEqual(postgresOutcomes, sqliteOutcomes)
        XCTAssertEqual(sqliteOutcomes[0].opened.map(\.topic), [.water, .other], "the failed check, then the follow-up")
        XCTAssertEqual(sqliteOutcomes[0].alreadyOpen.map(\.topic), [.housing])
        XCTAssertEqual(sqliteOutcomes[1].mayBeReadyToClose.map(\.topic), [.water])

        let query = """
            SELECT id, operator, action, table_name, row_id, household_id, old_values, new_values
            FROM audit_log WHERE id > :before ORDER BY id
            """
        let sqliteRows = try sqlite.raw.query(query, ["before": before]).map { $0.values.map(\.string) }
        let postgresRows = try postgres.query(query, ["before": before]).map { $0.values.map { $0.string } }
        XCTAssertGreaterThan(sqliteRows.count, 10)
        XCTAssertEqual(postgresRows, sqliteRows)
    }
}
