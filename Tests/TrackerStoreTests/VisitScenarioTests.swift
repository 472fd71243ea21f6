import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

/// One household from its first recorded problem to a closed and reopened
/// rectification item, with explicit dates.
final class VisitScenarioTests: XCTestCase {
    func testFromFirstVisitToClosedItem() throws {
        let test = try TestDatabase()
        let zhao = try test.household("赵丁先")
        let li = try test.official("李国珍", unit: "菏泽开发区")
        let visits = VisitStore(test.database)
        let items = RectificationStore(test.database)

        // 2020-04-10: the roof leaks (housing not met), food is fine.
        let first = try visits.record(VisitDraft(
            household: zhao, officials: [li], date: day("2020-04-10"),
            checks: [Visit.Check(item: .housing, result: .notMet, note: "屋顶漏雨"),
                     Visit.Check(item: .food, result: .met)]), today: day("2020-04-10"))
        XCTAssertEqual(first.opened.count, 1)
        let housing = try XCTUnwrap(first.opened.first)
        XCTAssertEqual(housing.topic, .housing)
        XCTAssertEqual(housing.description, "屋顶漏雨")
        XCTAssertEqual(housing.dueDate, day("2020-05-10"))
        XCTAssertEqual(housing.openedOn, day("2020-04-10"))
        XCTAssertEqual(housing.owner?.name, "李国珍")
        XCTAssertEqual(housing.visitID, first.visitID)
        XCTAssertEqual(housing.status, .open)
        XCTAssertTrue(first.alreadyOpen.isEmpty)
        XCTAssertTrue(first.mayBeReadyToClose.isEmpty)
        XCTAssertEqual(try items.history(of: housing.id).map(\.event), [.opened])
        XCTAssertEqual(try items.history(of: housing.id).map(\.date), [day("2020-04-10")])

        // 2020-04-20: still leaking; the open item is reported, nothing new opened.
        let second = try visits.record(VisitDraft(
            household: zhao, officials: [li], date: day("2020-04-20"), kind: .returnVisit,
            checks: [Visit.Check(item: .housing, result: .notMet)]), today: day("2020-04-21"))
        XCTAssertTrue(second.opened.isEmpty)
        XCTAssertEqual(second.alreadyOpen.map(\.id), [housing.id])
        XCTAssertEqual(try test.count("rectifications"), 1)

        // The checklist as of 2020-04-20: housing not met (that day), food met.
        let status = try test.database.read { connection in
            try ChecklistQueries.status(of: zhao.id, asOf: day("2020-04-20"), in: connection)
        }
        let housingStatus = try XCTUnwrap(status.first { $0.item == .housing })
        XCTAssertEqual(housingStatus.result, .notMet)
        XCTAssertEqual(housingStatus.resultDate, day("2020-04-20"))
        XCTAssertEqual(status.first { $0.item == .food }?.result, .met)
        XCTAssertNil(status.first { $0.item == .water }?.result)

        // Overdue only after the deadline day.
        let overdue = RectificationFilter(status: .overdue)
        XCTAssertEqual(try items.list(filter: overdue, today: day("2020-05-11")).map(\.id), [housing.id])
        XCTAssertTrue(try items.list(filter: overdue, today: day("2020-05-10")).isEmpty)
        XCTAssertEqual(try items.list(filter: RectificationFilter(status: .open), today: day("2020-05-10")).map(\.id),
                       [housing.id])

        // A later visit finds the house fixed: the item stays open but is flagged.
        let third = try visits.record(VisitDraft(
            household: zhao, officials: [li], date: day("2020-05-12"),
            checks: [Visit.Check(item: .housing, result: .met)]), today: day("2020-05-12"))
        XCTAssertEqual(third.mayBeReadyToClose.map(\.id), [housing.id])
        XCTAssertEqual(try items.item(id: housing.id).status, .open)

        // Closing needs a resolution.
        try assertRefused(test, kind: .invalidInput, mentioning: "--resolution") {
            _ = try items.close(id: housing.id, resolution: "  ", on: day("2020-05-15"), today: day("2020-05-20"))
        }
        let closed = try items.close(id: housing.id, resolution: "屋顶已修缮", on: day("2020-05-15"), today: day("2020-05-20"))
        XCTAssertEqual(closed.status, .closed)
        XCTAssertEqual(closed.closedOn, day("2020-05-15"))
        XCTAssertEqual(closed.resolution, "屋顶已修缮")
        XCTAssertEqual(try items.list(filter: RectificationFilter(status: .closed), today: day("2020-05-20")).map(\.id),
                       [housing.id])
        XCTAssertTrue(try items.list(filter: RectificationFilter(status: .open), today: day("2020-05-20")).isEmpty)

        // Closing it again is refused, naming the way out.
        try assertRefused(test, kind: .refused, mentioning: "already closed") {
            _ = try items.close(id: housing.id, resolution: "again", on: day("2020-05-16"), today: day("2020-05-20"))
        }

        // The leak comes back: reopen with a reason.
        try assertRefused(test, kind: .invalidInput, mentioning: "--reason") {
            _ = try items.reopen(id: housing.id, reason: "", today: day("2020-06-01"))
        }
        let reopened = try items.reopen(id: housing.id, reason: "雨季又漏", today: day("2020-06-01"))
        XCTAssertEqual(reopened.status, .open)
        XCTAssertNil(reopened.closedOn)
        XCTAssertNil(reopened.resolution)
        let history = try items.history(of: housing.id)
        XCTAssertEqual(history.map(\.event), [.opened, .closed, .reopened])
        XCTAssertEqual(history.map(\.date), [day("2020-04-10"), day("2020-05-15"), day("2020-06-01")])
        XCTAssertEqual(history.map(\.note), [nil, "屋顶已修缮", "雨季又漏"])
        try assertRefused(test, kind: .refused, mentioning: "still open") {
            _ = try items.reopen(id: housing.id, reason: "again", today: day("2020-06-02"))
        }
    }

    func testDefaultsAndFollowUps() throws {
        let test = try TestDatabase()
        let zhao = try test.household("赵丁先")
        let li = try test.official("李国珍")
        let zhu = try test.official("朱家福")
        let outcome = try VisitStore(test.database).record(VisitDraft(
            household: zhao, officials: [li, zhu], date: day("2020-04-10"), campaign: "大走访、大排查、大整改",
            checks: [Visit.Check(item: .water, result: .notMet), Visit.Check(item: .medical, result: .notMet),
                     Visit.Check(item: .education, result: .notApplicable),
                     Visit.Check(item: .clothing, result: .unrecorded)],
            requests: ["希望安排公益岗位"],
            followUps: [FollowUpDraft("联系镇里安排公益岗位", topic: .request),
                        FollowUpDraft("复查低保", due: day("2020-04-30"), owner: li)],
            defaultDue: day("2020-06-01"), defaultOwner: zhu), today: day("2020-04-10"))
        // Failed checks in checklist order, then follow-ups in the order given.
        XCTAssertEqual(outcome.opened.map(\.topic), [.medical, .water, .request, .other])
        XCTAssertEqual(outcome.opened.map(\.description), ["基本医疗有保障 不达标", "饮水安全 不达标", "联系镇里安排公益岗位", "复查低保"])
        XCTAssertEqual(outcome.opened.map(\.dueDate), [day("2020-06-01"), day("2020-06-01"), day("2020-06-01"), day("2020-04-30")])
        XCTAssertEqual(outcome.opened.map(\.owner?.name), ["朱家福", "朱家福", "朱家福", "李国珍"])
        XCTAssertEqual(try test.count("rectification_events"), 4)

        let visit = try XCTUnwrap(VisitStore(test.database).list().first)
        XCTAssertEqual(visit.id, outcome.visitID)
        XCTAssertEqual(visit.officials.map(\.name), ["李国珍", "朱家福"])
        XCTAssertEqual(visit.checks.map(\.item), [.clothing, .education, .medical, .water])
        XCTAssertEqual(visit.requests, ["希望安排公益岗位"])
        XCTAssertEqual(visit.campaign, "大走访、大排查、大整改")
        XCTAssertEqual(visit.householdLabel?.en, "赵丁先 (焦庄村, 陈集镇)")
        XCTAssertEqual(visit.householdLabel?.zh, "赵丁先（陈集镇焦庄村）")
        let lead = try test.raw.scalarInt(
            "SELECT official_id FROM visit_officials WHERE visit_id = :visit_id AND is_lead = 1", ["visit_id": outcome.visitID])
        XCTAssertEqual(lead.map(Int64.init), li.id)
    }
}
