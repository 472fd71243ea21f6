import Foundation
import TestSupport
import XCTest

/// The lists that drive monitoring work (issue 14, item 3), the notice to
/// post (item 4) and how regions choose a threshold.
final class MonitoringListsCLITests: XCTestCase {
    func testNoticeShowsNoIDNumberPhoneBankAccountOrHealth() throws {
        let tracker = TrackerRunner()
        let headID = IDFixtures.id(birth: "19700101", sequence: 11)
        let childID = IDFixtures.id(birth: "20100304", sequence: 22)
        tracker.ok(on: "2021-03-01", "household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--code", "H001",
                   "--id-number", headID, "--phone", "13812345678")
        tracker.ok(on: "2021-03-01", "member", "add", "H001", "王小五", "--relation", "子女", "--id-number", childID, "--health", "患有大病")
        tracker.ok(on: "2021-03-01", "member", "edit", "H001", "王五", "--health", "残疾")
        tracker.ok(on: "2021-03-01", "household", "add", "赵六", "--town", "陈集镇", "--village", "焦庄村", "--code", "H002",
                   "--phone", "0530-5556677")
        for code in ["H001", "H002"] {
            tracker.ok(on: "2021-03-01", "monitor", "open", code, "--kind", "突发严重困难户", "--risk", "因病", "--risk", "因残")
            tracker.ok(on: "2021-03-02", "monitor", "step", code, "入户核实", "--by", "王干部", "--consent")
            tracker.ok(on: "2021-03-02", "monitor", "step", code, "信息比对", "--by", "镇民政办")
        }
        tracker.ok(on: "2021-03-03", "monitor", "step", "H001", "村级评议", "--by", "村民代表会议", "--votes-for", "9", "--votes-against", "0")
        let secrets = [headID, childID, "13812345678", "0530-5556677"]
        for language in ["zh", "en"] {
            let file = tracker.folder + "/notice-\(language).txt"
            tracker.ok(on: "2021-03-04", "monitor", "notice", "--village", "焦庄村", "--out", file, "--lang", language)
            let notice = try String(contentsOfFile: file, encoding: .utf8)
            XCTAssertTrue(notice.contains("王五") && notice.contains("2021-03-04") && notice.contains("2021-03-08"), notice)
            XCTAssertFalse(notice.contains("赵六"), "only cases whose review passed and whose notice is next:\n\(notice)")
            for secret in secrets { XCTAssertFalse(notice.contains(secret), "the notice shows \(secret):\n\(notice)") }
            for health in ["患有大病", "残疾", "长期慢性病", "serious illness", "disabled", "chronic"] {
                XCTAssertFalse(notice.contains(health), "the notice shows health status \(health):\n\(notice)")
            }
            // No run of seven or more digits at all: no ID number, phone or bank account.
            XCTAssertNil(notice.range(of: "[0-9]{7,}", options: .regularExpression), notice)
        }
        XCTAssertEqual(tracker.run("monitor", "notice", "--village", "焦庄村", "--out", tracker.folder + "/notice-zh.txt").status, 1,
                       "an existing file is kept without --force")
    }

    func testScreenListsWhatCallsForMonitoring() throws {
        let tracker = TrackerRunner()
        tracker.addMonitoringHousehold()
        tracker.ok(on: "2021-01-04", "household", "add", "李四", "--town", "陈集镇", "--village", "焦庄村", "--code", "H002",
                   "--status", "已脱贫", "--size", "2")
        tracker.ok(on: "2021-01-04", "household", "add", "赵六", "--town", "陈集镇", "--village", "焦庄村", "--code", "H003")
        // H002: lifted, its 2020 income (4,000 a person) below the 2020 threshold.
        tracker.ok(on: "2021-01-04", "threshold", "set", "--year", "2020", "5000")
        tracker.ok(on: "2021-01-04", "income", "add", "H002", "--year", "2020", "--wage", "8000", "--size", "2")
        tracker.ok(on: "2021-01-04", "income", "add", "H001", "--year", "2020", "--wage", "30000", "--size", "3")
        // H003: a failing check open for more than 30 days.
        tracker.ok(on: "2021-01-05", "visit", "add", "H003", "--by", "王干部", "--date", "2021-01-05", "--check", "饮水=不达标:水质差")
        // H001: monitored with a risk no measure answers.
        tracker.ok(on: "2021-01-10", "monitor", "open", "H001", "--kind", "脱贫不稳定户", "--risk", "因学", "--clue-date", "2021-01-10")
        let steps: [[String]] = [["入户核实", "--consent", "--date", "2021-01-10"], ["信息比对", "--date", "2021-01-10"],
                                 ["村级评议", "--votes-for", "5", "--votes-against", "0", "--date", "2021-01-10"],
                                 ["公示", "--notice-from", "2021-01-11", "--notice-to", "2021-01-15"], ["乡镇审核", "--date", "2021-01-16"],
                                 ["县级审定", "--date", "2021-01-17"], ["录入", "--date", "2021-01-18"]]
        for step in steps {
            tracker.environment["TRACKER_TODAY"] = "2021-01-20"
            XCTAssertEqual(tracker.run(["monitor", "step", "H001", step[0], "--by", "经办人"] + step.dropFirst()).status, 0)
        }
        tracker.ok(on: "2021-01-20", "monitor", "confirm", "H001")
        tracker.environment["TRACKER_TODAY"] = "2021-02-15"
        let hits = try XCTUnwrap(try tracker.json("monitor", "screen", "--year", "2020") as? [[String: Any]])
        let found = Set(hits.map { "\(($0["household"] as? String ?? "").prefix(2)) \($0["reason"] as? String ?? "")" })
        XCTAssertEqual(found, ["李四 below_threshold", "王五 unanswered_risk", "赵六 failing_item"])
        let offer = try XCTUnwrap(hits.first { $0["reason"] as? String == "failing_item" }?["suggestion"] as? String)
        XCTAssertEqual(offer, "tracker monitor open H003 --item 1 --kind KIND --risk drinking_water")
        // Taking the offer opens a case on the item's date.
        tracker.ok(on: "2021-02-15", "monitor", "open", "H003", "--item", "1", "--kind", "边缘易致贫户", "--risk", "drinking_water")
        let overdue = try XCTUnwrap(try tracker.json("monitor", "list", "--overdue") as? [[String: Any]])
        XCTAssertEqual(overdue.map { $0["id"] as? Int }, [2], "its clue of 2021-01-05 is over 15 days old")
        let due = try XCTUnwrap(try tracker.json("monitor", "due-for-removal") as? [[String: Any]])
        XCTAssertTrue(due.isEmpty)
    }

    func testTheRegionSettingChoosesTheThreshold() throws {
        let tracker = TrackerRunner()
        tracker.ok(on: "2025-06-01", "household", "add", "王五", "--town", "某镇", "--village", "某村", "--county", "某县", "--code", "H001",
                   "--status", "已脱贫", "--size", "1")
        tracker.ok(on: "2025-06-01", "income", "add", "H001", "--year", "2025", "--wage", "8650", "--size", "1")
        tracker.environment["TRACKER_TODAY"] = "2025-06-01"
        // National 2021 example (6,000) applies: not below.
        XCTAssertEqual((try tracker.json("monitor", "screen", "--year", "2025") as? [Any])?.count, 0)
        tracker.ok(on: "2025-06-01", "config", "set", "region", "云南省")
        XCTAssertEqual((try tracker.json("monitor", "screen", "--year", "2025") as? [Any])?.count, 1, "Yunnan's 8,700")
        tracker.ok(on: "2025-06-01", "threshold", "set", "--year", "2024", "--region", "某县", "8000")
        XCTAssertEqual((try tracker.json("monitor", "screen", "--year", "2025") as? [Any])?.count, 1,
                       "the latest year first: the county's 2024 figure does not override the region's 2025")
        tracker.ok(on: "2025-06-01", "threshold", "set", "--year", "2025", "--region", "某县", "8600")
        XCTAssertEqual((try tracker.json("monitor", "screen", "--year", "2025") as? [Any])?.count, 0, "the county's own figure")
        let settings = try XCTUnwrap(try tracker.json("config", "get") as? [String: Any])
        XCTAssertEqual(settings["region"] as? String, "云南省")
        try tracker.expectFailure(["config", "set", "region", "  "], status: 65, message: "region must name")
    }
}
