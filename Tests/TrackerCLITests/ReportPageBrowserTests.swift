import Foundation
import XCTest

/// `report page` opened in headless Chromium, as the county office opens
/// it: the DOM the browser built holds every chart with the right number
/// of bars and points and the summary's numbers; the page loads with no
/// network (a network namespace of its own where the machine allows one)
/// and makes no request and no console message; a screenshot is not blank.
///
/// Two browser runs in all (each costs a second or more). Without Chromium
/// the test is skipped, except under CI=true, where `.ci/run` installs it
/// and a skip would hide a broken install.
final class ReportPageBrowserTests: XCTestCase {
    func testPageInHeadlessChromium() throws {
        let executable = try HeadlessChromium.required()
        let tracker = TrackerRunner()
        try PageCounty.make(tracker)
        let written = tracker.run("--lang", "zh", "report", "page", "--month", PageCounty.month, "--out", "page.html")
        XCTAssertEqual(written.status, 0, written.stderr)
        let url = "file://" + tracker.folder + "/page.html"
        let browser = HeadlessChromium(executable: executable, folder: tracker.folder)

        // 1. The DOM after loading, with console messages and network requests logged.
        let netLog = tracker.folder + "/net-log.json"
        let loaded = try browser.run(
            ["--dump-dom", "--enable-logging=stderr", "--v=0", "--log-net-log=" + netLog], url: url)
        XCTAssertEqual(loaded.status, 0, loaded.stderr)
        let dom = PageMarkup(loaded.stdout)
        XCTAssertTrue(loaded.stdout.contains("<html lang=\"zh-CN\">"), String(loaded.stdout.prefix(300)))
        try PageExpectations(tracker: tracker, month: PageCounty.month, dueAsOf: PageCounty.monthEnd).check(dom)
        PageExpectations.checkSelfContained(dom)
        PageExpectations.checkHostileNamesAreText(dom)
        let console = loaded.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }
        XCTAssertEqual(console, [], "console messages while loading the page")
        XCTAssertEqual(
            try HeadlessChromium.requestedURLs(netLog: netLog).filter { !$0.hasPrefix("file:") }, [],
            "network requests while loading the page")

        // 2. A screenshot (at half scale: the check decodes it in Python).
        let picture = tracker.folder + "/page.png"
        let shot = try browser.run(
            ["--screenshot=" + picture, "--window-size=800,1600", "--force-device-scale-factor=0.5", "--hide-scrollbars"],
            url: url)
        XCTAssertEqual(shot.status, 0, shot.stderr)
        let pixels = try PNGPixels(path: picture)
        XCTAssertEqual([pixels.width, pixels.height], [400, 800])
        XCTAssertGreaterThan(pixels.colours, 50, "a page of text and charts uses many colours; a blank one, one")
        XCTAssertGreaterThan(pixels.inkPermille, 100, "at least a tenth of the picture is not background")
    }

    /// Without a CJK font every 汉字 renders as an empty box; the page names
    /// Noto Sans CJK SC among its fonts, and `.ci/run` installs it.
    func testAChineseFontIsInstalledForTheBrowser() throws {
        _ = try HeadlessChromium.required()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/fc-list")
        process.arguments = [":lang=zh", "family"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let families = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertFalse(
            families.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
            "no Chinese font: apt-get install fonts-noto-cjk")
    }
}
