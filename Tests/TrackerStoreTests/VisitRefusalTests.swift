import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

/// Every refused visit or closing leaves the database exactly as it was.
final class VisitRefusalTests: XCTestCase {
    var test: TestDatabase!
    var zhao: Household!
    var li: Official!

    override func setUpWithError() throws {
        test = try TestDatabase()
        zhao = try test.household("赵丁先")
        li = try test.official("李国珍")
    }

    func draft(date: String = "2020-04-10", checks: [Visit.Check] = []) -> VisitDraft {
        VisitDraft(household: zhao, officials: [li], date: day(date), checks: checks)
    }

    func testFutureDateIsRefused() throws {
        try assertRefused(test, kind: .invalidInput, mentioning: "in the future") {
            _ = try VisitStore(test.database).record(draft(date: "2020-04-11"), today: day("2020-04-10"))
        }
    }

    func testSameItemTwiceIsRefused() throws {
        let checks = [Visit.Check(item: .housing, result: .notMet), Visit.Check(item: .food, result: .met),
                      Visit.Check(item: .housing, result: .met)]
        try assertRefused(test, kind: .invalidInput, mentioning: "checked twice") {
            _ = try VisitStore(test.database).record(draft(checks: checks), today: day("2020-04-10"))
        }
    }

    func testDueBeforeVisitDateIsRefused() throws {
        var withDefault = draft(checks: [Visit.Check(item: .housing, result: .notMet)])
        withDefault.defaultDue = day("2020-04-09")
        try assertRefused(test, kind: .invalidInput, mentioning: "before the visit date") {
            _ = try VisitStore(test.database).record(withDefault, today: day("2020-04-10"))
        }
        var withFollowUp = draft()
        withFollowUp.followUps = [FollowUpDraft("修屋顶", due: day("2020-04-01"))]
        try assertRefused(test, kind: .invalidInput, mentioning: "before the visit date") {
            _ = try VisitStore(test.database).record(withFollowUp, today: day("2020-04-10"))
        }
        // The visit day itself is a valid deadline.
        withFollowUp.followUps = [FollowUpDraft("修屋顶", due: day("2020-04-10"))]
        XCTAssertEqual(try VisitStore(test.database).record(withFollowUp, today: day("2020-04-10")).opened.count, 1)
    }

    func testNoOfficialsAndDuplicateOfficialsAreRefused() throws {
        var none = draft()
        none.officials = []
        try assertRefused(test, kind: .invalidInput, mentioning: "at least one official") {
            _ = try VisitStore(test.database).record(none, today: day("2020-04-10"))
        }
        var twice = draft()
        twice.officials = [li, li]
        try assertRefused(test, kind: .invalidInput, mentioning: "named twice") {
            _ = try VisitStore(test.database).record(twice, today: day("2020-04-10"))
        }
    }

    func testTextRulesAndBlankFollowUpsAreRefused() throws {
        var long = draft()
        long.note = String(repeating: "漏", count: TextRules.maximumNoteLength + 1)
        try assertRefused(test, kind: .invalidInput, mentioning: "--note") {
            _ = try VisitStore(test.database).record(long, today: day("2020-04-10"))
        }
        var blank = draft()
        blank.followUps = [FollowUpDraft(" ")]
        try assertRefused(test, kind: .invalidInput, mentioning: "--followup") {
            _ = try VisitStore(test.database).record(blank, today: day("2020-04-10"))
        }
        var checklistTopic = draft()
        checklistTopic.followUps = [FollowUpDraft("修屋顶", topic: .housing)]
        try assertRefused(test, kind: .invalidInput, mentioning: "--check housing=fail") {
            _ = try VisitStore(test.database).record(checklistTopic, today: day("2020-04-10"))
        }
        var control = draft()
        control.requests = ["bell\u{7}"]
        try assertRefused(test, kind: .invalidInput, mentioning: "--need") {
            _ = try VisitStore(test.database).record(control, today: day("2020-04-10"))
        }
    }

    func testClosingRefusals() throws {
        let outcome = try VisitStore(test.database).record(
            draft(checks: [Visit.Check(item: .housing, result: .notMet)]), today: day("2020-04-10"))
        let id = try XCTUnwrap(outcome.opened.first?.id)
        let items = RectificationStore(test.database)
        try assertRefused(test, kind: .invalidInput, mentioning: "--resolution") {
            _ = try items.close(id: id, resolution: "", on: day("2020-04-20"), today: day("2020-04-20"))
        }
        try assertRefused(test, kind: .invalidInput, mentioning: "in the future") {
            _ = try items.close(id: id, resolution: "修好了", on: day("2020-04-21"), today: day("2020-04-20"))
        }
        try assertRefused(test, kind: .invalidInput, mentioning: "before #\(id) was opened") {
            _ = try items.close(id: id, resolution: "修好了", on: day("2020-04-09"), today: day("2020-04-20"))
        }
        try assertRefused(test, kind: .notFound, mentioning: "no rectification item #999") {
            _ = try items.close(id: 999, resolution: "修好了", on: day("2020-04-20"), today: day("2020-04-20"))
        }
        _ = try items.close(id: id, resolution: "修好了", on: day("2020-04-20"), today: day("2020-04-20"))
        try assertRefused(test, kind: .refused, mentioning: "already closed") {
            _ = try items.close(id: id, resolution: "又修了", on: day("2020-04-20"), today: day("2020-04-20"))
        }
    }

    func testReopenIsRefusedWhileAnotherItemIsOpenForTheSameChecklistItem() throws {
        let visits = VisitStore(test.database)
        let items = RectificationStore(test.database)
        let first = try visits.record(draft(checks: [Visit.Check(item: .housing, result: .notMet)]), today: day("2020-04-10"))
        let firstID = try XCTUnwrap(first.opened.first?.id)
        _ = try items.close(id: firstID, resolution: "修好了", on: day("2020-04-15"), today: day("2020-04-15"))
        let second = try visits.record(draft(date: "2020-04-20", checks: [Visit.Check(item: .housing, result: .notMet)]),
                                       today: day("2020-04-20"))
        let secondID = try XCTUnwrap(second.opened.first?.id)
        XCTAssertNotEqual(firstID, secondID)
        try assertRefused(test, kind: .refused, mentioning: "#\(secondID) open") {
            _ = try items.reopen(id: firstID, reason: "又漏了", today: day("2020-04-21"))
        }
    }
}
