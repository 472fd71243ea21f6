import Foundation
import XCTest

/// 防止返贫监测 (issue 14): a case from a visit's failing check to removal
/// and take-back, and every refusal of its rules.
private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

final class MonitoringCLITests: XCTestCase {
    /// The monthly report's rows, by header, for `month`.
    private func report(_ tracker: TrackerRunner, _ month: String) -> [[String: String]] {
        let csv = tracker.run("report", "monthly", "--month", month, "--lang", "en").stdout
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = lines[0].components(separatedBy: ",")
        return lines.dropFirst().map { line in
            Dictionary(header.indices.map { (header[$0], Self.cells(line)[safe: $0] ?? "") }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The cells of a CSV line (quoted cells may hold commas).
    static func cells(_ line: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false
        for character in line {
            switch (character, quoted) {
            case ("\"", _): quoted.toggle()
            case (",", false): cells.append(cell); cell = ""
            default: cell.append(character)
            }
        }
        return cells + [cell]
    }

    private func statusInReport(_ tracker: TrackerRunner, _ month: String) -> String? {
        report(tracker, month).first { $0["Code"] == "H001" }?["Status"]
    }

    func testScriptedCaseFromFailingCheckToTakeBack() throws {
        let tracker = TrackerRunner()
        tracker.addMonitoringHousehold()
        // A visit's failing check is the clue.
        tracker.ok(on: "2021-03-05", "visit", "add", "H001", "--by", "王干部", "--date", "2021-03-05",
           "--check", "医疗=不达标:大病自付过高", "--check", "住房=达标", "--check", "饮水=达标", "--check", "教育=不适用")
        let opened = tracker.ok(on: "2021-03-06", "monitor", "open", "H001", "--item", "1", "--kind", "脱贫不稳定户",
                        "--risk", "因病", "--risk", "因务工就业不稳")
        XCTAssertTrue(opened.contains("case #1") && opened.contains("2021-03-20"), opened)
        var shown = try XCTUnwrap(try tracker.json("monitor", "show", "1") as? [String: Any])
        XCTAssertEqual(shown["clue_on"] as? String, "2021-03-05", "the item's date is the clue's")
        XCTAssertEqual(shown["source"] as? String, "cadre_screening")
        XCTAssertEqual(shown["rectification_id"] as? Int, 1)

        tracker.ok(on: "2021-03-06", "monitor", "step", "1", "入户核实", "--by", "王干部", "--consent")
        tracker.ok(on: "2021-03-07", "monitor", "step", "1", "信息比对", "--by", "镇民政办")
        tracker.ok(on: "2021-03-08", "monitor", "step", "1", "村级评议", "--by", "村民代表会议", "--votes-for", "15", "--votes-against", "2")
        tracker.ok(on: "2021-03-13", "monitor", "step", "1", "公示", "--by", "村委会", "--notice-from", "2021-03-09", "--notice-to", "2021-03-13")
        tracker.ok(on: "2021-03-14", "monitor", "step", "1", "乡镇审核", "--by", "陈集镇人民政府")
        tracker.ok(on: "2021-03-16", "monitor", "step", "1", "县级审定", "--by", "县乡村振兴局")
        tracker.ok(on: "2021-03-17", "monitor", "step", "1", "录入", "--by", "县乡村振兴局")
        tracker.ok(on: "2021-03-18", "monitor", "confirm", "1")
        XCTAssertEqual(statusInReport(tracker, "2021-02"), "lifted", "before the case")
        XCTAssertEqual(statusInReport(tracker, "2021-03"), "monitored")

        tracker.ok(on: "2021-03-20", "monitor", "measure", "1", "--risk", "因病", "--kind", "健康帮扶", "--note", "大病救助", "--amount", "3000")
        tracker.ok(on: "2021-03-20", "monitor", "measure", "1", "--risk", "因务工就业不稳", "--kind", "公益岗位", "--note", "村保洁员")
        tracker.ok(on: "2021-04-01", "followup", "close", "1", "--resolution", "大病保险报销", "--date", "2021-04-01")
        for month in 3...8 {
            tracker.ok(on: "2021-09-01", "monitor", "income", "H001", "--month", "2021-0\(month)", "--net", "2000")
        }
        tracker.ok(on: "2021-09-01", "visit", "add", "H001", "--by", "王干部", "--date", "2021-09-01",
           "--check", "医疗=达标", "--check", "住房=达标", "--check", "饮水=达标", "--check", "教育=不适用")
        XCTAssertEqual(statusInReport(tracker, "2021-08"), "monitored")

        // Six months after confirmation, every condition holds.
        tracker.environment["TRACKER_TODAY"] = "2021-09-20"
        let due = try XCTUnwrap(try tracker.json("monitor", "due-for-removal") as? [[String: Any]])
        XCTAssertEqual(due.map { $0["id"] as? Int }, [1])
        tracker.ok(on: "2021-09-20", "monitor", "propose-removal", "1", "--method", "帮扶消除")
        tracker.ok(on: "2021-09-21", "monitor", "step", "1", "入户核实", "--by", "王干部")
        tracker.ok(on: "2021-09-21", "monitor", "step", "1", "信息比对", "--by", "镇民政办")
        tracker.ok(on: "2021-09-22", "monitor", "step", "1", "村级评议", "--by", "村民代表会议", "--votes-for", "14", "--votes-against", "0")
        tracker.ok(on: "2021-09-27", "monitor", "step", "1", "公示", "--by", "村委会", "--notice-from", "2021-09-23", "--notice-to", "2021-09-27")
        tracker.ok(on: "2021-09-28", "monitor", "step", "1", "乡镇审核", "--by", "陈集镇人民政府")
        tracker.ok(on: "2021-09-29", "monitor", "step", "1", "县级审定", "--by", "县乡村振兴局")
        tracker.ok(on: "2021-09-29", "monitor", "step", "1", "录入", "--by", "县乡村振兴局")
        let removed = tracker.ok(on: "2021-09-30", "monitor", "remove", "1")
        XCTAssertTrue(removed.contains("removed"), removed)
        XCTAssertEqual(statusInReport(tracker, "2021-09"), "lifted", "back to the status before the case")

        tracker.ok(on: "2021-10-15", "monitor", "take-back", "1", "--reason", "复核发现收入不稳")
        shown = try XCTUnwrap(try tracker.json("monitor", "show", "1") as? [String: Any])
        XCTAssertEqual(shown["state"] as? String, "monitored")
        XCTAssertEqual((shown["events"] as? [[String: Any]])?.map { $0["event"] as? String },
                       ["opened", "confirmed", "removal_proposed", "removed", "taken_back"])
        tracker.environment["TRACKER_TODAY"] = "2021-11-01"
        XCTAssertEqual(statusInReport(tracker, "2021-10"), "monitored")
        // Each month's report as it stood: every month again, from the same data.
        let expected = ["2021-02": "lifted", "2021-03": "monitored", "2021-06": "monitored", "2021-08": "monitored",
                        "2021-09": "lifted", "2021-10": "monitored"]
        for (month, status) in expected { XCTAssertEqual(statusInReport(tracker, month), status, month) }
        let household = try XCTUnwrap(try tracker.json("household", "show", "H001") as? [String: Any])
        XCTAssertEqual(household["status"] as? String, "monitored")
        XCTAssertEqual(household["monitoring_kind"] as? String, "unstable")
        XCTAssertEqual(tracker.run("check").status, 0, "the audit trail replays onto the new tables")

        // The monitoring columns, after the columns earlier reports had.
        let march = try XCTUnwrap(report(tracker, "2021-03").first { $0["Code"] == "H001" })
        XCTAssertEqual(march["Monitoring kind"], "unstable after lifting")
        XCTAssertEqual(march["Risks"], "illness; unstable work")
        XCTAssertEqual(march["Monitoring case"], "monitored")
        XCTAssertEqual(march["Identified this month"], "1")
        XCTAssertEqual(march["Risk removed this month"], "0")
        let september = try XCTUnwrap(report(tracker, "2021-09").first { $0["Code"] == "H001" })
        XCTAssertEqual(september["Monitoring kind"], "", "no longer monitored at month end")
        XCTAssertEqual(september["Risk removed this month"], "1")
        XCTAssertEqual(september["Monitoring case"], "removed")
        let summaries = try XCTUnwrap(try tracker.json("report", "summary", "--month", "2021-03") as? [[String: Any]])
        let total = try XCTUnwrap(summaries.last)
        XCTAssertEqual(total["monitored"] as? Int, 1)
        XCTAssertEqual(total["identified"] as? Int, 1)
        XCTAssertEqual(total["open_cases"] as? Int, 1)
        let octoberTotal = try XCTUnwrap((try tracker.json("report", "summary", "--month", "2021-09") as? [[String: Any]])?.last)
        XCTAssertEqual(octoberTotal["removed"] as? Int, 1)
        XCTAssertEqual(octoberTotal["open_cases"] as? Int, 0)
        let page = tracker.folder + "/page.html"
        XCTAssertEqual(tracker.run("report", "page", "--month", "2021-10", "--out", page).status, 0)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        XCTAssertTrue(html.contains("id=\"monitoring\" data-list=\"monitoring\" data-count=\"1\""), html)
        XCTAssertTrue(html.contains("data-stage=\"monitored\""), html)
    }
}
