import CSVKit
import Foundation
import TestSupport
import TrackerDomain
import TrackerStore
import XCTest

/// `report monthly` and `report summary` run as users run them, with the
/// files read back by CSVKit and, when it is installed, by Python's csv.
final class ReportCLITests: XCTestCase {
    // MARK: Helpers

    /// The runner's database opened in-process, to record visits the way
    /// `visit add` will (that command is built elsewhere).
    private func database(_ tracker: TrackerRunner) throws -> TrackerDatabase {
        try TrackerDatabase.open(path: tracker.databasePath, operatorName: "测试员")
    }

    private func date(_ text: String) -> CalendarDate { CalendarDate.parse(text)! }

    private func rows(_ bytes: Data, encoding: TextEncoding? = nil) throws -> [[String]] {
        try CSVReader.readAll([UInt8](bytes), encoding: encoding).map(\.fields)
    }

    /// The row of `head` in a report read back, keyed by header.
    private func row(_ rows: [[String]], head: String, file: StaticString = #filePath, line: UInt = #line) throws
        -> [String: String]
    {
        let headers = try XCTUnwrap(rows.first, file: file, line: line)
        let column = try XCTUnwrap(headers.firstIndex(of: "Head of household"), file: file, line: line)
        let found = try XCTUnwrap(
            rows.dropFirst().first { $0[column] == head }, "no row for \(head)", file: file, line: line)
        return Dictionary(uniqueKeysWithValues: zip(headers, found))
    }

    /// Python's csv module reading `path` (BOM stripped by utf-8-sig), or nil without python3.
    private func pythonRows(_ path: String, encoding: String = "utf-8-sig") throws -> [[String]]? {
        guard let python = Executables.python3 else { return nil }
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding=sys.argv[2]) as f:
                print(json.dumps(list(csv.reader(f, strict=True))))
            """
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script, path, encoding]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "python3 could not read \(path)")
        return try JSONSerialization.jsonObject(with: data) as? [[String]]
    }

    private func leftovers(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".r.csv") }
    }

    // MARK: Tests

    func testSeededMarchReportFileHasBOMAndTheFourHouseholds() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let result = tracker.run("report", "monthly", "--month", "2020-03", "--out", "r.csv")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("r.csv"), result.stdout)
        let path = tracker.folder + "/r.csv"
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
        XCTAssertEqual([UInt8](bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("\r\n"), "records end with CRLF")
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        XCTAssertEqual(permissions, 0o600)
        XCTAssertEqual(try leftovers(in: tracker.folder), [])

        let read = try rows(bytes)
        XCTAssertEqual(read.count, 5, "a header and four households")
        XCTAssertEqual(Set(read.dropFirst().map { $0[1] }), ["赵丁先", "苏记拴", "张文峰", "沈红荣"])
        let zhao = try row(read, head: "赵丁先")
        XCTAssertEqual(zhao["Visit dates"], "2020-03-23")
        XCTAssertEqual(zhao["Visits this month"], "1")
        XCTAssertEqual(zhao["Village"], "焦庄村")
        XCTAssertEqual(zhao["Food"], "not checked")
        let shen = try row(read, head: "沈红荣")
        XCTAssertEqual(shen["Visit dates"], "2020-03-20")
        XCTAssertEqual(shen["Last visit"], "2020-03-20")
        // Every official assigned at month end, each with the role, as the heading says.
        XCTAssertEqual(shen["Assigned officials and roles (month end)"], "朱家福 (paired cadre)")
        XCTAssertEqual(tracker.run("report", "monthly", "--month", "2020-03", "--out", "zh.csv", "--lang", "zh").status, 0)
        let chinese = try rows(try XCTUnwrap(FileManager.default.contents(atPath: tracker.folder + "/zh.csv")))
        let column = try XCTUnwrap(chinese.first?.firstIndex(of: "帮扶干部及角色（月末）"))
        XCTAssertEqual(chinese.first { $0[1] == "沈红荣" }?[column], "朱家福（包保干部）")
        XCTAssertEqual(shen["Drinking water"], "checked, no outcome recorded")

        if let python = try pythonRows(path) {
            XCTAssertEqual(python, read, "Python's csv reads the same fields")
        }
    }

    func testEncodingsAndByteOrderMarks() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        let plain = tracker.run("report", "monthly", "--month", "2020-03")
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(plain.stdoutBytes.first, UInt8(ascii: "C"), "stdout gets no BOM by default")
        let marked = tracker.run("report", "monthly", "--month", "2020-03", "--encoding", "utf-8-bom")
        XCTAssertEqual([UInt8](marked.stdoutBytes.prefix(3)), [0xEF, 0xBB, 0xBF])

        let chinese = tracker.run("report", "monthly", "--month", "2020-03", "--lang", "zh")
        let gb = tracker.run("report", "monthly", "--month", "2020-03", "--lang", "zh", "--encoding", "gb18030")
        XCTAssertEqual(gb.status, 0, gb.stderr)
        let zhao: [UInt8] = [0xD5, 0xD4, 0xB6, 0xA1, 0xCF, 0xC8]
        XCTAssertNotNil(gb.stdoutBytes.range(of: Data(zhao)), "赵丁先 in GB18030")
        XCTAssertNil(gb.stdoutBytes.range(of: Data("赵丁先".utf8)))
        XCTAssertEqual(try rows(gb.stdoutBytes, encoding: .gb18030), try rows(chinese.stdoutBytes))
        XCTAssertEqual(try rows(chinese.stdoutBytes).first?.prefix(2), ["户编号", "户主"])

        let file = tracker.run("report", "monthly", "--month", "2020-03", "--encoding", "gb18030", "--out", "r.csv")
        XCTAssertEqual(file.status, 0, file.stderr)
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: tracker.folder + "/r.csv"))
        XCTAssertNotEqual([UInt8](bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "GB18030 files carry no BOM")
        XCTAssertNotNil(bytes.range(of: Data(zhao)))
        if let python = try pythonRows(tracker.folder + "/r.csv", encoding: "gb18030") {
            XCTAssertEqual(python, try rows(bytes, encoding: .gb18030))
        }
        let unmarked = tracker.run(
            "report", "monthly", "--month", "2020-03", "--encoding", "utf-8", "--out", "plain.csv")
        XCTAssertEqual(unmarked.status, 0, unmarked.stderr)
        XCTAssertEqual(FileManager.default.contents(atPath: tracker.folder + "/plain.csv")?.first, UInt8(ascii: "C"))
    }

    func testCellsAreSpreadsheetSafeAndAwkwardNamesRoundTrip() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(
            tracker.run(
                "household", "add", "=1+1", "--town", "陈集镇", "--village", "焦庄村",
                "--code", "372901198001011234", "--registered", "2020-01-01"
            ).status, 0)
        XCTAssertEqual(tracker.run("household", "add", "王\"五\",六", "--town", "陈集镇", "--village", "焦庄村", "--registered", "2020-01-01").status, 0)
        // The CLI refuses control characters in names, but older imports may
        // hold one: put a newline in directly, as a name held since the
        // household's record began (without the dated fact a change today gets).
        let awkward = "王\"五\",\n六"
        let connection = try RawDatabase(database(tracker))
        try connection.run("UPDATE households SET head_name = :awkward WHERE head_name = :plain",
                           ["awkward": awkward, "plain": "王\"五\",六"])
        try connection.run("DELETE FROM household_facts WHERE head_name IN (:awkward, :plain)",
                           ["awkward": awkward, "plain": "王\"五\",六"])

        let result = tracker.run("report", "monthly", "--month", "2020-03", "--out", "r.csv")
        XCTAssertEqual(result.status, 0, result.stderr)
        let path = tracker.folder + "/r.csv"
        let read = try rows(try XCTUnwrap(FileManager.default.contents(atPath: path)))
        let formula = try row(read, head: "'=1+1")
        XCTAssertEqual(formula["Code"], "\t372901198001011234", "a long digit code is kept as text, every digit")
        XCTAssertEqual(try row(read, head: awkward)["Village"], "焦庄村")
        if let python = try pythonRows(path) {
            XCTAssertEqual(python, read)
            XCTAssertTrue(python.contains { $0[1] == awkward })
        }
    }

    func testMarchReportIsByteIdenticalAfterApril() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        let database = try database(tracker)
        let zhao = try HouseholdStore(database).resolve("赵丁先")
        let li = try OfficialStore(database).resolve("李国珍")
        let visits = VisitStore(database)
        let items = RectificationStore(database)
        let march = try visits.record(
            VisitDraft(
                household: zhao, officials: [li], date: date("2020-03-27"),
                checks: [
                    .init(item: .housing, result: .notMet, note: "屋顶漏雨"),
                    .init(item: .food, result: .met),
                ]),
            today: date("2020-03-27"))
        let housing = try XCTUnwrap(march.opened.first)
        let arguments = ["report", "monthly", "--month", "2020-03"]
        let before = tracker.run(arguments)
        XCTAssertEqual(before.status, 0, before.stderr)
        let zhaoRow = try row(try rows(before.stdoutBytes), head: "赵丁先")
        XCTAssertEqual(zhaoRow["Visit dates"], "2020-03-23; 2020-03-27")
        XCTAssertEqual(zhaoRow["Housing"], "not met")
        XCTAssertEqual(zhaoRow["Open at month end"], "1")

        _ = try visits.record(
            VisitDraft(
                household: zhao, officials: [li], date: date("2020-04-02"),
                checks: [.init(item: .housing, result: .met)]), today: date("2020-04-02"))
        _ = try items.close(id: housing.id, resolution: "已修缮", on: date("2020-04-03"), today: date("2020-04-03"))
        _ = try items.reopen(id: housing.id, reason: "又漏雨", today: date("2020-04-20"))
        let after = tracker.run(arguments)
        XCTAssertEqual(after.stdoutBytes, before.stdoutBytes, "April changed the March report")
        let april = tracker.run("report", "monthly", "--month", "2020-04")
        let aprilRow = try row(try rows(april.stdoutBytes), head: "赵丁先")
        XCTAssertEqual(aprilRow["Housing"], "met")
        XCTAssertEqual(aprilRow["Items closed this month"], "1")
        XCTAssertEqual(aprilRow["Open at month end"], "1", "reopened on April 20")
    }

    func testRefusals() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        XCTAssertEqual(tracker.run("report", "monthly", "--month", "2020-03", "--out", "r.csv").status, 0)
        let path = tracker.folder + "/r.csv"
        try Data("kept\r\n".utf8).write(to: URL(fileURLWithPath: path))
        try tracker.expectFailure(
            ["report", "monthly", "--month", "2020-03", "--out", "r.csv"], status: 1, message: "--force")
        XCTAssertEqual(
            FileManager.default.contents(atPath: path), Data("kept\r\n".utf8), "the existing file is untouched")
        let forced = tracker.run("report", "monthly", "--month", "2020-03", "--out", "r.csv", "--force")
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertEqual(
            [UInt8](try XCTUnwrap(FileManager.default.contents(atPath: path)).prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int, 0o600)

        try tracker.expectFailure(["report", "monthly", "--month", "2020-13"], status: 65, message: "--month")
        try tracker.expectFailure(["report", "monthly", "--month", "March"], status: 65, message: "--month")
        try tracker.expectFailure(["report", "summary", "--month", "2020-3-1"], status: 65, message: "--month")
        try tracker.expectFailure(
            ["report", "monthly", "--month", "2020-03", "--town", "陈家镇"], status: 1, message: "陈家镇")
        try tracker.expectFailure(
            ["report", "monthly", "--month", "2020-03", "--village", "李庄村"], status: 1, message: "李庄村")
        try tracker.expectFailure(
            ["report", "summary", "--month", "2020-03", "--town", "陈家镇"], status: 1, message: "陈家镇")
        try tracker.expectFailure(
            ["report", "monthly", "--month", "2020-03", "--encoding", "latin1"], status: 64, message: "--encoding")
        try tracker.expectFailure(
            ["report", "monthly", "--month", "2020-03", "--json"], status: 64, message: "report summary")
        try tracker.expectFailure(["report", "monthly"], status: 64, message: "--month")
        try tracker.expectFailure(
            ["report", "monthly", "--month", "2020-03", "--out", "no/such/folder/r.csv"],
            status: 74, message: "no/such/folder/r.csv")
        XCTAssertEqual(try leftovers(in: tracker.folder), [], "no temporary file is left behind")
    }

    func testSummaryTotalsAndScope() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        let database = try database(tracker)
        let su = try HouseholdStore(database).resolve("苏记拴")
        let li = try OfficialStore(database).resolve("李国珍")
        _ = try VisitStore(database).record(
            VisitDraft(
                household: su, officials: [li], date: date("2020-03-25"),
                checks: [.init(item: .water, result: .notMet)],
                defaultDue: date("2020-03-30")), today: date("2020-03-25"))
        XCTAssertEqual(tracker.run("household", "add", "王五", "--town", "陈集镇", "--village", "李庄村", "--registered", "2020-01-01").status, 0)

        let lines = try XCTUnwrap(try tracker.json("report", "summary", "--month", "2020-03") as? [[String: Any]])
        let total = try XCTUnwrap(lines.last)
        XCTAssertEqual(total["level"] as? String, "total")
        XCTAssertEqual(total["households"] as? Int, 5)
        XCTAssertEqual(total["visited"] as? Int, 4)
        XCTAssertEqual(total["coverage"] as? Double, 80.0)
        XCTAssertEqual(total["failing_water"] as? Int, 1)
        XCTAssertEqual(total["opened"] as? Int, 1)
        XCTAssertEqual(total["overdue"] as? Int, 1)
        let town = try XCTUnwrap(lines.first { $0["level"] as? String == "town" && $0["town"] as? String == "陈集镇" })
        XCTAssertEqual(town["households"] as? Int, 4)
        XCTAssertEqual(town["coverage"] as? Double, 75.0)

        let table = tracker.run("report", "summary", "--month", "2020-03", "--lang", "zh")
        XCTAssertEqual(table.status, 0, table.stderr)
        XCTAssertTrue(table.stdout.contains("合计") && table.stdout.contains("80.0%"), table.stdout)
        let csv = tracker.run("report", "summary", "--month", "2020-03", "--town", "丹阳街道办", "--csv")
        let read = try rows(csv.stdoutBytes)
        XCTAssertEqual(read.map { $0[0] }, ["Level", "village", "town", "total"])
        XCTAssertEqual(read.last?[3], "1")
    }
}

final class ReportRegistrationCLITests: XCTestCase {
    func testAHouseholdRegisteredLaterIsNotInAnEarlierMonthsReport() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        let march = tracker.run("report", "monthly", "--month", "2020-03")
        XCTAssertEqual(march.status, 0, march.stderr)
        XCTAssertEqual(tracker.run("household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--registered", "2020-04-15").status, 0)
        XCTAssertEqual(tracker.run("report", "monthly", "--month", "2020-03").stdout, march.stdout,
                       "a household registered in April leaves March's report as it was")
        XCTAssertTrue(tracker.run("report", "monthly", "--month", "2020-04").stdout.contains("王五"))
        XCTAssertTrue(tracker.run("household", "show", "王五").stdout.contains("2020-04-15"))
        try tracker.expectFailure(["household", "add", "赵六", "--town", "陈集镇", "--village", "焦庄村", "--registered", "2999-01-01"],
                                  status: 65, message: "--registered")
    }
}
