import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

/// Issue 12 item 6: marking a household 已脱贫 checks the rules of 脱贫,
/// and `override` lifts it anyway with the reason in the audit log.
final class LiftingTests: XCTestCase {
    let today = CalendarDate(year: 2020, month: 5, day: 20)!

    private var lift: HouseholdFields {
        var fields = HouseholdFields()
        fields.status = .lifted
        fields.liftedYear = 2020
        return fields
    }

    /// A household meeting every rule: all six items met or not applicable,
    /// 2019 per-capita income exactly at the 2019 line.
    private func eligible(_ test: TestDatabase) throws -> Household {
        let household = try HouseholdStore(test.database).add(fields(name: "沈红荣"))
        let official = try OfficialStore(test.database).add(name: "朱家福", unit: nil, title: nil, phone: nil)
        let checks = ChecklistItem.allCases.map { Visit.Check(item: $0, result: $0 == .education ? .notApplicable : .met) }
        _ = try VisitStore(test.database).record(
            VisitDraft(household: household, officials: [official], date: CalendarDate(year: 2020, month: 3, day: 20)!,
                       checks: checks), today: today)
        _ = try PovertyLineStore(test.database).set(year: 2019, amount: Money(fen: 321_800))
        _ = try IncomeStore(test.database).add(household: household, year: 2019, wage: Money(fen: 200_000),
                                               transfer: Money(fen: 443_600), size: 2)
        return household
    }

    func testAHouseholdMeetingEveryRuleIsLiftedAndAnIncomeExactlyAtTheLineMeetsIt() throws {
        let test = try TestDatabase()
        let household = try eligible(test)
        XCTAssertEqual(try HouseholdStore(test.database).liftBlockers(of: household, today: today), [])
        let lifted = try HouseholdStore(test.database).edit(household, lift, from: nil, today: today).household
        XCTAssertEqual(lifted.status, .lifted)
        XCTAssertEqual(try test.count("lift_overrides"), 0, "nothing to override")
    }

    func testABareHouseholdIsRefusedListingEveryBlockerAndNothingIsWritten() throws {
        let test = try TestDatabase()
        let household = try HouseholdStore(test.database).add(fields(name: "赵丁先"))
        let before = try test.dump()
        XCTAssertThrowsError(try HouseholdStore(test.database).edit(household, lift, from: nil, today: today).household) { error in
            let error = error as! TrackerError
            XCTAssertEqual(error.kind, .refused)
            XCTAssertTrue(error.message.en.contains("7 rules for lifting are not met"), error.message.en)
            XCTAssertTrue(error.message.en.contains("--override"), error.message.en)
            XCTAssertEqual(error.details.count, 7, "six unchecked items and no 2019 income: \(error.details)")
            XCTAssertTrue(error.details.last?.contains("no income recorded for 2019") == true, "\(error.details)")
            XCTAssertTrue(error.details(in: .zh).last?.contains("未登记 2019 年收入") == true, "\(error.details(in: .zh))")
        }
        XCTAssertEqual(try test.dump(), before)
    }

    func testAnOpenItemAFailedItemAndIncomeBelowTheLineEachBlock() throws {
        let test = try TestDatabase()
        let household = try eligible(test)
        let official = try OfficialStore(test.database).resolve("朱家福")
        _ = try VisitStore(test.database).record(
            VisitDraft(household: household, officials: [official], date: CalendarDate(year: 2020, month: 4, day: 10)!,
                       checks: [Visit.Check(item: .housing, result: .notMet, note: "屋顶漏雨")]), today: today)
        _ = try IncomeStore(test.database).add(household: household, year: 2019, wage: Money(fen: 200_000),
                                               transfer: Money(fen: 443_598), size: 2)
        let blockers = try HouseholdStore(test.database).liftBlockers(of: household, today: today)
        XCTAssertEqual(blockers.count, 3, "\(blockers)")
        guard case .openRectification(let item, overdue: true) = blockers[0] else { return XCTFail("\(blockers[0])") }
        XCTAssertEqual(item.description, "屋顶漏雨")
        XCTAssertEqual(blockers[1], .checklistItem(.housing, result: .notMet))
        XCTAssertEqual(blockers[2], .incomeBelowLine(year: 2019, perCapita: Money(fen: 321_799), line: Money(fen: 321_800)))
        XCTAssertThrowsError(try HouseholdStore(test.database).edit(household, lift, from: nil, today: today).household)
    }

    func testAnOverrideLiftsAnywayAndRecordsTheReasonAndBlockersInTheAuditLog() throws {
        let test = try TestDatabase(operatorName: "王会计")
        let household = try HouseholdStore(test.database).add(fields(name: "赵丁先"))
        let lifted = try HouseholdStore(test.database).edit(household, lift, from: nil, today: today, override: "县扶贫办 2020-05-18 核定").household
        XCTAssertEqual(lifted.status, .lifted)
        let row = try XCTUnwrap(test.raw.query(
            "SELECT operator, new_values FROM audit_log WHERE table_name = 'lift_overrides'").first)
        XCTAssertEqual(row[0].string, "王会计")
        let values = row[1].string ?? ""
        XCTAssertTrue(values.contains("县扶贫办 2020-05-18 核定"), values)
        XCTAssertTrue(values.contains("no income recorded for 2019"), values)
        XCTAssertTrue(values.contains("2020-05-20"), values)
    }

    func testOverrideIsRefusedWithoutALiftOrWithoutAReason() throws {
        let test = try TestDatabase()
        let household = try HouseholdStore(test.database).add(fields(name: "赵丁先"))
        var phone = HouseholdFields()
        phone.phone = "13812345678"
        XCTAssertThrowsError(try HouseholdStore(test.database).edit(household, phone, from: nil, today: today, override: "因为")) { error in
            XCTAssertEqual((error as! TrackerError).kind, .invalidInput)
        }
        XCTAssertThrowsError(try HouseholdStore(test.database).edit(household, lift, from: nil, today: today, override: "  ")) { error in
            XCTAssertEqual((error as! TrackerError).kind, .invalidInput)
        }
        XCTAssertEqual(try HouseholdStore(test.database).household(id: household.id).status, .notLifted)
    }

    func testTheOneComparisonWithTheLine() {
        XCTAssertEqual(LineStanding(Money(fen: 321_800), line: Money(fen: 321_800)), .atOrAbove, "exactly at the line 达到 it")
        XCTAssertEqual(LineStanding(Money(fen: 321_799), line: Money(fen: 321_800)), .below)
        XCTAssertEqual(LineStanding.atOrAbove.label(in: .zh), "达到")
        XCTAssertEqual(LineStanding.below.label(in: .zh), "未达到")
    }
}
