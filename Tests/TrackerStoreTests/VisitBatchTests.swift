import TestSupport
import XCTest

@testable import TrackerDomain
@testable import TrackerStore

/// `VisitStore.recordBatch` records many visits in one transaction with
/// exactly the rules of `record`: the same refusals, and all or nothing.
final class VisitBatchTests: XCTestCase {
    var test: TestDatabase!
    var zhao: Household!
    var li: Official!

    override func setUpWithError() throws {
        test = try TestDatabase()
        zhao = try test.household("赵丁先")
        li = try test.official("李国珍")
    }

    func draft(_ date: String, _ checks: [Visit.Check] = []) -> VisitDraft {
        VisitDraft(household: zhao, officials: [li], date: day(date), checks: checks)
    }

    func testBatchRecordsInOrderAndLaterVisitsSeeEarlierItems() throws {
        let outcomes = try VisitStore(test.database).recordBatch(
            [
                draft("2020-04-01", [Visit.Check(item: .housing, result: .notMet)]),
                draft("2020-04-05", [Visit.Check(item: .housing, result: .notMet)]),
                draft("2020-04-09", [Visit.Check(item: .housing, result: .met)]),
            ], today: day("2020-04-10"))
        XCTAssertEqual(outcomes.map(\.opened.count), [1, 0, 0])
        XCTAssertEqual(outcomes[1].alreadyOpen.map(\.id), outcomes[0].opened.map(\.id))
        XCTAssertEqual(outcomes[2].mayBeReadyToClose.map(\.id), outcomes[0].opened.map(\.id))
        XCTAssertEqual(try test.count("visits"), 3)
        XCTAssertEqual(try test.count("rectifications"), 1)
        // Audit rows as for three separate records: a visit row each, plus official and check rows.
        XCTAssertEqual(
            try test.raw.scalarInt(
                "SELECT count(*) FROM audit_log WHERE table_name = 'visits' AND operator = 'tester'"), 3)
    }

    /// Each draft that `record` refuses is refused by `recordBatch` with the
    /// same kind and message, and the good drafts before it are not written.
    func testBatchRefusesWhatRecordRefuses() throws {
        let today = day("2020-04-10")
        var noOfficials = draft("2020-04-02")
        noOfficials.officials = []
        var twice = draft("2020-04-02")
        twice.officials = [li, li]
        var earlyDue = draft("2020-04-02", [Visit.Check(item: .water, result: .notMet)])
        earlyDue.defaultDue = day("2020-04-01")
        var emptyNeed = draft("2020-04-02")
        emptyNeed.requests = ["  "]
        let refused = [
            draft("2020-04-11"),
            draft("2020-04-02", [Visit.Check(item: .food, result: .met), Visit.Check(item: .food, result: .notMet)]),
            noOfficials, twice, earlyDue, emptyNeed,
        ]
        for bad in refused {
            var single: TrackerError?
            do { _ = try VisitStore(test.database).record(bad, today: today) } catch { single = error }
            let expected = try XCTUnwrap(single, "record accepted \(bad)")
            try assertRefused(test, kind: expected.kind, mentioning: expected.message.en) {
                _ = try VisitStore(test.database).recordBatch([draft("2020-04-01"), bad], today: today)
            }
        }
    }

    /// A failure found only while writing (here an official who is not in
    /// the database) rolls back the visits already written in the batch.
    func testFailureWhileWritingRollsBackTheWholeBatch() throws {
        var ghost = draft("2020-04-03")
        ghost.officials = [Official(id: 99_999, name: "无此人")]
        let before = try test.dump()
        XCTAssertThrowsError(
            try VisitStore(test.database).recordBatch(
                [draft("2020-04-01"), ghost],
                today: day("2020-04-10")))
        XCTAssertEqual(try test.dump(), before)
        // The connection is usable afterwards.
        XCTAssertEqual(
            try VisitStore(test.database).recordBatch([draft("2020-04-01")], today: day("2020-04-10")).count, 1)
    }

    /// Store calls inside `TrackerDatabase.batch` keep their own refusals: a
    /// caught refusal leaves the rest of the batch to commit.
    func testBatchKeepsStoreRulesForCaughtRefusals() throws {
        try test.database.batch {
            _ = try VisitStore(test.database).record(draft("2020-04-01"), today: day("2020-04-10"))
            XCTAssertThrowsError(try VisitStore(test.database).record(draft("2020-04-11"), today: day("2020-04-10")))
            _ = try VisitStore(test.database).record(draft("2020-04-02"), today: day("2020-04-10"))
        }
        XCTAssertEqual(try test.count("visits"), 2)
    }
}
