import Foundation
import SeededRNG
import TestSupport
import XCTest
import XLSXKit
import ZipKit

/// `import households FILE.xlsx`: a roster saved by LibreOffice and shaped
/// like a national-system export imports; bad rows are reported by row;
/// damaged and hostile files are refused in one line with exit 65, and
/// nothing is written.
final class WorkbookImportCLITests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Corpus/workbooks")

    private func copyFixture(_ name: String, to tracker: TrackerRunner) throws -> String {
        let path = tracker.folder + "/" + name
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent(name).path, toPath: path)
        return path
    }

    private func write(_ bytes: [UInt8], _ name: String, in tracker: TrackerRunner) throws -> String {
        let path = tracker.folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func household(_ tracker: TrackerRunner, _ code: String) throws -> [String: Any] {
        let result = tracker.run("household", "show", code, "--json", "--reveal")
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
    }

    /// A roster sheet written by XLSXKit: the header on row 1, then `rows`.
    private func roster(_ rows: [[Worksheet.Cell]], header: [String] = ["户编号", "乡镇", "村", "姓名", "与户主关系", "身份证号", "出生日期", "联系电话"]) throws -> [UInt8] {
        try WorkbookWriter.bytes([Worksheet(name: "花名册", header: header, rows: rows)])
    }

    // MARK: A file saved by LibreOffice

    func testANationalSystemExportSavedByLibreOfficeImports() throws {
        let tracker = TrackerRunner()
        let path = try copyFixture("national-export.xlsx", to: tracker)
        // The fixture is what LibreOffice writes, not what XLSXKit writes.
        let archive = try ZipArchive(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        let app = try archive.contents(of: try XCTUnwrap(archive.entry(named: "docProps/app.xml")))
        XCTAssertTrue(String(decoding: app, as: UTF8.self).contains("<Application>LibreOffice"))

        let result = tracker.run("import", "households", path, "--lang", "en")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "Imported 5 rows (sheet 花名册, header on row 3): households 3 added, 0 updated, 0 unchanged; members 5 added, 0 updated, 0 unchanged.\n")

        // 户编号 as 19-digit text: every digit, found by its code.
        let zhao = try household(tracker, "3729011234567890123")
        XCTAssertEqual(zhao["code"] as? String, "3729011234567890123")
        XCTAssertEqual(zhao["phone"] as? String, "13812345678", "a phone typed as a number keeps its digits")
        XCTAssertEqual(zhao["registered_on"] as? String, "2016-05-01", "a date cell in a Chinese date format")
        let members = try XCTUnwrap(zhao["members"] as? [[String: Any]])
        XCTAssertEqual(members.map { $0["name"] as? String }, ["赵大明", "钱小红"])
        XCTAssertEqual(members.map { $0["birth_date"] as? String }, ["1980-01-01", "1982-03-04"], "date cells")
        // A code typed as the number 12 in a 000000 format: the digits the cell shows.
        let sun = try household(tracker, "000012")
        XCTAssertEqual(sun["phone"] as? String, "0530-1234567")
        XCTAssertEqual(sun["registered_on"] as? String, "2017-03-15")
        let sunMembers = try XCTUnwrap(sun["members"] as? [[String: Any]])
        XCTAssertEqual(sunMembers.map { $0["birth_date"] as? String }, ["1975-06-07", "2010-09-01"], "text and date cells")
        // A code typed as a plain number.
        let zhou = try household(tracker, "4101")
        XCTAssertEqual((zhou["members"] as? [[String: Any]])?.first?["birth_date"] as? String, "1960-02-29")

        // A corrected roster is imported again every month: nothing changes.
        let again = tracker.run("import", "households", path, "--header-row", "3", "--sheet", "花名册", "--lang", "en", "--json")
        XCTAssertEqual(again.status, 0, again.stderr)
        let plan = try XCTUnwrap(try JSONSerialization.jsonObject(with: again.stdoutBytes) as? [String: Any])
        XCTAssertEqual(plan["households_unchanged"] as? Int, 3)
        XCTAssertEqual(plan["members_unchanged"] as? Int, 5)
        XCTAssertEqual(plan["sheet"] as? String, "花名册")
        XCTAssertEqual(plan["header_row"] as? Int, 3)
    }

    func testTheSheetAndTheHeaderRowCanBeNamed() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("init").status, 0)
        let path = try copyFixture("national-export.xlsx", to: tracker)
        try tracker.expectFailure(["import", "households", path, "--sheet", "户籍"], status: 65,
                                  message: "has no sheet named 户籍; its sheets are: 花名册, 说明")
        try tracker.expectFailure(["import", "households", path, "--sheet", "说明"], status: 65, message: "the roster has no 户编号")
        try tracker.expectFailure(["import", "households", path, "--header-row", "1"], status: 65,
                                  message: "add it to the header row (line 1)")
        try tracker.expectFailure(["import", "households", path, "--header-row", "40"], status: 65,
                                  message: "row 40 of the roster is empty or past its end")
        try tracker.expectFailure(["import", "households", path, "--header-row", "0"], status: 65, message: "--header-row")
        try tracker.expectFailure(["import", "households", path, "--encoding", "gb18030"], status: 64,
                                  message: "--encoding is for CSV files")
        let csv = tracker.folder + "/roster.csv"
        try "户编号,乡镇,村,姓名,与户主关系\r\nH1,陈集镇,焦庄村,王五,户主\r\n".write(toFile: csv, atomically: true, encoding: .utf8)
        try tracker.expectFailure(["import", "households", csv, "--sheet", "花名册"], status: 64, message: "--sheet is for .xlsx")
    }

    func testTitleRowsAboveTheHeaderWorkInCSVToo() throws {
        let tracker = TrackerRunner()
        let csv = tracker.folder + "/roster.csv"
        try "陈集镇花名册,,,,\r\n导出时间 2020-03-25,,,,\r\n户编号,乡镇,村,姓名,与户主关系\r\nH1,陈集镇,焦庄村,王五,户主\r\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let result = tracker.run("import", "households", csv, "--lang", "en")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Imported 1 rows (UTF-8, header on row 3)"), result.stdout)
    }

    // MARK: Cells typed as numbers

    func testCodesTypedAsNumbersKeepTheirShownDigitsAndAnIDNumberThatLostDigitsIsReportedByRow() throws {
        let tracker = TrackerRunner()
        let id = IDFixtures.id(birth: "19800101", sequence: 11)
        let good = try write(try roster([
            [.number(Double("3729011234567890123")!), .text("陈集镇"), .text("焦庄村"), .text("王五"), .text("户主"), .text(id),
             .date(serial: 29221), .number(13_812_345_678)],
        ]), "numbers.xlsx", in: tracker)
        XCTAssertEqual(tracker.run("import", "households", good).status, 0)
        let wang = try household(tracker, "3729011234567890000")
        XCTAssertEqual(wang["phone"] as? String, "13812345678")
        XCTAssertEqual((wang["members"] as? [[String: Any]])?.first?["birth_date"] as? String, "1980-01-01")

        // An 18-digit ID number typed as a number keeps 15 digits (372901198001010000): refused, by row.
        let lost = try write(try roster([
            [.text("H2"), .text("陈集镇"), .text("焦庄村"), .text("李四"), .text("户主"), .number(Double("372901198001010014")!)],
            [.text("H2"), .text("陈集镇"), .text("焦庄村"), .text("李小四"), .text("子女"), .text(""), .text("2030-01-01")],
        ]), "lost.xlsx", in: tracker)
        try tracker.expectFailure(["import", "households", lost], status: 65, message: "line 2, 身份证号")
        let result = tracker.run("import", "households", lost)
        XCTAssertTrue(result.stderr.contains("line 3, 出生日期"), result.stderr)
        XCTAssertTrue(result.stderr.contains("2 problems on 2 lines"), result.stderr)
    }

    // MARK: Damaged and hostile files

    func testDamagedAndHostileWorkbooksAreRefusedInOneLineAndNothingIsWritten() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let good = Array(try Data(contentsOf: Self.fixtures.appendingPathComponent("national-export.xlsx")))

        var cases: [(name: String, bytes: [UInt8], message: String)] = [
            ("truncated.xlsx", Array(good[..<(good.count / 2)]), "is not a readable .xlsx file"),
            ("empty.xlsx", [], "is not a readable .xlsx file"),
            ("text.xlsx", Array("户编号,乡镇,村,姓名,与户主关系\r\n".utf8), "is not a readable .xlsx file"),
            ("old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504), "old Excel 97-2003 file"),
        ]
        var notAWorkbook = ZipWriter()
        try notAWorkbook.add("word/document.xml", Array("<document/>".utf8))
        cases.append(("document.xlsx", try notAWorkbook.bytes(), "not an Excel workbook"))

        // Entity expansion: a DOCTYPE in the sheet is refused before any entity is read.
        let laughs = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>"#
        cases.append(("laughs.xlsx", try Self.replacing("xl/worksheets/sheet1.xml", with: Array(laughs.utf8), in: good), "DOCTYPE"))
        // A bomb that declares its size: refused before inflating.
        var bomb = try WorkbookWriter.bytes([Worksheet(name: "S", header: ["户编号"])])
        try Self.setDeclaredSize(of: "xl/worksheets/sheet1.xml", to: 300 << 20, in: &bomb)
        cases.append(("bomb.xlsx", bomb, "zip bomb"))
        // A bomb that understates its size: inflating stops at the size it declared.
        var zip = ZipWriter()
        try zip.add("xl/workbook.xml", Array(#"<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>"#.utf8))
        try zip.add("xl/_rels/workbook.xml.rels", Array(#"<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.utf8))
        try zip.add("xl/worksheets/sheet1.xml", [UInt8](repeating: 0x20, count: 50 << 20))
        var liar = try zip.bytes()
        try Self.setDeclaredSize(of: "xl/worksheets/sheet1.xml", to: 4096, in: &liar)
        cases.append(("liar.xlsx", liar, "more than the 4096 bytes it declares"))
        // An encrypted entry.
        var locked = good
        try Self.setFlag(0x0001, of: "xl/worksheets/sheet1.xml", in: &locked)
        cases.append(("locked.xlsx", locked, "password-protected"))

        for (name, bytes, message) in cases {
            let path = try write(bytes, name, in: tracker)
            try tracker.expectFailure(["import", "households", path], status: 65, message: message)
            let result = tracker.run("import", "households", path, "--lang", "zh")
            XCTAssertEqual(result.status, 65, name)
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "\(name): one line, got \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("错误："), "\(name): \(result.stderr)")
        }
        var random = SplitMix64(seed: 18)
        for round in 0..<20 {
            var damaged = good
            for _ in 0..<8 { damaged[random.below(damaged.count)] = UInt8(truncatingIfNeeded: random.next()) }
            let result = tracker.run("import", "households", try write(damaged, "damaged-\(round).xlsx", in: tracker), "--dry-run")
            XCTAssertTrue([0, 65].contains(result.status), "round \(round): exit \(result.status) \(result.stderr)")
        }
    }

    // MARK: Package surgery

    /// The offset of each central directory entry by name.
    private static func directoryEntries(_ bytes: [UInt8]) -> [String: Int] {
        func uint(_ offset: Int, _ size: Int) -> Int { (0..<size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) } }
        let end = bytes.count - 22
        var offset = uint(end + 16, 4)
        var entries: [String: Int] = [:]
        for _ in 0..<uint(end + 10, 2) {
            let nameLength = uint(offset + 28, 2)
            entries[String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)] = offset
            offset += 46 + nameLength + uint(offset + 30, 2) + uint(offset + 32, 2)
        }
        return entries
    }

    static func setDeclaredSize(of name: String, to size: UInt32, in bytes: inout [UInt8]) throws {
        let entry = try XCTUnwrap(directoryEntries(bytes)[name])
        for index in 0..<4 { bytes[entry + 24 + index] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(index))) }
    }

    static func setFlag(_ flag: UInt8, of name: String, in bytes: inout [UInt8]) throws {
        let entry = try XCTUnwrap(directoryEntries(bytes)[name])
        bytes[entry + 8] |= flag
    }

    /// `bytes` with the part `name` replaced by `contents` (the other parts copied).
    static func replacing(_ name: String, with contents: [UInt8], in bytes: [UInt8]) throws -> [UInt8] {
        let archive = try ZipArchive(bytes)
        var writer = ZipWriter()
        for entry in archive.entries {
            try writer.add(entry.name, entry.name == name ? contents : try archive.contents(of: entry))
        }
        return try writer.bytes()
    }
}
