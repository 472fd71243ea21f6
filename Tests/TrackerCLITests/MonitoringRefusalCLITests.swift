import Foundation
import XCTest

/// Every rule of 防止返贫监测 refuses in one line naming the fix, with the
/// right exit code, and leaves the database as it was.
final class MonitoringRefusalCLITests: XCTestCase {
    private func failure(_ tracker: TrackerRunner, on day: String, _ arguments: [String], status: Int32, message: String,
                         file: StaticString = #filePath, line: UInt = #line) throws {
        tracker.environment["TRACKER_TODAY"] = day
        try tracker.expectFailure(arguments, status: status, message: message, file: file, line: line)
    }

    /// A case opened on 2021-03-05 for H001, with steps up to `through` done.
    private func openedCase(through steps: Int = 0) -> TrackerRunner {
        let tracker = TrackerRunner()
        tracker.addMonitoringHousehold()
        tracker.ok(on: "2021-03-05", "monitor", "open", "H001", "--kind", "边缘易致贫户", "--risk", "因病",
                  "--clue-date", "2021-03-05", "--source", "农户自主申报")
        let all: [[String]] = [
            ["入户核实", "--consent", "--date", "2021-03-05"], ["信息比对", "--date", "2021-03-06"],
            ["村级评议", "--votes-for", "9", "--votes-against", "1", "--date", "2021-03-07"],
            ["公示", "--notice-from", "2021-03-08", "--notice-to", "2021-03-12"], ["乡镇审核", "--date", "2021-03-13"],
            ["县级审定", "--date", "2021-03-14"], ["录入", "--date", "2021-03-15"],
        ]
        for step in all.prefix(steps) {
            tracker.environment["TRACKER_TODAY"] = "2021-03-15"
            let result = tracker.run(["monitor", "step", "1", step[0], "--by", "经办人"] + step.dropFirst())
            XCTAssertEqual(result.status, 0, "\(step): \(result.stderr)")
        }
        return tracker
    }

    func testOpeningRefusals() throws {
        let tracker = openedCase()
        try failure(tracker, on: "2021-03-06", ["monitor", "open", "H001", "--kind", "边缘易致贫户", "--risk", "因病"],
                    status: 1, message: "already has open monitoring case #1")
        tracker.ok(on: "2021-03-06", "household", "add", "李四", "--town", "陈集镇", "--village", "焦庄村", "--code", "H002")
        try failure(tracker, on: "2021-03-06", ["monitor", "open", "H002", "--kind", "边缘易致贫户"], status: 64, message: "--risk")
        try failure(tracker, on: "2021-03-06", ["monitor", "open", "H002", "--kind", "边缘易致贫户", "--risk", "因病", "--risk", "因学",
                                                "--risk", "因残", "--risk", "缺劳动力", "--risk", "因意外事故", "--risk", "其他"],
                    status: 65, message: "at most 5 risks")
        try failure(tracker, on: "2021-03-06", ["monitor", "open", "H002", "--kind", "贫困户", "--risk", "因病"], status: 65, message: "--kind")
        try failure(tracker, on: "2021-03-06", ["monitor", "open", "H002", "--kind", "边缘易致贫户", "--risk", "因穷"], status: 65, message: "--risk")
        try failure(tracker, on: "2021-03-06", ["monitor", "open", "H002", "--kind", "边缘易致贫户", "--risk", "因病", "--clue-date", "2021-04-01"],
                    status: 65, message: "after today")
        tracker.ok(on: "2021-03-06", "visit", "add", "H001", "--by", "王干部", "--date", "2021-03-06", "--check", "住房=不达标:漏雨")
        try failure(tracker, on: "2021-03-06", ["monitor", "open", "H002", "--item", "1", "--kind", "边缘易致贫户", "--risk", "因病"],
                    status: 1, message: "belongs to 王五")
        try failure(tracker, on: "2021-03-06", ["monitor", "show", "H002"], status: 1, message: "has no monitoring case")
        try failure(tracker, on: "2021-03-06", ["monitor", "show", "#9"], status: 1, message: "no household named #9")
    }

    func testStepsHappenInOrderAndOnce() throws {
        let tracker = openedCase(through: 2)
        try failure(tracker, on: "2021-03-15", ["monitor", "step", "1", "公示", "--by", "村委会", "--notice-from", "2021-03-08", "--notice-to", "2021-03-12"],
                    status: 1, message: "steps happen in order: case #1's next step is 3 village review")
        try failure(tracker, on: "2021-03-15", ["monitor", "step", "1", "信息比对", "--by", "镇民政办"], status: 1, message: "already recorded on 2021-03-06")
        try failure(tracker, on: "2021-03-15", ["monitor", "step", "1", "村级评议", "--by", "村民代表会议", "--votes-for", "9", "--votes-against", "1",
                                                "--date", "2021-03-05"], status: 1, message: "before step 2 data comparison")
        try failure(tracker, on: "2021-03-15", ["monitor", "step", "1", "村级评议", "--by", "村民代表会议", "--votes-for", "9", "--votes-against", "1",
                                                "--date", "2021-03-16"], status: 65, message: "after today")
        try failure(tracker, on: "2021-03-15", ["monitor", "step", "1", "村级评议", "--by", "村民代表会议"], status: 65, message: "--votes-for N --votes-against N")
        try failure(tracker, on: "2021-03-15", ["monitor", "step", "1", "村级评议", "--by", "村民代表会议", "--votes-for", "3", "--votes-against", "5"],
                    status: 1, message: "did not pass: 3 for, 5 against; record it with --outcome failed")
        try failure(tracker, on: "2021-03-15", ["monitor", "step", "1", "评议", "--by", "会议", "--votes-for", "3", "--votes-against", "5", "--consent"],
                    status: 65, message: "--consent goes with step 1")
        try failure(tracker, on: "2021-03-15", ["monitor", "step", "1", "第八步", "--by", "会议"], status: 65, message: "--step")
        try failure(tracker, on: "2021-03-15", ["monitor", "confirm", "1"], status: 1, message: "step 3 village review")
        try failure(tracker, on: "2021-03-15", ["monitor", "propose-removal", "1", "--method", "帮扶消除"], status: 1, message: "it is identifying")
    }

    func testConfirmationIsNotDatedBeforeTheEntryStep() throws {
        let tracker = openedCase(through: 7)
        try failure(tracker, on: "2021-03-16", ["monitor", "confirm", "1", "--date", "2021-03-14"], status: 1,
                    message: "--date 2021-03-14 is before the entry into the system (2021-03-15); give a later date")
    }

    func testHomeCheckNeedsSignedConsent() throws {
        let tracker = openedCase()
        try failure(tracker, on: "2021-03-05", ["monitor", "step", "1", "入户核实", "--by", "王干部"], status: 1, message: "add --consent once it is signed")
    }

    func testNoticeLastsAtLeastFiveDays() throws {
        let tracker = openedCase(through: 3)
        try failure(tracker, on: "2021-03-15", ["monitor", "step", "1", "公示", "--by", "村委会", "--notice-from", "2021-03-08", "--notice-to", "2021-03-11"],
                    status: 1, message: "lasts at least 5 days; 2021-03-08 to 2021-03-11 is 4: let it run until 2021-03-12")
        try failure(tracker, on: "2021-03-15", ["monitor", "step", "1", "公示", "--by", "村委会"], status: 65, message: "--notice-from")
        try failure(tracker, on: "2021-03-10", ["monitor", "step", "1", "公示", "--by", "村委会", "--notice-from", "2021-03-08", "--notice-to", "2021-03-12"],
                    status: 65, message: "after today")
        try failure(tracker, on: "2021-03-15", ["monitor", "step", "1", "公示", "--by", "村委会", "--notice-from", "2021-03-06", "--notice-to", "2021-03-12"],
                    status: 1, message: "before the step before it")
        // The notice to post refuses a short window too, and --json.
        try failure(tracker, on: "2021-03-08", ["monitor", "notice", "--village", "焦庄村", "--out", tracker.folder + "/n.txt", "--to", "2021-03-10"],
                    status: 1, message: "give --to 2021-03-12 or later")
        try failure(tracker, on: "2021-03-08", ["monitor", "notice", "--village", "焦庄村", "--out", tracker.folder + "/n.txt", "--json"],
                    status: 64, message: "text file")
        try failure(tracker, on: "2021-03-08", ["monitor", "notice", "--village", "李庄村", "--out", tracker.folder + "/n.txt"],
                    status: 1, message: "no household lives in a village named 李庄村")
        XCTAssertFalse(FileManager.default.fileExists(atPath: tracker.folder + "/n.txt"))
    }

    func testDecisionDueWithinFifteenDaysOfTheClue() throws {
        let tracker = openedCase(through: 5)
        try failure(tracker, on: "2021-03-25", ["monitor", "step", "1", "县级审定", "--by", "县乡村振兴局"], status: 1,
                    message: "due within 15 days of the clue (2021-03-05, so by 2021-03-20); 2021-03-25 is 5 days late: give --late-reason")
        try failure(tracker, on: "2021-03-25", ["monitor", "step", "1", "县级审定", "--by", "县乡村振兴局", "--date", "2021-03-19", "--late-reason", "x"],
                    status: 65, message: "leave it out")
        tracker.environment["TRACKER_TODAY"] = "2021-03-25"
        var overdue = try XCTUnwrap(try tracker.json("monitor", "list", "--overdue") as? [[String: Any]])
        XCTAssertEqual(overdue.first?["overdue"] as? [String], ["decision_late"])
        tracker.ok(on: "2021-03-25", "monitor", "step", "1", "县级审定", "--by", "县乡村振兴局", "--late-reason", "外出务工未能联系")
        overdue = try XCTUnwrap(try tracker.json("monitor", "list", "--overdue") as? [[String: Any]])
        XCTAssertTrue(overdue.isEmpty, "decided: no longer overdue")
    }

    func testAFailedStepDismissesTheCase() throws {
        let tracker = openedCase(through: 2)
        tracker.ok(on: "2021-03-15", "monitor", "step", "1", "村级评议", "--by", "村民代表会议", "--votes-for", "2",
                  "--votes-against", "8", "--outcome", "未通过")
        tracker.environment["TRACKER_TODAY"] = "2021-03-15"
        let shown = try XCTUnwrap(try tracker.json("monitor", "show", "1") as? [String: Any])
        XCTAssertEqual(shown["state"] as? String, "dismissed")
        try failure(tracker, on: "2021-03-15", ["monitor", "step", "1", "公示", "--by", "村委会"], status: 1, message: "it is dismissed")
        // A new clue may open a new case.
        tracker.ok(on: "2021-03-16", "monitor", "open", "H001", "--kind", "突发严重困难户", "--risk", "因意外事故")
    }

    func testMeasuresMustAnswerTheCasesRisks() throws {
        let tracker = openedCase(through: 7)
        tracker.ok(on: "2021-03-16", "monitor", "confirm", "1")
        try failure(tracker, on: "2021-03-16", ["monitor", "measure", "1", "--risk", "因病", "--kind", "教育帮扶", "--note", "助学金"],
                    status: 1, message: "does not answer the risk 'illness'; measures that do: health, social assistance")
        try failure(tracker, on: "2021-03-16", ["monitor", "measure", "1", "--risk", "因学", "--kind", "教育帮扶", "--note", "助学金"],
                    status: 1, message: "has no risk 'schooling costs'")
        try failure(tracker, on: "2021-03-16", ["monitor", "measure", "1", "--risk", "因病", "--kind", "社会帮扶", "--note", "  "],
                    status: 65, message: "--note")
        tracker.ok(on: "2021-03-16", "monitor", "measure", "1", "--risk", "因病", "--kind", "社会帮扶", "--note", "慈善救助")
        let measures = try XCTUnwrap(try tracker.json("measure", "list", "H001") as? [[String: Any]])
        XCTAssertEqual(measures.first?["kind"] as? String, "social_assistance", "a measure of the household's year too")
    }

    func testRemovalIsRefusedWithEveryUnmetCondition() throws {
        let tracker = openedCase(through: 7)
        tracker.ok(on: "2021-03-16", "monitor", "confirm", "1")
        tracker.ok(on: "2021-03-16", "member", "edit", "H001", "王五", "--labour", "丧失劳动力")
        tracker.ok(on: "2021-03-16", "monitor", "income", "H001", "--month", "2021-02", "--net", "1000")
        tracker.ok(on: "2021-03-16", "visit", "add", "H001", "--by", "王干部", "--date", "2021-03-16", "--check", "住房=不达标:墙体开裂")
        tracker.environment["TRACKER_TODAY"] = "2021-03-20"
        let result = tracker.run("monitor", "propose-removal", "1", "--method", "自然消除")
        XCTAssertEqual(result.status, 1, result.stderr)
        for condition in ["monitored under 6 months (since 2021-03-16; removable from 2021-09-16)",
                          "risk 'illness' has no measure that answers it",
                          "no income recorded for 2020-09, 2020-10, 2020-11, 2020-12, 2021-01 of the last 6 months",
                          "income in 2021-02 is 4000.00 a person over a year, below the 6000.00 threshold",
                          "safe housing was not met at its latest check", "basic medical care has no recorded result",
                          "no member is able to work: the household stays monitored"] {
            XCTAssertTrue(result.stderr.contains(condition), "missing «\(condition)» in:\n\(result.stderr)")
        }
        XCTAssertTrue(result.stderr.hasPrefix("Error: the risk of case #1"), result.stderr)
        let shown = try XCTUnwrap(try tracker.json("monitor", "show", "1") as? [String: Any])
        XCTAssertEqual((shown["removal_blockers"] as? [[String: Any]])?.compactMap { $0["condition"] as? String },
                       ["under_six_months", "unanswered_risk", "income_missing", "income_below_threshold", "not_secure",
                        "not_secure", "not_secure", "not_secure", "no_able_bodied_member"])
        try failure(tracker, on: "2021-03-20", ["monitor", "remove", "1"], status: 1, message: "propose its removal first")
        try failure(tracker, on: "2021-03-20", ["monitor", "take-back", "1", "--reason", "x"], status: 1, message: "cannot take back case #1: it is monitored")
        try failure(tracker, on: "2021-03-20", ["monitor", "reflag", "1", "--reason", "x"], status: 1, message: "cannot flag again case #1")
    }

    func testThresholdsAreDataWithExamples() throws {
        let tracker = TrackerRunner()
        tracker.run("init")
        var thresholds = try XCTUnwrap(try tracker.json("threshold", "list") as? [[String: Any]])
        XCTAssertEqual(thresholds.map { "\($0["year"]!) \($0["region"]!) \($0["amount"]!) \($0["example"]!)" },
                       ["2021 national 6000.00 1", "2025 云南省 8700.00 1", "2025 兰州新区 8600.00 1"])
        XCTAssertEqual(tracker.run("threshold", "set", "--year", "2025", "--region", "云南省", "8800").status, 0)
        thresholds = try XCTUnwrap(try tracker.json("threshold", "list") as? [[String: Any]])
        XCTAssertEqual(thresholds[1]["amount"] as? String, "8800.00")
        XCTAssertEqual(thresholds[1]["example"] as? Bool, false, "a local figure replaces the example")
        try tracker.expectFailure(["threshold", "set", "--year", "2025", "0"], status: 65, message: "more than zero")
        try tracker.expectFailure(["threshold", "set", "--year", "1990", "6000"], status: 65, message: "--year")
        try tracker.expectFailure(["threshold", "set", "--year", "2025", "六千"], status: 65, message: "--amount")
        XCTAssertEqual(tracker.run("check").status, 0, "the shipped examples are in the audit trail")
    }
}
