import Bilingual
import CSVKit
import Foundation
import TestSupport
import TrackerDomain
import TrackerStore
import XCTest

@testable import tracker

/// `report monthly` and `report summary` as .xlsx, judged by programs other
/// than tracker: LibreOffice Calc opens them and saves them as CSV, Python's
/// zipfile and XML parser read the package.
final class WorkbookReportCLITests: XCTestCase {
    /// A database whose report has every awkward cell: codes with leading
    /// zeros and 19 digits, heads that look like formulas, dates, counts.
    private func awkwardTracker() throws -> TrackerRunner {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        for (head, code) in [("=1+1", "3729011234567890123"), ("王五", "0012"), ("@SUM(A1)", "-2+3"), ("李　四", "H010")] {
            let result = tracker.run(
                "household", "add", head, "--town", "陈集镇", "--village", "焦庄村", "--code", code, "--registered", "2020-01-01")
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        let visit = tracker.run("visit", "add", "王五", "--by", "李国珍", "--date", "2020-03-10", "--check", "住房=不达标:屋顶漏雨")
        XCTAssertEqual(visit.status, 0, visit.stderr)
        return tracker
    }

    func testLibreOfficeOpensTheReportAndEveryCellIsWhatWasStoredWithItsType() throws {
        let tracker = try awkwardTracker()
        XCTAssertEqual(tracker.run("report", "monthly", "--month", "2020-03", "--out", "monthly.xlsx", "--lang", "zh").status, 0)
        XCTAssertEqual(tracker.run("report", "summary", "--month", "2020-03", "--out", "summary.xlsx", "--lang", "en").status, 0)
        try LibreOffice.convertToCSV(["monthly.xlsx", "summary.xlsx"], in: tracker.folder)

        let database = try TrackerDatabase.open(path: tracker.databasePath, operatorName: "测试员")
        let report = try ReportStore(database).monthly(try YearMonth("2020-03"))
        XCTAssertEqual(report.rows.count, 8)

        // Sheet 1: each cell as the CSV renderer sees the stored value, before any spreadsheet guarding.
        let sheet = try LibreOffice.readCSV(tracker.folder + "/monthly-月报.csv")
        let csv = MonthlyReportCSV(report: report, language: .zh)
        XCTAssertEqual(sheet.first?.map(\.text), MonthlyReportCSV.headers(in: .zh))
        XCTAssertEqual(sheet.count, report.rows.count + 1)
        let lastVisit = try XCTUnwrap(MonthlyReportCSV.headers(in: .zh).firstIndex(of: "最近走访日期"))
        for (row, read) in zip(report.rows, sheet.dropFirst()) {
            let expected = csv.cells(row)
            XCTAssertEqual(read.count, expected.count, row.headName)
            for (column, (cell, got)) in zip(expected, read).enumerated() {
                let (text, isNumber): (String, Bool) =
                    switch cell {
                    case .text(let text), .code(let text): (text, false)
                    case .number(let text): (text, true)
                    }
                XCTAssertEqual(got.text, text, "\(row.headName), column \(column + 1)")
                if column == lastVisit {
                    XCTAssertFalse(got.quoted, "the last visit is a date cell, not text: \(row.headName)")
                } else if !text.isEmpty {
                    XCTAssertEqual(got.quoted, !isNumber, "\(row.headName), column \(column + 1) has the wrong type")
                }
            }
        }
        // The cells the issue is about, spelled out.
        let formulaRow = try XCTUnwrap(sheet.first { $0[1].text == "=1+1" })
        XCTAssertEqual(formulaRow[0].text, "3729011234567890123", "no tab, no exponent, every digit")
        XCTAssertTrue(formulaRow[0].quoted && formulaRow[1].quoted, "the code and the formula-looking name are text cells")
        let wangWu = try XCTUnwrap(sheet.first { $0[1].text == "王五" })
        XCTAssertEqual(wangWu[0].text, "0012")
        XCTAssertEqual(wangWu[lastVisit].text, "2020-03-10")

        // Sheet 2 of the monthly workbook and the summary workbook: the summary, numbers as numbers.
        for (path, language) in [("/monthly-汇总.csv", Language.zh), ("/summary-Summary.csv", .en)] {
            let summary = try LibreOffice.readCSV(tracker.folder + path)
            let listing = Listing.summary(report.summary, language: language)
            XCTAssertEqual(summary.first?.map(\.text), listing.columns.map { $0.header.text(in: language) }, path)
            XCTAssertEqual(summary.count, listing.rows.count + 1, path)
            for (cells, read) in zip(listing.rows, summary.dropFirst()) {
                XCTAssertEqual(read.map(\.text), cells.map { $0.display(in: language) }, path)
                for (cell, got) in zip(cells, read) where !cell.display(in: language).isEmpty {
                    switch cell {
                    case .number, .percent: XCTAssertFalse(got.quoted, "\(path): \(cell.display(in: language)) should be a number")
                    default: XCTAssertTrue(got.quoted, "\(path): \(cell.display(in: language)) should be text")
                    }
                }
            }
        }
    }

    func testPythonZipfileAndXMLParserAcceptThePackage() throws {
        guard let python = Executables.python3 else { throw XCTSkip("python3 not found on PATH") }
        let tracker = try awkwardTracker()
        XCTAssertEqual(tracker.run("report", "monthly", "--month", "2020-03", "--out", "r.xlsx").status, 0)
        let script = """
            import sys, zipfile, xml.dom.minidom
            with zipfile.ZipFile(sys.argv[1]) as z:
                assert z.testzip() is None, 'a CRC is wrong'
                names = z.namelist()
                for name in names:
                    document = xml.dom.minidom.parseString(z.read(name))
                    assert not document.getElementsByTagName('f'), name + ' holds a formula'
                types = z.read('[Content_Types].xml').decode('utf-8')
                for name in names:
                    assert name.endswith('.rels') or name == '[Content_Types].xml' or '/' + name in types, name + ' has no content type'
                print(len(names), z.getinfo('xl/worksheets/sheet1.xml').compress_type)
            """
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script, tracker.folder + "/r.xlsx"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(text, "8 8\n", "eight parts, the sheet deflated")
    }

    func testTheWorkbookIsTheSameOnStdoutAndIsByteIdenticalWhenMadeAgain() throws {
        let tracker = try awkwardTracker()
        XCTAssertEqual(tracker.run("report", "monthly", "--month", "2020-03", "--out", "a.xlsx").status, 0)
        let piped = tracker.run("report", "monthly", "--month", "2020-03", "--format", "xlsx")
        XCTAssertEqual(piped.status, 0, piped.stderr)
        let file = try XCTUnwrap(FileManager.default.contents(atPath: tracker.folder + "/a.xlsx"))
        XCTAssertEqual(piped.stdoutBytes, file)
        XCTAssertEqual(tracker.run("report", "monthly", "--month", "2020-03", "--out", "A.XLSX").status, 0)
        XCTAssertEqual(FileManager.default.contents(atPath: tracker.folder + "/A.XLSX"), file)
        let attributes = try FileManager.default.attributesOfItem(atPath: tracker.folder + "/a.xlsx")
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }

    func testFormatAndFileNameMustAgree() throws {
        let tracker = try awkwardTracker()
        try tracker.expectFailure(["report", "monthly", "--month", "2020-03", "--out", "r.xlsx", "--csv"], status: 64,
                                  message: "names a workbook")
        try tracker.expectFailure(["report", "monthly", "--month", "2020-03", "--out", "r.csv", "--format", "xlsx"],
                                  status: 64, message: "name the file FILE.xlsx")
        try tracker.expectFailure(["report", "monthly", "--month", "2020-03", "--out", "r.xlsx", "--encoding", "gb18030"],
                                  status: 64, message: "--encoding is for CSV")
        try tracker.expectFailure(["report", "summary", "--month", "2020-03", "--out", "s.csv"], status: 64,
                                  message: "name the file FILE.xlsx")
        try tracker.expectFailure(["household", "list", "--format", "xlsx"], status: 64, message: "report monthly")
        XCTAssertFalse(FileManager.default.fileExists(atPath: tracker.folder + "/r.xlsx"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: tracker.folder + "/r.csv"))
    }

    func testAWorkbookIsNeverWrittenToATerminal() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let result = try tracker.runOnTerminal(["report", "monthly", "--month", "2020-03", "--format", "xlsx"], typed: "")
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("--out FILE.xlsx"), result.stderr)
        XCTAssertFalse(result.stdout.contains("PK"), "no workbook bytes on the terminal")
    }

    func testColumnWidthsCountAChineseCharacterAsTwoDigits() {
        let widths = SheetLayout.columnWidths(
            header: ["户主", "Code", "n"],
            rows: [[.text("赵丁先先生"), .text("3729011234567890123"), .integer(7)], [.text(String(repeating: "长", count: 80))]])
        XCTAssertEqual(widths, [60, 21, 6], "80 wide characters are capped; 19 digits + 2; a short column keeps the minimum")
        XCTAssertEqual(SheetLayout.columnWidths(header: ["户主"], rows: [[.text("赵丁先先生")]]), [12])
    }
}
