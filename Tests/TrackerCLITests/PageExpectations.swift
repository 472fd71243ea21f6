import Foundation
import XCTest

/// What a report page must show, checked against the commands that print the
/// same figures as data: `report summary --json` for the month and for each
/// month of the trend, `household list --due-for-visit --json` for the
/// households due. Used on tracker's own HTML and on Chromium's DOM.
struct PageExpectations {
    let tracker: TrackerRunner
    let month: String
    /// The day the due list is reckoned on (the month's last day, past months).
    let dueAsOf: String

    /// `report summary --json` lines, keyed by level, town and village.
    func summary(_ month: String) throws -> [[String: Any]] {
        try XCTUnwrap(try tracker.json("--lang", "en", "report", "summary", "--month", month) as? [[String: Any]])
    }

    static func key(_ line: [String: Any]) -> String {
        "\(line["level"] ?? "")|\(line["town"] as? String ?? "")|\(line["village"] as? String ?? "")"
    }

    static func int(_ value: Any?) -> Int? {
        (value as? NSNumber)?.intValue ?? (value as? String).flatMap { Int($0) }
    }

    func check(_ page: PageMarkup, file: StaticString = #filePath, line: UInt = #line) throws {
        let lines = try summary(month)
        let total = try XCTUnwrap(lines.last, file: file, line: line)

        // Coverage: one bar per town and per village, each with the summary's figures.
        let coverage = try XCTUnwrap(page.part("figure", where: "data-chart", is: "coverage"), file: file, line: line)
        let bars = coverage.elements("rect", class: "bar")
        let places = lines.filter { ($0["level"] as? String) != "total" }
        XCTAssertEqual(bars.count, places.count, "one coverage bar per town and village", file: file, line: line)
        var barsByKey: [String: PageMarkup.Element] = [:]
        for bar in bars {
            barsByKey["\(bar["data-level"] ?? "")|\(bar["data-town"] ?? "")|\(bar["data-village"] ?? "")"] = bar
        }
        for place in places {
            let bar = try XCTUnwrap(barsByKey[Self.key(place)], "no bar for \(Self.key(place))", file: file, line: line)
            XCTAssertEqual(Int(bar["data-households"] ?? ""), Self.int(place["households"]), file: file, line: line)
            XCTAssertEqual(Int(bar["data-visited"] ?? ""), Self.int(place["visited"]), file: file, line: line)
            XCTAssertEqual(
                Double(bar["data-coverage"] ?? ""), (place["coverage"] as? NSNumber)?.doubleValue,
                Self.key(place), file: file, line: line)
        }
        XCTAssertEqual(
            coverage.elements("svg").count, places.filter { ($0["level"] as? String) == "town" }.count,
            "one picture per town", file: file, line: line)

        // Checklist: six bars, the total line's failing counts.
        let checklist = try XCTUnwrap(page.part("figure", where: "data-chart", is: "checklist"), file: file, line: line)
        let itemBars = checklist.elements("rect", class: "bar")
        XCTAssertEqual(itemBars.map { $0["data-item"] ?? "" }, ["food", "clothing", "education", "medical", "housing", "water"], file: file, line: line)
        for bar in itemBars {
            XCTAssertEqual(
                Int(bar["data-value"] ?? ""), Self.int(total["failing_\(bar["data-item"] ?? "")"]), file: file, line: line)
        }

        // Trend: four lines of twelve points, each point that month's summary total.
        let trend = try XCTUnwrap(page.part("figure", where: "data-chart", is: "trend"), file: file, line: line)
        XCTAssertEqual(trend.elements("polyline", class: "series").map { $0["data-series"] ?? "" }, ["opened", "closed", "open", "overdue"], file: file, line: line)
        let points = trend.elements("circle", class: "point")
        XCTAssertEqual(points.count, 48, file: file, line: line)
        let months = points.compactMap { $0["data-month"] }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        XCTAssertEqual(months.count, 12, file: file, line: line)
        XCTAssertEqual(months.last, month, file: file, line: line)
        for shown in months {
            let figures = try XCTUnwrap(try summary(shown).last, file: file, line: line)
            for point in points where point["data-month"] == shown {
                let series = point["data-series"] ?? ""
                XCTAssertEqual(Int(point["data-value"] ?? ""), Self.int(figures[series]), "\(shown) \(series)", file: file, line: line)
            }
        }

        // Overdue items: as many as the summary's figure, each with its row.
        let overdue = try XCTUnwrap(page.part("section", where: "data-list", is: "overdue"), file: file, line: line)
        let overdueCount = try XCTUnwrap(Self.int(overdue.elements("section").first?["data-count"]), file: file, line: line)
        XCTAssertEqual(overdueCount, Self.int(total["overdue"]), file: file, line: line)
        XCTAssertEqual(overdue.elements("tr").filter { $0["data-item"] != nil }.count, min(overdueCount, 200), file: file, line: line)

        // Households due: the list `household list --due-for-visit` gives on that day.
        let due = try XCTUnwrap(page.part("section", where: "data-list", is: "due"), file: file, line: line)
        let dueCount = try XCTUnwrap(Self.int(due.elements("section").first?["data-count"]), file: file, line: line)
        let today = tracker.environment["TRACKER_TODAY"]
        tracker.environment["TRACKER_TODAY"] = dueAsOf
        let listed = tracker.run(["household", "list", "--due-for-visit", "--json"])
        tracker.environment["TRACKER_TODAY"] = today
        XCTAssertEqual(listed.status, 0, listed.stderr, file: file, line: line)
        let dueList = try XCTUnwrap(try JSONSerialization.jsonObject(with: listed.stdoutBytes) as? [Any], file: file, line: line)
        XCTAssertEqual(dueCount, dueList.count, file: file, line: line)

        // The headline figures.
        XCTAssertEqual(page.text(after: "data-kpi=\"households\"", in: "b"), "\(Self.int(total["households"]) ?? -1)", file: file, line: line)
        XCTAssertEqual(page.text(after: "data-kpi=\"overdue\"", in: "b"), "\(overdueCount)", file: file, line: line)
        XCTAssertEqual(page.text(after: "data-kpi=\"due\"", in: "b"), "\(dueCount)", file: file, line: line)

        // The county must exercise the charts, or equality proves little.
        XCTAssertGreaterThan(overdueCount, 0, file: file, line: line)
        XCTAssertGreaterThan(dueCount, 0, file: file, line: line)
        XCTAssertTrue(points.contains { Int($0["data-value"] ?? "") ?? 0 > 0 }, file: file, line: line)
    }

    /// Nothing on the page can reach out: no script, no element or
    /// attribute that loads something, no `url()` or `@import` in a style.
    /// (Text may mention anything: a hostile name is only text.)
    static func checkSelfContained(_ page: PageMarkup, file: StaticString = #filePath, line: UInt = #line) {
        let tags = page.startTags()
        XCTAssertGreaterThan(tags.count, 100, file: file, line: line)
        for tag in tags {
            XCTAssertFalse(
                ["script", "img", "link", "iframe", "object", "embed", "image", "use", "video", "audio", "source", "base"]
                    .contains(tag.name.lowercased()), "<\(tag.name)> on the page", file: file, line: line)
            for (name, value) in tag.attributes {
                let lowered = name.lowercased()
                XCTAssertFalse(
                    ["src", "href", "xlink:href", "srcset", "data", "action", "poster", "background"].contains(lowered)
                        || lowered.hasPrefix("on"), "<\(tag.name) \(name)=\"\(value)\">", file: file, line: line)
                XCTAssertFalse(value.contains("url("), "<\(tag.name) \(name)=\"\(value)\">", file: file, line: line)
            }
        }
        let styles = page.text.components(separatedBy: "<style>").dropFirst().map { $0.components(separatedBy: "</style>")[0] }
        XCTAssertEqual(styles.count, 1, file: file, line: line)
        for style in styles {
            for reference in ["url(", "@import", "http:", "https:", "@font-face"] {
                XCTAssertFalse(style.contains(reference), "the stylesheet loads something: \(reference)", file: file, line: line)
            }
        }
    }

    /// The hostile names are shown as text, and their markup made nothing.
    static func checkHostileNamesAreText(_ page: PageMarkup, file: StaticString = #filePath, line: UInt = #line) {
        let text = PageMarkup.unescape(page.text)
        for name in [PageCounty.hostileHead, PageCounty.hostileOfficial, PageCounty.hostileProblem, PageCounty.hostileVillage] {
            XCTAssertTrue(text.contains(name), "\(name) is not on the page", file: file, line: line)
        }
        XCTAssertTrue(
            page.elements("rect", class: "bar").contains {
                $0["data-town"] == PageCounty.hostileTown && $0["data-village"] == PageCounty.hostileVillage
            }, "the hostile village's bar keeps its names as attribute values", file: file, line: line)
        XCTAssertEqual(page.elements("svg").filter { $0["onload"] != nil }.count, 0, file: file, line: line)
        XCTAssertFalse(page.text.contains("<b>&"), "the hostile town made a <b> element", file: file, line: line)
    }
}
