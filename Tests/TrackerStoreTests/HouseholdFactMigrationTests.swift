import Foundation
import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

/// The migration that dates household facts keeps every existing value:
/// what a household held before it becomes a fact since its record began.
final class HouseholdFactMigrationTests: XCTestCase {
    func testExistingHouseholdsKeepTheirValuesAsFactsSinceTheStart() throws {
        let temporary = TemporaryFolder(prefix: "tracker-facts")
        let folder = temporary.path
        let path = folder + "/old.db"
        do {
            let connection = try RawDatabase(path: path)
            let before = Array(RawDatabase.migrationNames.prefix { !$0.hasSuffix("_case_history") })
            XCTAssertLessThan(before.count, RawDatabase.migrationNames.count, "the facts migration is shipped")
            try connection.migrate(before)
            try connection.run("INSERT INTO places (id, kind, name, parent_id) VALUES (1, 'town', '陈集镇', NULL), (2, 'village', '焦庄村', 1)")
            try connection.run("""
                INSERT INTO households (id, code, head_name, village_id, attribute, status, lifted_year, size)
                VALUES (7, 'H7', '赵丁先', 2, 'dibao', 'lifted', 2019, 4)
                """)
            try connection.run("INSERT INTO members (household_id, name, relation) VALUES (7, '赵丁先', 'head')")
        }
        let database = try TrackerDatabase.open(path: path, operatorName: "t")
        let store = HouseholdStore(database)
        let household = try store.household(id: 7)
        XCTAssertEqual(household.status, .lifted)
        XCTAssertEqual(household.liftedYear, 2019)
        XCTAssertEqual(household.attribute, .dibao)
        XCTAssertEqual(household.size, 4)
        XCTAssertEqual(household.place.village, "焦庄村")

        let history = try store.caseFile(of: household, today: CalendarDate.parse("2020-05-20")!).history
        XCTAssertEqual(history.map(\.kind), [.status, .attribute, .village, .size, .head])
        XCTAssertTrue(history.allSatisfy { $0.validFrom == nil }, "migrated facts hold since the record began")
        XCTAssertEqual(history[0].status, .lifted)
        XCTAssertEqual(history[0].liftedYear, 2019)
        XCTAssertEqual(history[1].attribute, .dibao)
        XCTAssertEqual(history[2].place?.village, "焦庄村")
        XCTAssertEqual(history[3].size, 4)
        XCTAssertEqual(history[4].headName, "赵丁先")
        XCTAssertNotNil(try RawDatabase(database).scalarInt(
            "SELECT head_member_id FROM household_facts WHERE household_id = 7 AND fact = 'head'"))

        // Every report month sees the migrated values.
        let report = try ReportStore(database).monthly(try YearMonth("2019-01"))
        XCTAssertEqual(report.rows.first?.status, .lifted)
        XCTAssertEqual(report.rows.first?.size, 4)
    }

    func testAChangeWrittenStraightToTheTableBecomesAFactOfItsDay() throws {
        let test = try TestDatabase()
        var fields = HouseholdFields()
        fields.headName = "苏记拴"
        fields.town = "陈集镇"
        fields.village = "焦庄村"
        let household = try HouseholdStore(test.database).add(fields)
        XCTAssertEqual(try test.count("household_facts"), 0, "a new household has no dated fact until one changes")
        // As a roster import does: no dated fact of its own.
        try test.database.writeRaw { connection in
            try connection.run("UPDATE households SET status = 'lifted', lifted_year = 2020 WHERE id = :id", ["id": household.id])
        }
        let dated = try test.raw.query(
            "SELECT status, valid_from IS NOT NULL FROM household_facts WHERE household_id = :id AND fact = 'status' ORDER BY id",
            ["id": household.id])
        XCTAssertEqual(dated.map { $0[0].string }, ["not_lifted", "lifted"])
        XCTAssertEqual(dated.last?[1].int, 1)
        XCTAssertEqual(dated.first?[1].int, 0, "the value before the change holds since the record began")
        XCTAssertEqual(try test.count("household_facts"), 2, "only the kind that changed has facts")
    }

    func testAReportReadsTheColumnsOfAHouseholdThatNeverChangedAndTheFirstValueOfOneThatDid() throws {
        let test = try TestDatabase()
        var fields = HouseholdFields()
        fields.headName = "苏记拴"
        fields.town = "陈集镇"
        fields.village = "焦庄村"
        fields.attribute = .dibao
        fields.size = 3
        let store = HouseholdStore(test.database)
        let household = try store.add(fields)
        let today = CalendarDate.parse("2020-05-20")!
        var change = HouseholdFields()
        change.attribute = .general
        change.size = 2
        _ = try store.edit(household, change, from: CalendarDate.parse("2020-04-15")!, today: today)
        let reports = ReportStore(test.database)
        let march = try XCTUnwrap(try reports.monthly(try YearMonth("2020-03")).rows.first)
        XCTAssertEqual(march.attribute, .dibao)
        XCTAssertEqual(march.size, 3)
        XCTAssertEqual(march.status, .notLifted, "a kind that never changed reads its column")
        let april = try XCTUnwrap(try reports.monthly(try YearMonth("2020-04")).rows.first)
        XCTAssertEqual(april.attribute, .general)
        XCTAssertEqual(april.size, 2)
        // A member leaving in May lowers the given size from June.
        let member = try MemberStore(test.database).add(MemberFields(name: "苏小红", relation: .child), to: household)
        _ = try MemberStore(test.database).remove(member, reason: .marriedOut, on: CalendarDate.parse("2020-05-10")!,
                                                  note: nil, today: today)
        XCTAssertEqual(try reports.monthly(try YearMonth("2020-05")).rows.first?.size, 2)
        XCTAssertEqual(try reports.monthly(try YearMonth("2020-06")).rows.first?.size, 1)
        let current = try store.household(id: household.id)
        XCTAssertEqual(current.attribute, .general)
        XCTAssertEqual(current.status, .notLifted)
        XCTAssertEqual(current.size, 2, "June's size is not yet today's")
    }
}
