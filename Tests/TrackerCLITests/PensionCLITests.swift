import Foundation
import XCTest

final class PensionCLITests: XCTestCase {
    func testChecksLapseAfterTwelveMonthsAndOnlyPensionersAreListed() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        // The seed gives each household its head as a member; the article gives no birth dates.
        XCTAssertEqual(tracker.run("member", "edit", "沈红荣", "沈红荣", "--birth", "1945-02-01", "--sex", "女").status, 0)
        XCTAssertEqual(tracker.run("member", "add", "沈红荣", "沈小红", "--relation", "子女", "--birth", "2008-05-01").status, 0)
        XCTAssertEqual(tracker.run("member", "edit", "赵丁先", "赵丁先", "--birth", "1950-01-01", "--pension", "否").status, 0)
        tracker.environment["TRACKER_TODAY"] = "2020-03-25"
        var due = try XCTUnwrap(try tracker.json("pension", "due") as? [[String: Any]])
        XCTAssertEqual(due.map { $0["member"] as? String }, ["沈红荣"], "the child and the uninsured are not pensioners")
        XCTAssertEqual(due.first?["state"] as? String, "never_checked", "JSON gives the state's key")

        let check = tracker.run("pension", "check", "沈红荣", "沈红荣", "--method", "上门", "--date", "2020-03-20", "--by", "朱家福")
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.contains("2021-03-20"), check.stdout)
        XCTAssertEqual((try tracker.json("pension", "due") as? [Any])?.count, 0)

        tracker.environment["TRACKER_TODAY"] = "2021-03-10"
        due = try XCTUnwrap(try tracker.json("pension", "due", "--within", "30") as? [[String: Any]])
        XCTAssertEqual(due.first?["lapses_on"] as? String, "2021-03-20")
        XCTAssertEqual(due.first?["state"] as? String, "lapses_soon")
        due = try XCTUnwrap(try tracker.json("pension", "due", "--as-of", "2021-04-01") as? [[String: Any]])
        XCTAssertEqual(due.first?["state"] as? String, "lapsed")

        try tracker.expectFailure(["pension", "check", "沈红荣", "沈大红", "--method", "app"], status: 1, message: "no member named 沈大红")
        try tracker.expectFailure(["pension", "check", "沈红荣", "沈红荣", "--method", "信函"], status: 65, message: "--method")
        try tracker.expectFailure(["pension", "check", "沈红荣", "沈红荣", "--method", "app", "--date", "2030-01-01"], status: 65, message: "future")
        try tracker.expectFailure(["pension", "check", "沈红荣", "沈红荣", "--method", "app", "--date", "1940-01-01"], status: 65, message: "born")
        try tracker.expectFailure(["member", "add", "沈红荣", "某", "--relation", "其他", "--pension", "maybe"], status: 65, message: "yes or no")
    }
}
