import Foundation
import XCTest

final class HouseholdCLITests: XCTestCase {
    func testSeededCasesShowPlaceOfficialAndVisit() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let zhao = tracker.run("household", "show", "赵丁先")
        XCTAssertEqual(zhao.status, 0, zhao.stderr)
        for fact in ["焦庄村", "陈集镇", "李国珍", "2020-03-23", "大走访、大排查、大整改"] {
            XCTAssertTrue(zhao.stdout.contains(fact), "household show 赵丁先 lacks \(fact)")
        }
        let shen = tracker.run("household", "show", "沈红荣")
        for fact in ["药王庄社区", "丹阳街道办", "朱家福", "2020-03-20", "两清零"] {
            XCTAssertTrue(shen.stdout.contains(fact), "household show 沈红荣 lacks \(fact)")
        }
    }

    func testShowJSONIsOneValidDocument() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        let document = try XCTUnwrap(try tracker.json("household", "show", "沈红荣") as? [String: Any])
        XCTAssertEqual(document["village"] as? String, "药王庄社区")
        let visits = try XCTUnwrap(document["visits"] as? [[String: Any]])
        XCTAssertEqual(visits.first?["date"] as? String, "2020-03-20")
        XCTAssertEqual(visits.first?["officials"] as? [String], ["朱家福"])
        XCTAssertEqual((document["checklist"] as? [[String: Any]])?.count, 6)
        XCTAssertEqual(((document["assignments"] as? [[String: Any]])?.first?["official"] as? [String: Any])?["name"] as? String, "朱家福")
    }

    func testAmbiguousNameListsBothAndVillagePicksOne() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        XCTAssertEqual(tracker.run("household", "add", "张文峰", "--town", "陈集镇", "--village", "李庄村").status, 0)
        let before = try tracker.dump()
        let ambiguous = tracker.run("household", "show", "张文峰")
        XCTAssertEqual(ambiguous.status, 1)
        XCTAssertTrue(ambiguous.stderr.hasPrefix("Error: household 张文峰 is ambiguous: 2 matches; add --village"), ambiguous.stderr)
        XCTAssertTrue(ambiguous.stderr.contains("焦庄村") && ambiguous.stderr.contains("李庄村"))
        XCTAssertEqual(try tracker.dump(), before)
        let picked = tracker.run("household", "show", "张文峰", "--village", "李庄村")
        XCTAssertEqual(picked.status, 0, picked.stderr)
        XCTAssertTrue(picked.stdout.contains("李庄村"))
        XCTAssertFalse(picked.stdout.contains("焦庄村"))
    }

    func testBadInputsAreRefusedWithTheRightCodeAndNothingWritten() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        try tracker.expectFailure(["household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--id-number", "372901198001011235"],
                                  status: 65, message: "bad check character: expected 6")
        try tracker.expectFailure(["household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--id-number", "37290119800101123"],
                                  status: 65, message: "--id-number")
        try tracker.expectFailure(["household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--attribute", "富裕户"],
                                  status: 65, message: "expected one of")
        try tracker.expectFailure(["household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--status", "rich"],
                                  status: 65, message: "--status")
        try tracker.expectFailure(["household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--size", "zero"],
                                  status: 65, message: "--size")
        try tracker.expectFailure(["household", "add", "王五", "--village", "焦庄村"], status: 64, message: "missing required option '--town")
        try tracker.expectFailure(["household", "show", "赵丁仙"], status: 1, message: "did you mean: 赵丁先 (焦庄村, 陈集镇)?")
        try tracker.expectFailure(["household", "show", "王五"], status: 1, message: "no household named 王五")
        try tracker.expectFailure(["household", "edit", "赵丁先"], status: 1, message: "nothing to change")
        try tracker.expectFailure(["member", "add", "赵丁先", "赵小", "--relation", "表亲"], status: 65, message: "--relation")
        try tracker.expectFailure(["member", "add", "赵丁先", "赵小", "--relation", "子女", "--birth", "2019-02-29"], status: 65, message: "--birth")
        try tracker.expectFailure(["assign", "赵丁先", "无名氏"], status: 1, message: "no official named 无名氏")
        try tracker.expectFailure(["unassign", "赵丁先", "李国珍"], status: 1, message: "not currently assigned")
        try tracker.expectFailure(["household", "show", "赵丁先", "--csv"], status: 64, message: "use --json")
    }

    func testAddEditListAndMembersEndToEnd() throws {
        let tracker = TrackerRunner()
        let id = "372901198001011236"
        let add = tracker.run("household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--code", "H001",
                              "--id-number", id, "--phone", "13812345678", "--attribute", "低保贫困户",
                              "--cause", "因病", "--cause", "缺劳动力", "--size", "3")
        XCTAssertEqual(add.status, 0, add.stderr)
        let member = tracker.run("member", "add", "H001", "王小五", "--relation", "子女", "--id-number", "372901201003040027",
                                 "--schooling", "在校", "--grade", "四年级")
        XCTAssertEqual(member.status, 0, member.stderr)
        let show = tracker.run("household", "show", "王五")
        XCTAssertTrue(show.stdout.contains("3729**********1236"), "ID numbers are masked by default")
        XCTAssertFalse(show.stdout.contains(id))
        XCTAssertTrue(show.stdout.contains("138****5678"))
        XCTAssertTrue(show.stdout.contains("illness (main), lack of labour"), show.stdout)
        XCTAssertTrue(show.stdout.contains("王小五"))
        let revealed = tracker.run("household", "show", "王五", "--reveal")
        XCTAssertTrue(revealed.stdout.contains(id))
        let log = try tracker.dump().filter { $0.hasPrefix("audit_log") && $0.contains("\"reveal\"") }
        XCTAssertEqual(log.count, 1, "a reveal is written to the audit log")
        XCTAssertTrue(log.first?.contains("测试员") == true)

        // A new household meets no rule of 脱贫 yet (LiftingCLITests): lifting it takes a reason.
        XCTAssertEqual(tracker.run("household", "edit", "H001", "--status", "已脱贫", "--lifted-year", "2020").status, 1)
        XCTAssertEqual(tracker.run("household", "edit", "H001", "--status", "已脱贫", "--lifted-year", "2020",
                                   "--override", "县里已核定").status, 0)
        let listed = try XCTUnwrap(try tracker.json("household", "list", "--status", "lifted") as? [[String: Any]])
        XCTAssertEqual(listed.map { $0["head"] as? String }, ["王五"])
        let csv = tracker.run("household", "list", "--csv")
        XCTAssertTrue(csv.stdout.hasPrefix("Code,Head,Town,Village"), csv.stdout)

        XCTAssertEqual(tracker.run("official", "add", "李国珍", "--unit", "菏泽开发区").status, 0)
        XCTAssertEqual(tracker.run("assign", "王五", "李国珍", "--from", "2020-01-01").status, 0)
        try tracker.expectFailure(["assign", "王五", "李国珍"], status: 1, message: "already assigned")
        XCTAssertEqual(tracker.run("unassign", "王五", "李国珍", "--to", "2020-06-30").status, 0)
        let history = tracker.run("household", "show", "王五").stdout
        XCTAssertTrue(history.contains("2020-01-01") && history.contains("2020-06-30"), "an ended assignment stays as history")
    }

    func testSizeComesFromTheMembersUnlessGiven() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--code", "H001").status, 0)
        func size() throws -> Int? {
            try XCTUnwrap(try tracker.json("household", "show", "H001") as? [String: Any])["size"] as? Int
        }
        XCTAssertEqual(try size(), 1, "the head is a member")
        XCTAssertEqual(tracker.run("member", "add", "H001", "王小五", "--relation", "子女").status, 0)
        XCTAssertEqual(try size(), 2)
        let list = try XCTUnwrap(try tracker.json("household", "list") as? [[String: Any]])
        XCTAssertEqual(list.first?["size"] as? Int, 2)
        XCTAssertTrue(tracker.run("household", "show", "H001", "--lang", "en").stdout.contains("Size"))
        // A size given (a roster's 家庭人口) wins over the members recorded so far.
        XCTAssertEqual(tracker.run("household", "edit", "H001", "--size", "5").status, 0)
        XCTAssertEqual(try size(), 5)
    }

    func testABadIDNumberIsShownAsTypedWithTheExpectedCheckCharacter() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        try tracker.expectFailure(["member", "add", "赵丁先", "赵小", "--relation", "子女", "--id-number", "110105194912310021"],
                                  status: 65, message: "invalid ID number '110105194912310021': bad check character: expected X, got 1")
    }

    func testTablesLineUpWithChineseText() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        let lines = tracker.run("household", "list").stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 6)
        func width(_ text: Substring) -> Int { text.reduce(0) { $0 + ($1.unicodeScalars.first!.value >= 0x1100 ? 2 : 1) } }
        // The Town column starts at the same display column on every line, whatever the width of the names before it.
        let starts = lines.enumerated().compactMap { index, line -> Int? in
            guard index != 1 else { return nil }
            let town = ["Town", "陈集镇", "丹阳街道办"].compactMap { line.range(of: $0) }.first!
            return width(line[..<town.lowerBound])
        }
        XCTAssertEqual(Set(starts).count, 1, "\(lines)")
    }
}
