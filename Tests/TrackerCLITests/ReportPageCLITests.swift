import Foundation
import XCTest

/// `report page` as written by tracker, without a browser (the browser's
/// view is in ReportPageBrowserTests): the summary's numbers, nothing to
/// fetch, hostile names as text, refusals that write nothing.
final class ReportPageCLITests: XCTestCase {
    func testPageShowsTheSummarysNumbersAndNeedsNothingOutsideIt() throws {
        let tracker = TrackerRunner()
        try PageCounty.make(tracker)
        let result = tracker.run("--lang", "zh", "report", "page", "--month", PageCounty.month, "--out", "page.html")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "已将 2020-06 月度页面写入 page.html\n")
        let path = tracker.folder + "/page.html"
        let html = try String(contentsOfFile: path, encoding: .utf8)
        let page = PageMarkup(html)
        try PageExpectations(tracker: tracker, month: PageCounty.month, dueAsOf: PageCounty.monthEnd).check(page)
        PageExpectations.checkSelfContained(page)
        PageExpectations.checkHostileNamesAreText(page)

        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
        for font in ["Microsoft YaHei", "SimSun", "Noto Sans CJK SC"] { XCTAssertTrue(html.contains(font), font) }
        XCTAssertTrue(html.contains("@media print") && html.contains("size: A4"))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, "a page of personal data is owner-only")
    }

    /// Every picture has a title and its numbers in a <desc>; the small
    /// charts also in a table.
    func testEveryChartHasATitleAndItsNumbers() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let result = tracker.run("--lang", "zh", "report", "page", "--month", "2020-03")
        XCTAssertEqual(result.status, 0, result.stderr)
        let pictures = result.stdout.components(separatedBy: "<svg").dropFirst().map { $0.components(separatedBy: "</svg>")[0] }
        XCTAssertEqual(pictures.count, 4, "two towns' coverage, the checklist and the trend")
        for picture in pictures {
            XCTAssertTrue(picture.contains("<title id="), picture.prefix(200) + "…")
            XCTAssertTrue(picture.contains("<desc id="), picture.prefix(200) + "…")
        }
        let page = PageMarkup(result.stdout)
        for chart in ["coverage", "checklist", "trend"] {
            let figure = try XCTUnwrap(page.part("figure", where: "data-chart", is: chart), chart)
            XCTAssertFalse(figure.text(after: "<figcaption>", in: "h2")?.isEmpty ?? true, chart)
        }
        for chart in ["checklist", "trend"] {
            XCTAssertEqual(page.part("figure", where: "data-chart", is: chart)?.elements("table").count, 1, chart)
        }
        // The seed's March: four households visited, in two towns.
        XCTAssertTrue(
            pictures.contains { $0.contains("-desc\">陈集镇：3 户中已走访 3 户，覆盖率 100.0%；焦庄村：3 户中已走访 3 户") },
            "the town's picture describes its figures")
    }

    func testEnglishPageOnStdoutIsTheSameEachTime() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let first = tracker.run("--lang", "en", "report", "page", "--month", "2020-03", "--town", "陈集镇")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        XCTAssertTrue(first.stdout.contains("<h2>Coverage of visits by town and village</h2>"))
        XCTAssertTrue(first.stdout.contains("Scope: 陈集镇"))
        XCTAssertFalse(first.stdout.contains("覆盖率"), "no Chinese label on the English page")
        XCTAssertEqual(PageMarkup(first.stdout).elements("rect", class: "bar").filter { $0["data-level"] != nil }.count, 2)
        XCTAssertEqual(tracker.run("--lang", "en", "report", "page", "--month", "2020-03", "--town", "陈集镇").stdout, first.stdout)
    }

    /// While the month runs, the households due are reckoned on today.
    func testCurrentMonthListsTheHouseholdsDueToday() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        tracker.environment["TRACKER_TODAY"] = "2020-04-20"
        let result = tracker.run("report", "page", "--month", "2020-04")
        XCTAssertEqual(result.status, 0, result.stderr)
        let due = try XCTUnwrap(PageMarkup(result.stdout).part("section", where: "data-list", is: "due"))
        XCTAssertEqual(due.elements("section").first?["data-count"], "4")
        XCTAssertTrue(due.text.contains("As of 2020-04-20"), due.text)
        XCTAssertEqual(due.elements("tr").count, 5, "a header and four households")
    }

    func testRefusalsWriteNothingAndForceReplaces() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let path = tracker.folder + "/page.html"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path))
        try tracker.expectFailure(
            ["report", "page", "--month", "2020-03", "--out", "page.html"], status: 1,
            message: "page.html already exists; add --force to overwrite it")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "keep me")
        try tracker.expectFailure(
            ["report", "page", "--month", "2020-03", "--json"], status: 64, message: "report page writes HTML")
        try tracker.expectFailure(["report", "page", "--month", "2020-3x"], status: 65, message: "--month")
        try tracker.expectFailure(
            ["report", "page", "--month", "2020-03", "--village", "无此村", "--out", "other.html"], status: 1,
            message: "no village named 无此村")
        XCTAssertFalse(FileManager.default.fileExists(atPath: tracker.folder + "/other.html"))

        let forced = tracker.run("report", "page", "--month", "2020-03", "--out", "page.html", "--force")
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: tracker.folder).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [], "no temporary file left beside the page")
    }
}
