import Foundation
import XCTest

/// `visit`, `followup`, `config` and `household list --due-for-visit`, run
/// through the real binary with explicit dates (TRACKER_TODAY pins "today").
final class VisitCLITests: XCTestCase {
    private func seeded(today: String = "2020-05-11") -> TrackerRunner {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_TODAY"] = today
        XCTAssertEqual(tracker.run("seed").status, 0)
        return tracker
    }

    private func overdueIDs(_ tracker: TrackerRunner) throws -> [Int] {
        let items = try XCTUnwrap(try tracker.json("followup", "list", "--status", "overdue") as? [[String: Any]])
        return items.compactMap { $0["id"] as? Int }
    }

    func testScriptedCaseFromVisitToClosedItem() throws {
        let tracker = seeded()
        let add = tracker.run("visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-04-10",
                              "--check", "住房=不达标:屋顶漏雨", "--check", "吃=达标")
        XCTAssertEqual(add.status, 0, add.stderr)
        XCTAssertTrue(add.stdout.contains("Recorded visit #"), add.stdout)
        XCTAssertTrue(add.stdout.contains("Opened 1 rectification item"), add.stdout)
        XCTAssertTrue(add.stdout.contains("#1  safe housing  屋顶漏雨  due 2020-05-10  owner 李国珍"), add.stdout)

        let all = try XCTUnwrap(try tracker.json("followup", "list", "--status", "all") as? [[String: Any]])
        XCTAssertEqual(all.count, 1, "exactly one item: 吃=达标 opens none")
        XCTAssertEqual(all.first?["item"] as? String, "housing", "JSON gives the item's key")
        XCTAssertEqual(all.first?["due_date"] as? String, "2020-05-10")
        XCTAssertEqual(all.first?["owner"] as? String, "李国珍")
        XCTAssertEqual(all.first?["problem"] as? String, "屋顶漏雨")

        XCTAssertEqual(try overdueIDs(tracker), [1], "open past its deadline on 2020-05-11")
        let overdue = tracker.run("followup", "list", "--status", "overdue")
        XCTAssertTrue(overdue.stdout.contains("屋顶漏雨") && overdue.stdout.contains("✓"), overdue.stdout)
        tracker.environment["TRACKER_TODAY"] = "2020-05-10"
        XCTAssertEqual(try overdueIDs(tracker), [], "due today is not yet overdue")
        tracker.environment["TRACKER_TODAY"] = "2020-05-11"

        try tracker.expectFailure(["followup", "close", "1"], status: 64, message: "missing required option '--resolution")
        let close = tracker.run("followup", "close", "1", "--resolution", "已修缮", "--date", "2020-05-08")
        XCTAssertEqual(close.status, 0, close.stderr)
        XCTAssertTrue(close.stdout.contains("Closed #1"), close.stdout)
        XCTAssertEqual(try overdueIDs(tracker), [])

        let show = tracker.run("household", "show", "赵丁先")
        XCTAssertEqual(show.status, 0, show.stderr)
        let housing = try XCTUnwrap(show.stdout.split(separator: "\n").first { $0.contains("safe housing") && $0.contains("not met") })
        XCTAssertTrue(housing.contains("2020-04-10") && housing.contains("屋顶漏雨") && housing.contains("#1 closed 2020-05-08"), String(housing))
        XCTAssertTrue(show.stdout.contains("closed 2020-05-08: 已修缮"), show.stdout)
        XCTAssertTrue(show.stdout.contains("0 open"), show.stdout)
        let visits = try XCTUnwrap(show.stdout.components(separatedBy: "Visits (newest first)").last)
        XCTAssertTrue(visits.contains("2020-04-10") && visits.contains("safe housing=not met(屋顶漏雨)"), visits)
        XCTAssertLessThan(try XCTUnwrap(visits.range(of: "2020-04-10")).lowerBound, try XCTUnwrap(visits.range(of: "2020-03-23")).lowerBound)

        let document = try XCTUnwrap(try tracker.json("household", "show", "赵丁先") as? [String: Any])
        let checklist = try XCTUnwrap(document["checklist"] as? [[String: Any]])
        let housingStatus = try XCTUnwrap(checklist.first { $0["item"] as? String == "housing" })
        XCTAssertEqual(housingStatus["result"] as? String, "not_met")
        XCTAssertEqual(housingStatus["result_date"] as? String, "2020-04-10")
        XCTAssertEqual((document["rectifications"] as? [[String: Any]])?.first?["status"] as? String, "closed")

        let history = try XCTUnwrap(try tracker.json("followup", "show", "#1") as? [String: Any])
        XCTAssertEqual((history["history"] as? [[String: Any]])?.map { $0["event"] as? String }, ["opened", "closed"])
        let reopened = tracker.run("followup", "reopen", "1", "--reason", "又漏雨了")
        XCTAssertEqual(reopened.status, 0, reopened.stderr)
        XCTAssertEqual(try overdueIDs(tracker), [], "a reopened item gets a new deadline instead of being overdue at once")
    }

    func testRefusalsAreAtomicWithTheRightExitCode() throws {
        let tracker = seeded()
        let base = ["visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-04-10"]
        try tracker.expectFailure(["visit", "add", "赵丁仙", "--by", "李国珍"], status: 1, message: "no household named 赵丁仙")
        try tracker.expectFailure(["visit", "add", "赵丁先", "--by", "李国珍", "--by", "王某"], status: 1, message: "no official named 王某")
        try tracker.expectFailure(base + ["--check", "屋顶=达标"], status: 65, message: "unrecognised checklist item '屋顶'")
        try tracker.expectFailure(base + ["--check", "住房=坏"], status: 65, message: "unrecognised check result '坏'")
        try tracker.expectFailure(base + ["--check", "住房不达标"], status: 65, message: "ITEM=RESULT[:NOTE]")
        try tracker.expectFailure(base + ["--check", "住房=fail", "--check", "housing=ok"], status: 65, message: "checked twice")
        try tracker.expectFailure(base + ["--check", "住房=fail", "--due", "2020-04-09"], status: 65, message: "before the visit date")
        try tracker.expectFailure(base + ["--followup", "修屋顶", "--due", "2020-04-01"], status: 65, message: "before the visit date")
        try tracker.expectFailure(base + ["--followup", "A", "--due", "2020-05-01", "--due", "2020-05-02"], status: 64, message: "given twice")
        try tracker.expectFailure(base + ["--followup", "A", "--owner", "王某"], status: 1, message: "no official named 王某")
        try tracker.expectFailure(["visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-05-12"], status: 65, message: "in the future")
        try tracker.expectFailure(["visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-02-30"], status: 65, message: "--date")
        try tracker.expectFailure(["visit", "add", "赵丁先", "--check", "吃=ok"], status: 64, message: "missing required option '--by")
        try tracker.expectFailure(base + ["--kind", "聊天"], status: 65, message: "--kind")

        XCTAssertEqual(tracker.run(base + ["--check", "住房=fail"]).status, 0)
        try tracker.expectFailure(["followup", "close", "1", "--resolution", "已修缮", "--date", "2020-05-12"], status: 65, message: "in the future")
        try tracker.expectFailure(["followup", "close", "1", "--resolution", "已修缮", "--date", "2020-04-01"], status: 65, message: "before #1 was opened")
        try tracker.expectFailure(["followup", "close", "9", "--resolution", "已修缮"], status: 1, message: "no rectification item #9")
        try tracker.expectFailure(["followup", "close", "x", "--resolution", "已修缮"], status: 65, message: "not an item number")
        try tracker.expectFailure(["followup", "reopen", "1", "--reason", "又坏了"], status: 1, message: "still open")
        XCTAssertEqual(tracker.run("followup", "close", "1", "--resolution", "已修缮").status, 0)
        try tracker.expectFailure(["followup", "close", "1", "--resolution", "再修"], status: 1, message: "already closed")
        try tracker.expectFailure(["followup", "reopen", "1"], status: 64, message: "missing required option '--reason")
        try tracker.expectFailure(["followup", "list", "--status", "late"], status: 65, message: "--status")
        try tracker.expectFailure(["visit", "list", "--month", "2020-13"], status: 65, message: "--month")
        try tracker.expectFailure(["config", "set", "visit-interval", "weekly"], status: 65, message: "expected one of")
        try tracker.expectFailure(["config", "set", "colour", "blue"], status: 64, message: "unknown setting")
    }

    func testFailingAgainDoesNotOpenTwiceAndMetSuggestsClosing() throws {
        let tracker = seeded()
        XCTAssertEqual(tracker.run("visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-04-10", "--check", "住房=fail").status, 0)
        let again = tracker.run("visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-04-20", "--check", "housing=fail:still")
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("already open") && again.stdout.contains("#1"), again.stdout)
        XCTAssertFalse(again.stdout.contains("Opened"), again.stdout)
        let met = tracker.run("visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-05-01", "--check", "住房=达标")
        XCTAssertTrue(met.stdout.contains("may be ready to close") && met.stdout.contains("tracker followup close 1 --resolution"), met.stdout)
        XCTAssertEqual((try tracker.json("followup", "list", "--status", "all") as? [Any])?.count, 1)
    }

    func testFollowUpsPairWithTheirDueAndOwnerAndJSONReportsThem() throws {
        let tracker = seeded()
        XCTAssertEqual(tracker.run("official", "add", "王干部").status, 0)
        let result = tracker.run("visit", "add", "沈红荣", "--by", "朱家福", "--by", "王干部", "--date", "2020-04-01",
                                 "--kind", "回访", "--campaign", "两清零", "--need", "孩子看病", "--note", "n",
                                 "--check", "医疗=不达标:未签约家庭医生",
                                 "--followup", "联系扶贫车间岗位", "--due", "2020-04-15",
                                 "--followup", "落实大病保险", "--owner", "王干部", "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        XCTAssertNotNil(document["visit_id"] as? Int)
        let opened = try XCTUnwrap(document["opened"] as? [[String: Any]])
        XCTAssertEqual(opened.map { $0["problem"] as? String }, ["未签约家庭医生", "联系扶贫车间岗位", "落实大病保险"])
        XCTAssertEqual(opened.map { $0["due_date"] as? String }, ["2020-05-01", "2020-04-15", "2020-05-01"])
        XCTAssertEqual(opened.map { $0["owner"] as? String }, ["朱家福", "朱家福", "王干部"])

        let visits = try XCTUnwrap(try tracker.json("visit", "list", "--household", "沈红荣", "--month", "2020-04") as? [[String: Any]])
        XCTAssertEqual(visits.count, 1)
        XCTAssertEqual(visits.first?["officials"] as? [String], ["朱家福", "王干部"])
        XCTAssertEqual(visits.first?["requests"] as? [String], ["孩子看病"])
        XCTAssertEqual((try tracker.json("visit", "list", "--official", "王干部") as? [Any])?.count, 1)
        XCTAssertEqual((try tracker.json("visit", "list", "--month", "2020-03") as? [Any])?.count, 4)
        let owned = try XCTUnwrap(try tracker.json("followup", "list", "--owner", "王干部") as? [[String: Any]])
        XCTAssertEqual(owned.map { $0["problem"] as? String }, ["落实大病保险"])
        XCTAssertEqual((try tracker.json("followup", "list", "--village", "焦庄村") as? [Any])?.count, 0)
        XCTAssertEqual((try tracker.json("followup", "list", "--town", "丹阳街道办") as? [Any])?.count, 3)
        let csv = tracker.run("followup", "list", "--csv")
        XCTAssertTrue(csv.stdout.hasPrefix("#,Household,Item,Problem"), csv.stdout)
    }

    func testVisitWithoutChecksNeverPromptsWhenStdinIsNotATerminal() throws {
        let tracker = seeded()
        let result = tracker.run(["visit", "add", "苏记拴", "--by", "李国珍", "--date", "2020-04-02"], stdin: "fail\nfail\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "", "no question is asked")
        XCTAssertTrue(result.stdout.contains("No checklist item was recorded; give the results with --check ITEM=RESULT"),
                      result.stdout)
        XCTAssertEqual((try tracker.json("followup", "list", "--status", "all") as? [Any])?.count, 0)
        let zh = tracker.run(["visit", "add", "苏记拴", "--by", "李国珍", "--date", "2020-04-03", "--lang", "zh"], stdin: "")
        XCTAssertTrue(zh.stdout.contains("未记录排查结果；请用 --check 项目=结果 给出"), zh.stdout)
    }

    func testAnswersTypedAtATerminalAreRecorded() throws {
        let tracker = seeded()
        let result = try tracker.runOnTerminal(["visit", "add", "苏记拴", "--by", "李国珍", "--date", "2020-04-02"],
                                               typed: "ok\nok\nna\n\nfail:屋顶漏雨\nok\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("safe drinking water [ok/fail/na]: "), "the six questions: \(result.stderr)")
        XCTAssertTrue(result.stdout.contains("Opened 1 rectification item(s):"), result.stdout)
        let visits = try XCTUnwrap(try tracker.json("visit", "list", "--household", "苏记拴", "--month", "2020-04") as? [Any])
        XCTAssertEqual(visits.count, 1)
    }

    func testCtrlDBeforeTheLastItemRecordsNothing() throws {
        let tracker = seeded()
        let before = try tracker.dump()
        // Two answers, then Ctrl-D at the third question.
        let result = try tracker.runOnTerminal(["visit", "add", "苏记拴", "--by", "李国珍", "--date", "2020-04-02"],
                                               typed: "ok\nfail:漏雨\n\u{04}")
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("Error: input ended before the last checklist item; nothing was recorded."),
                      result.stderr)
        XCTAssertFalse(result.stdout.contains("Recorded visit"), result.stdout)
        XCTAssertEqual(try tracker.dump(), before, "a visit with half its answers is not recorded")
    }

    func testDueForVisitFollowsTheConfiguredInterval() throws {
        let tracker = seeded(today: "2020-04-20")
        let standard = try XCTUnwrap(try tracker.json("config", "get", "visit-interval") as? [String: Any])
        XCTAssertEqual(standard["visit-interval"] as? String, "monthly")
        // Monthly: nobody was visited in April yet, everyone was in March: all due, none overdue;
        // the oldest last visit (沈红荣, 03-20) comes first.
        let monthly = try XCTUnwrap(try tracker.json("household", "list", "--due-for-visit") as? [[String: Any]])
        XCTAssertEqual(monthly.first?["head"] as? String, "沈红荣")
        XCTAssertEqual(monthly.first?["last_visit"] as? String, "2020-03-20")
        XCTAssertEqual(monthly.map { $0["state"] as? String }, ["due", "due", "due", "due"])
        XCTAssertEqual(monthly.first?["due_by"] as? String, "2020-04-30")

        let set = tracker.run("config", "set", "visit-interval", "every:2:months")
        XCTAssertEqual(set.status, 0, set.stderr)
        XCTAssertTrue(set.stdout.contains("every:2:months"), set.stdout)
        XCTAssertEqual((try tracker.json("household", "list", "--due-for-visit") as? [Any])?.count, 0,
                       "visited in March: not due until May")
        tracker.environment["TRACKER_TODAY"] = "2020-05-25"
        XCTAssertEqual(tracker.run("visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-05-25").status, 0)
        let due = try XCTUnwrap(try tracker.json("household", "list", "--due-for-visit") as? [[String: Any]])
        XCTAssertEqual(due.map { $0["head"] as? String }, ["沈红荣", "苏记拴", "张文峰"])
        XCTAssertEqual(due.first?["state"] as? String, "overdue")
        XCTAssertEqual(due.first?["missed_deadline"] as? String, "2020-05-20")
        XCTAssertEqual(due.first?["days_overdue"] as? Int, 5)
        XCTAssertEqual(due.last?["missed_deadline"] as? String, "2020-05-23")

        XCTAssertEqual(tracker.run("config", "set", "visit-interval", "per-quarter:2").status, 0)
        let table = tracker.run("household", "list", "--due-for-visit", "--village", "焦庄村")
        XCTAssertTrue(table.stderr.contains("at least 2 visits a quarter"), table.stderr)
        XCTAssertEqual(table.stdout.split(separator: "\n").count, 2 + 3, "all three in 焦庄村 have fewer than 2 visits this quarter")
        // 赵丁先 was visited this quarter (05-25): due; the two others ended the first quarter short: overdue.
        XCTAssertTrue(table.stderr.contains("2 overdue, 1 due"), table.stderr)
        let quarter = try XCTUnwrap(try tracker.json("household", "list", "--due-for-visit", "--village", "焦庄村") as? [[String: Any]])
        XCTAssertEqual(quarter.map { $0["state"] as? String }, ["overdue", "overdue", "due"])
        XCTAssertEqual(quarter.last?["head"] as? String, "赵丁先")
        XCTAssertNil(quarter.last?["days_overdue"] as? Int, "due in the middle of the quarter, not days overdue")
        XCTAssertTrue(tracker.run("config", "get").stdout.contains("per-quarter:2"))
    }
}

final class VerificationCLITests: XCTestCase {
    func testAMetCheckAfterClosingVerifiesTheItem() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        XCTAssertEqual(tracker.run("visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-04-10", "--check", "住房=不达标:屋顶漏雨").status, 0)
        XCTAssertEqual(tracker.run("followup", "close", "1", "--resolution", "已修缮", "--date", "2020-05-08").status, 0)
        let revisit = tracker.run("visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-06-01", "--kind", "回访", "--check", "住房=达标")
        XCTAssertEqual(revisit.status, 0, revisit.stderr)
        XCTAssertTrue(revisit.stdout.contains("verified"), revisit.stdout)
        let items = try XCTUnwrap(try tracker.json("followup", "list", "--status", "all") as? [[String: Any]])
        XCTAssertEqual(items.first?["verified_on"] as? String, "2020-06-01")
        XCTAssertTrue(tracker.run("household", "show", "赵丁先").stdout.contains("(verified 2020-06-01)"))
        // A second met check does not verify it again.
        let again = tracker.run("visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-07-01", "--check", "住房=达标")
        XCTAssertFalse(again.stdout.contains("verified"), again.stdout)
    }
}
