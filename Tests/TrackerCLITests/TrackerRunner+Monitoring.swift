import XCTest

/// Shared steps of the monitoring tests.
extension TrackerRunner {
    /// Runs a command on `day` and expects it to succeed; its stdout.
    @discardableResult
    func ok(on day: String, _ arguments: String..., file: StaticString = #filePath, line: UInt = #line) -> String {
        environment["TRACKER_TODAY"] = day
        let result = run(arguments)
        XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)", file: file, line: line)
        return result.stdout
    }

    /// H001 王五 of 焦庄村: lifted in 2019, three persons, the head able to
    /// work; and the official 王干部.
    func addMonitoringHousehold() {
        ok(on: "2021-01-04", "household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--code", "H001",
           "--status", "已脱贫", "--lifted-year", "2019", "--size", "3", "--registered", "2019-01-01")
        ok(on: "2021-01-04", "member", "edit", "H001", "王五", "--labour", "普通劳动力")
        ok(on: "2021-01-04", "official", "add", "王干部")
    }
}
