import TestSupport
import XCTest

@testable import TrackerDomain
@testable import TrackerStore

/// Four households with scripted visits, assignments and rectification
/// items across February, March and April 2020, so every column of the
/// March report has a known value and April can try to disturb it.
struct MonthlyReportFixture {
    let test: TestDatabase
    let zhao: Household, su: Household, shen: Household, wang: Household
    let li: Official, zhu: Official, cadre: Official
    /// Zhao's housing item: opened in February, closed in March, reopened in April.
    let housingItem: Rectification
    /// Zhao's water item: opened in March with a deadline inside it (overdue at month end).
    let waterItem: Rectification
    /// Zhao's food item: opened in March, closed in April.
    let foodItem: Rectification
    /// Shen's food item: opened, closed and reopened within March.
    let shenFoodItem: Rectification

    static let march = YearMonth(year: 2020, month: 3)!
    static let april = YearMonth(year: 2020, month: 4)!

    init() throws {
        test = try TestDatabase()
        zhao = try test.household("赵丁先")
        su = try test.household("苏记拴")
        shen = try test.household("沈红荣", town: "丹阳街道办", village: "药王庄社区")
        wang = try test.household("王五", village: "李庄村")
        li = try test.official("李国珍")
        zhu = try test.official("朱家福")
        cadre = try test.official("王干部")

        let assignments = AssignmentStore(test.database)
        _ = try assignments.assign(li, to: zhao, role: .responsible, from: day("2020-01-01"))
        _ = try assignments.assign(zhu, to: shen, role: .pairedCadre, from: day("2020-02-01"))
        try assignments.unassign(zhu, from: shen, on: day("2020-03-15"))

        let visits = VisitStore(test.database)
        let items = RectificationStore(test.database)
        func visit(
            _ household: Household, _ date: String, by official: Official, due: String? = nil,
            _ checks: [(ChecklistItem, CheckResult)]
        ) throws -> VisitOutcome {
            try visits.record(
                VisitDraft(
                    household: household, officials: [official], date: day(date),
                    checks: checks.map { Visit.Check(item: $0.0, result: $0.1) },
                    defaultDue: due.map(day)), today: day(date))
        }
        _ = try visit(wang, "2020-01-15", by: li, [(.water, .met)])
        housingItem = try XCTUnwrap(
            try visit(zhao, "2020-02-10", by: li, [(.housing, .notMet), (.food, .met)]).opened.first)
        waterItem = try XCTUnwrap(
            try visit(
                zhao, "2020-03-05", by: li, due: "2020-03-20",
                [(.water, .notMet), (.housing, .notMet), (.clothing, .unrecorded)]
            ).opened.first)
        foodItem = try XCTUnwrap(try visit(zhao, "2020-03-23", by: li, [(.food, .notMet)]).opened.first)
        shenFoodItem = try XCTUnwrap(
            try visit(
                shen, "2020-03-20", by: zhu,
                [(.food, .notMet), (.education, .notApplicable), (.medical, .met)]
            ).opened.first)
        _ = try items.close(id: housingItem.id, resolution: "屋顶已修好", on: day("2020-03-25"), today: day("2020-03-25"))
        _ = try items.close(id: shenFoodItem.id, resolution: "送来米面", on: day("2020-03-22"), today: day("2020-03-22"))
        _ = try items.reopen(id: shenFoodItem.id, reason: "口粮又不够", today: day("2020-03-28"))
    }

    /// What April brings: a visit that fixes everything, items closed, the
    /// March closure reopened, a new household's first problem, a new official.
    func addApril() throws {
        let visits = VisitStore(test.database)
        let items = RectificationStore(test.database)
        _ = try visits.record(
            VisitDraft(
                household: zhao, officials: [li], date: day("2020-04-02"),
                checks: [
                    .init(item: .food, result: .met), .init(item: .clothing, result: .met),
                    .init(item: .housing, result: .met), .init(item: .water, result: .met),
                ]),
            today: day("2020-04-02"))
        _ = try items.close(id: waterItem.id, resolution: "接通自来水", on: day("2020-04-03"), today: day("2020-04-03"))
        _ = try items.close(id: foodItem.id, resolution: "发放口粮", on: day("2020-04-05"), today: day("2020-04-05"))
        _ = try items.reopen(id: housingItem.id, reason: "又漏雨", due: day("2020-04-20"), today: day("2020-04-10"))
        _ = try items.close(id: shenFoodItem.id, resolution: "低保兜底", on: day("2020-04-12"), today: day("2020-04-12"))
        _ = try visits.record(
            VisitDraft(
                household: su, officials: [cadre], date: day("2020-04-08"),
                checks: [.init(item: .housing, result: .notMet)]), today: day("2020-04-08"))
        _ = try AssignmentStore(test.database).assign(cadre, to: zhao, role: .responsible, from: day("2020-04-05"))
    }

    func report(_ month: YearMonth, _ scope: HouseholdFilter = HouseholdFilter()) throws -> MonthlyReport {
        try ReportStore(test.database).monthly(month, scope: scope)
    }
}
