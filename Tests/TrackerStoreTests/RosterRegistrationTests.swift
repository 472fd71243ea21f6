import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

/// The roster's registration column (建档日期 / 识别时间 / registered): data
/// the import keeps, never the day of the import.
final class RosterRegistrationTests: XCTestCase {
    typealias F = RosterFixtures

    private func run(_ roster: String, in test: TestDatabase) throws -> RosterImportPlan {
        try RosterImporter(test.database, today: F.today).run(Array(roster.utf8))
    }

    private func registration(_ code: String, in test: TestDatabase) throws -> CalendarDate? {
        try HouseholdStore(test.database).resolve(code).registeredOn
    }

    func testARosterWithoutTheColumnLeavesRegistrationUnknownNotToday() throws {
        let test = try TestDatabase()
        _ = try RosterImporter(test.database, today: F.today).run(F.bytes())
        XCTAssertNil(try registration("HZ001", in: test))
        XCTAssertNil(try registration("HZ002", in: test))
    }

    func testEveryHeaderSpellingAndBothLayoutsAreRead() throws {
        for header in ["建档日期", "识别时间", "registered"] {
            let test = try TestDatabase()
            _ = try run("户编号,乡镇,村,姓名,与户主关系,\(header)\nHZ001,陈集镇,焦庄村,赵丁先,户主,2016-03\n"
                        + "HZ002,陈集镇,焦庄村,苏记拴,户主,2015-11-20\nHZ003,陈集镇,焦庄村,张文峰,户主,2014/7/9\n"
                        + "HZ004,陈集镇,焦庄村,王五,户主,\n", in: test)
            XCTAssertEqual(try registration("HZ001", in: test), CalendarDate(year: 2016, month: 3, day: 1), header)
            XCTAssertEqual(try registration("HZ002", in: test), CalendarDate(year: 2015, month: 11, day: 20), header)
            XCTAssertEqual(try registration("HZ003", in: test), CalendarDate(year: 2014, month: 7, day: 9), header)
            XCTAssertNil(try registration("HZ004", in: test), "a blank cell is unknown")
        }
    }

    func testBadAndFutureRegistrationsAreProblemsAndNothingIsImported() throws {
        let test = try TestDatabase()
        let roster = "户编号,乡镇,村,姓名,与户主关系,建档日期\nHZ001,陈集镇,焦庄村,赵丁先,户主,2016-13\n"
            + "HZ002,陈集镇,焦庄村,苏记拴,户主,\(F.today.adding(days: 1))\nHZ003,陈集镇,焦庄村,张文峰,户主,去年\n"
        XCTAssertThrowsError(try run(roster, in: test)) { error in
            let details = (error as! TrackerError).details
            XCTAssertEqual(details.count, 3, "\(details)")
            XCTAssertTrue(details[0].hasPrefix("line 2, 建档日期:"), details[0])
            XCTAssertTrue(details[1].contains("between 1978 and today"), details[1])
            XCTAssertTrue(details[2].contains("YYYY-MM"), details[2])
        }
        XCTAssertEqual(try test.count("households"), 0)
    }

    func testAReimportSetsTheRegistrationAndABlankCellKeepsIt() throws {
        let test = try TestDatabase()
        _ = try run("户编号,乡镇,村,姓名,与户主关系\nHZ001,陈集镇,焦庄村,赵丁先,户主\n", in: test)
        let plan = try run("户编号,乡镇,村,姓名,与户主关系,建档日期\nHZ001,陈集镇,焦庄村,赵丁先,户主,2016-03-05\n", in: test)
        XCTAssertEqual(plan.householdsToUpdate.first?.columns, [.registered])
        XCTAssertEqual(try registration("HZ001", in: test), CalendarDate(year: 2016, month: 3, day: 5))
        let again = try run("户编号,乡镇,村,姓名,与户主关系,建档日期\nHZ001,陈集镇,焦庄村,赵丁先,户主,\n", in: test)
        XCTAssertEqual(again.householdsUnchanged, 1)
        XCTAssertEqual(try registration("HZ001", in: test), CalendarDate(year: 2016, month: 3, day: 5))
    }

    func testARegistrationAfterARecordedVisitIsAProblem() throws {
        let test = try TestDatabase()
        _ = try run("户编号,乡镇,村,姓名,与户主关系\nHZ001,陈集镇,焦庄村,赵丁先,户主\n", in: test)
        let household = try HouseholdStore(test.database).resolve("HZ001")
        let official = try OfficialStore(test.database).add(name: "李国珍", unit: nil, title: nil, phone: nil)
        _ = try VisitStore(test.database).record(
            VisitDraft(household: household, officials: [official], date: CalendarDate(year: 2020, month: 3, day: 23)!),
            today: F.today)
        XCTAssertThrowsError(try run("户编号,乡镇,村,姓名,与户主关系,建档日期\nHZ001,陈集镇,焦庄村,赵丁先,户主,2020-04\n", in: test)) { error in
            XCTAssertTrue((error as! TrackerError).details.first?.contains("has a visit on 2020-03-23") == true,
                          "\((error as! TrackerError).details)")
        }
        XCTAssertNil(try registration("HZ001", in: test))
    }
}
