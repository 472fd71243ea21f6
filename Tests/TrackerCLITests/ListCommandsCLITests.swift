import Foundation
import XCTest

/// `config list`, `income list` and `measure list`: labels in the user's
/// language for people, stable English keys and values in JSON.
final class ListCommandsCLITests: XCTestCase {
    private func seeded() -> TrackerRunner {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_TODAY"] = "2020-05-11"
        XCTAssertEqual(tracker.run("seed").status, 0)
        return tracker
    }

    /// Parsed JSON of a command, which must be the same document in both languages.
    private func json(_ tracker: TrackerRunner, _ arguments: String...) throws -> Any {
        let english = tracker.run(arguments + ["--json", "--lang", "en"])
        let chinese = tracker.run(arguments + ["--json", "--lang", "zh"])
        XCTAssertEqual(english.status, 0, english.stderr)
        XCTAssertEqual(english.stdout, chinese.stdout, "JSON of \(arguments) depends on the language")
        return try JSONSerialization.jsonObject(with: english.stdoutBytes)
    }

    func testConfigListShowsEverySetting() throws {
        let tracker = seeded()
        XCTAssertEqual(tracker.run("config", "set", "visit-interval", "per-quarter:2").status, 0)
        let settings = try XCTUnwrap(try json(tracker, "config", "list") as? [String: Any])
        XCTAssertEqual(settings["visit-interval"] as? String, "per-quarter:2")
        let zh = tracker.run("config", "list", "--lang", "zh")
        XCTAssertTrue(zh.stdout.hasPrefix("设置项"), zh.stdout)
        XCTAssertTrue(zh.stdout.contains("per-quarter:2"), zh.stdout)
        let csv = tracker.run("config", "list", "--csv", "--lang", "en")
        XCTAssertTrue(csv.stdout.hasPrefix("Key,Value,Meaning"), csv.stdout)
        try tracker.expectFailure(["config", "list", "visit-interval"], status: 64, message: "unexpected argument")
    }

    func testIncomeListForOneHouseholdAndForAll() throws {
        let tracker = seeded()
        XCTAssertEqual(tracker.run("line", "set", "--year", "2019", "--amount", "3218").status, 0)
        XCTAssertEqual(tracker.run("income", "add", "沈红荣", "--year", "2019", "--wage", "2000", "--transfer", "4436", "--size", "2").status, 0)
        XCTAssertEqual(tracker.run("income", "add", "沈红荣", "--year", "2018", "--wage", "1000", "--size", "2").status, 0)
        XCTAssertEqual(tracker.run("income", "add", "赵丁先", "--year", "2019", "--wage", "6000", "--size", "2").status, 0)

        let shen = try XCTUnwrap(try json(tracker, "income", "list", "沈红荣") as? [[String: Any]])
        XCTAssertEqual(shen.map { $0["year"] as? Int }, [2019, 2018], "newest year first")
        XCTAssertEqual(shen.first?["per_capita"] as? String, "3218.00")
        XCTAssertEqual(shen.first?["line_standing"] as? String, "at_or_above", "exactly at the line")
        XCTAssertTrue(shen.last?["line_standing"] is NSNull, "no line for 2018")

        let all = try XCTUnwrap(try json(tracker, "income", "list", "--year", "2019") as? [[String: Any]])
        XCTAssertEqual(all.count, 2)
        XCTAssertEqual(Set(all.compactMap { ($0["household"] as? String)?.prefix(3) }), ["沈红荣", "赵丁先"])
        let village = try XCTUnwrap(try json(tracker, "income", "list", "--village", "焦庄村") as? [[String: Any]])
        XCTAssertEqual(village.count, 1)

        let zh = tracker.run("income", "list", "沈红荣", "--lang", "zh")
        XCTAssertTrue(zh.stdout.contains("与贫困线相比") && zh.stdout.contains("达到"), zh.stdout)
        let en = tracker.run("income", "list", "沈红荣", "--csv", "--lang", "en")
        XCTAssertTrue(en.stdout.hasPrefix("Household,Year,Wage"), en.stdout)
        XCTAssertTrue(en.stdout.contains("at or above"), en.stdout)

        let none = tracker.run("income", "list", "张文峰")
        XCTAssertEqual(none.status, 0)
        XCTAssertTrue(none.stderr.contains("No income recorded"), none.stderr)
        try tracker.expectFailure(["income", "list", "无此人"], status: 1, message: "无此人")
        try tracker.expectFailure(["income", "list", "--year", "二〇一九"], status: 65, message: "--year")
        try tracker.expectFailure(["income", "list", "--year", "1900"], status: 65, message: "--year")
    }

    func testMeasureListForOneHouseholdAndForAll() throws {
        let tracker = seeded()
        XCTAssertEqual(tracker.run("measure", "add", "沈红荣", "--year", "2019", "--kind", "公益岗位", "--note", "保洁员", "--amount", "3600").status, 0)
        XCTAssertEqual(tracker.run("measure", "add", "赵丁先", "--year", "2020", "--kind", "危房改造", "--note", "翻修屋顶").status, 0)

        let all = try XCTUnwrap(try json(tracker, "measure", "list") as? [[String: Any]])
        XCTAssertEqual(all.count, 2)
        XCTAssertEqual(Set(all.compactMap { $0["kind"] as? String }), ["public_job", "housing"], "kinds are their stable keys")
        let zhao = try XCTUnwrap(try json(tracker, "measure", "list", "赵丁先") as? [[String: Any]])
        XCTAssertEqual(zhao.map { $0["note"] as? String }, ["翻修屋顶"])
        XCTAssertTrue(zhao.first?["amount"] is NSNull)
        XCTAssertEqual((try json(tracker, "measure", "list", "--year", "2019") as? [Any])?.count, 1)

        let zh = tracker.run("measure", "list", "赵丁先", "--lang", "zh")
        XCTAssertTrue(zh.stdout.contains("危房改造") && zh.stdout.contains("类别"), zh.stdout)
        try tracker.expectFailure(["measure", "list", "无此人"], status: 1, message: "无此人")
        try tracker.expectFailure(["measure", "list", "--year", "soon"], status: 65, message: "--year")
    }
}
