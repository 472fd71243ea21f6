import CountyGenerator
import Foundation
import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

/// `checklist_history` (migration 0015): the triggers keep it equal to the
/// checklist results of counted visits whatever changes them, and `tracker
/// check` notices a hand edit to it.
final class ChecklistHistoryTests: XCTestCase {
    private func county() throws -> TestDatabase {
        let test = try TestDatabase()
        _ = try CountyBuilder(test.database, options: .init(households: 12, seed: 20, months: 6)).build()
        return test
    }

    private static let definition = """
        SELECT v.household_id, c.item, v.visit_date, v.id, c.result
        FROM checklist_results c JOIN visits v ON v.id = c.visit_id WHERE v.voided_on IS NULL
        ORDER BY 4, 2
        """

    private func assertMatchesDefinition(_ test: TestDatabase, file: StaticString = #filePath, line: UInt = #line) throws {
        let derived = try test.raw.query(
            "SELECT household_id, item, visit_date, visit_id, result FROM checklist_history ORDER BY visit_id, item")
        let expected = try test.raw.query(Self.definition)
        XCTAssertEqual(derived, expected, file: file, line: line)
        XCTAssertNil(try firstDifference(test), file: file, line: line)
    }

    private func firstDifference(_ test: TestDatabase) throws -> DerivedTableDifference? {
        try MaintenanceStore(test.database).check().derivedDifferences.first
    }

    func testFilledByTheCountyAndTheSeed() throws {
        let test = try county()
        XCTAssertGreaterThan(try test.count("checklist_history"), 20)
        try assertMatchesDefinition(test)

        let seeded = try TestDatabase()
        _ = try SeedLoader(seeded.database).load()
        XCTAssertEqual(try seeded.count("checklist_history"), try seeded.count("checklist_results"))
        try assertMatchesDefinition(seeded)
    }

    /// Every way a result or its visit changes, done in SQL so that no store code helps.
    func testTriggersFollowEveryChangeToResultsAndVisits() throws {
        let test = try county()
        let visit = try XCTUnwrap(test.raw.scalarInt(
            "SELECT visit_id FROM checklist_results GROUP BY visit_id HAVING count(*) >= 2 ORDER BY visit_id LIMIT 1"))
        let other = try XCTUnwrap(test.raw.scalarInt(
            "SELECT id FROM households WHERE id <> (SELECT household_id FROM visits WHERE id = \(visit)) LIMIT 1"))
        let steps = [
            "UPDATE checklist_results SET result = CASE result WHEN 'met' THEN 'not_met' ELSE 'met' END WHERE visit_id = \(visit)",
            "UPDATE visits SET visit_date = '2019-01-02' WHERE id = \(visit)",
            "UPDATE visits SET household_id = \(other) WHERE id = \(visit)",
            "UPDATE visits SET voided_on = '2021-01-10', void_reason = 'entered twice' WHERE id = \(visit)",
            "UPDATE visits SET voided_on = NULL, void_reason = NULL WHERE id = \(visit)",
            "DELETE FROM checklist_results WHERE id = (SELECT min(id) FROM checklist_results WHERE visit_id = \(visit))",
            "INSERT INTO checklist_results (visit_id, item, result) SELECT \(visit), 'water', 'unrecorded' WHERE NOT EXISTS (SELECT 1 FROM checklist_results WHERE visit_id = \(visit) AND item = 'water')",
            "DELETE FROM visits WHERE id = \(visit)",
        ]
        for step in steps {
            try test.raw.execute(step)
            try assertMatchesDefinition(test)
        }
    }

    func testCheckNamesAHandEditToTheDerivedTable() throws {
        let tamperings: [(sql: String, says: String)] = [
            ("UPDATE checklist_history SET result = 'not_met' WHERE visit_id = %d AND result <> 'not_met'", "holds"),
            ("DELETE FROM checklist_history WHERE visit_id = %d", "lacks the result the visit recorded"),
            ("INSERT INTO checklist_history SELECT household_id, 'water', visit_date, visit_id, 'met' FROM checklist_history WHERE visit_id = %d LIMIT 1",
             "holds a result no counted visit recorded"),
        ]
        for tampering in tamperings {
            let test = try county()
            let visit = try XCTUnwrap(test.raw.scalarInt(
                """
                SELECT visit_id FROM checklist_history x WHERE result = 'met'
                  AND NOT EXISTS (SELECT 1 FROM checklist_results c WHERE c.visit_id = x.visit_id AND c.item = 'water')
                ORDER BY visit_id LIMIT 1 OFFSET 3
                """))
            try test.raw.execute(tampering.sql.replacingOccurrences(of: "%d", with: String(visit)))
            let difference = try XCTUnwrap(firstDifference(test), tampering.sql)
            XCTAssertEqual(difference.table, "checklist_history")
            XCTAssertTrue(difference.text.en.contains(tampering.says), difference.text.en)
            XCTAssertTrue(difference.text.en.contains("visit \(visit) "), difference.text.en)
            XCTAssertFalse(try MaintenanceStore(test.database).check().isSound)
        }
    }
}
