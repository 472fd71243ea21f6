import SeededRNG
import XCTest
import ZipKit

@testable import XLSXKit

final class WorkbookTests: XCTestCase {
    func testWrittenCellsReadBackWithTheirTypes() throws {
        let report = Worksheet(
            name: "月报", header: ["户编号", "户主", "本月走访次数", "最近走访日期", "覆盖率"],
            rows: [
                [.text("0012"), .text("=1+1"), .integer(2), .date(serial: 43913), .percent(0.755)],
                [.text("3729011234567890123"), .text("赵丁先\t'x"), .number(2.5), .empty, .text("")],
                [.text("_x0041_"), .text("a\u{1}b")],
            ],
            columnWidths: [21, 10, 14, 12, 8])
        let summary = Worksheet(name: "汇总", header: ["层级"], rows: [[.text("合计")]])
        let workbook = try Workbook(try WorkbookWriter.bytes([report, summary]))
        XCTAssertEqual(workbook.sheetNames, ["月报", "汇总"])
        let rows = try workbook.rows()
        XCTAssertEqual(rows.map(\.number), [1, 2, 3, 4])
        XCTAssertEqual(rows[0].cells.map(\.value), ["户编号", "户主", "本月走访次数", "最近走访日期", "覆盖率"].map(CellValue.text))
        XCTAssertEqual(rows[1].cells.map(\.value), [.text("0012"), .text("=1+1"), .number("2"), .date(serial: 43913), .number("0.755")])
        XCTAssertEqual(rows[2].cells.map(\.value), [.text("3729011234567890123"), .text("赵丁先\t'x"), .number("2.5")])
        XCTAssertEqual(rows[3].cells.map(\.value), [.text("_x0041_"), .text("a\u{1}b")])
        XCTAssertEqual(try workbook.rows(ofSheet: "汇总").map { $0.cells.map(\.value) }, [[.text("层级")], [.text("合计")]])
        XCTAssertThrowsError(try workbook.rows(ofSheet: "Sheet9")) { error in
            XCTAssertEqual(error as? WorkbookError, .noSuchSheet("Sheet9", available: ["月报", "汇总"]))
        }
    }

    func testTheHeaderIsBoldAndFrozenAndNoCellIsAFormula() throws {
        let bytes = try WorkbookWriter.bytes([Worksheet(name: "R", header: ["h"], rows: [[.text("=HYPERLINK(\"x\")")]])])
        let archive = try ZipArchive(bytes)
        let sheet = String(decoding: try archive.contents(of: try XCTUnwrap(archive.entry(named: "xl/worksheets/sheet1.xml"))), as: UTF8.self)
        XCTAssertTrue(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        XCTAssertFalse(sheet.contains("<f>"))
        XCTAssertTrue(sheet.contains(#"<c r="A1" s="1" t="s">"#))
        let styles = String(decoding: try archive.contents(of: try XCTUnwrap(archive.entry(named: "xl/styles.xml"))), as: UTF8.self)
        XCTAssertTrue(styles.contains("<font><b/>"))
    }

    func testSheetNamesAreMadeAcceptable() {
        XCTAssertEqual(WorkbookWriter.uniqueNames(["a/b", "", "A/B", String(repeating: "长", count: 40)]),
                       ["a_b", "Sheet2", "A_B (2)", String(repeating: "长", count: 31)])
    }

    /// What other programs write: inline strings, rich text with phonetic
    /// guides, codes typed as numbers (plain and zero-padded), date formats,
    /// the 1904 date system, cells without references, formulas with cached values.
    func testCellsAsOtherProgramsWriteThem() throws {
        let bytes = try Self.package(
            workbook: #"<workbook xmlns:r="r"><workbookPr date1904="1"/><sheets><sheet name="花名册" sheetId="1" r:id="rId7"/></sheets></workbook>"#,
            sheet: """
                <worksheet><sheetData>
                <row r="3"><c r="B3" t="inlineStr"><is><t>户编号</t></is></c><c t="s"><v>0</v></c></row>
                <row><c r="A4" s="1"><v>12</v></c><c r="B4"><v>3.7290112345678899E+18</v></c><c r="C4" s="2"><v>0</v></c>
                <c r="D4" s="3"><v>30000.75</v></c><c r="E4" t="str"><f>A4&amp;"x"</f><v>12x</v></c><c r="F4" t="b"><v>1</v></c>
                <c r="G4" t="e"><v>#N/A</v></c><c r="H4" t="s"><v>1</v></c><c r="I4"/><c r="J4" t="d"><v>2020-03-23T00:00:00</v></c></row>
                </sheetData></worksheet>
                """,
            strings: #"<sst><si><r><t>赵</t></r><r><t>丁先</t></r><rPh sb="0" eb="1"><t>ザオ</t></rPh></si><si><t/></si></sst>"#,
            styles: #"<styleSheet><numFmts><numFmt numFmtId="164" formatCode="000000"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="49"/><xf numFmtId="14"/></cellXfs></styleSheet>"#)
        let workbook = try Workbook(bytes)
        XCTAssertEqual(workbook.sheetNames, ["花名册"])
        let rows = try workbook.rows(ofSheet: "花名册")
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows[0].number, 3)
        XCTAssertEqual(rows[0].cells.map(\.column), [1, 2])
        XCTAssertEqual(rows[0].cells.map(\.value), [.text("户编号"), .text("赵丁先")])
        XCTAssertEqual(rows[1].number, 4)
        XCTAssertEqual(rows[1].cells.map(\.column), [0, 1, 2, 3, 4, 5, 6, 9])
        XCTAssertEqual(rows[1].cells.map(\.value), [
            .number("000012"), .number("3729011234567890000"), .number("0"), .date(serial: 30000 + 1462),
            .text("12x"), .boolean(true), .error("#N/A"), .text("2020-03-23"),
        ])
    }

    func testPartsThatAreMissingOrHostileAreClearErrors() throws {
        var writer = ZipWriter()
        try writer.add("hello.txt", Array("hi".utf8))
        XCTAssertThrowsError(try Workbook(try writer.bytes())) { error in
            XCTAssertEqual(error as? WorkbookError, .missingPart("xl/workbook.xml"))
        }
        let bomb = try Self.package(
            workbook: #"<workbook><sheets><sheet name="S" r:id="rId7"/></sheets></workbook>"#,
            sheet: #"<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>"#)
        XCTAssertThrowsError(try Workbook(bomb).rows()) { error in
            guard case .xml(let part, let xml)? = error as? WorkbookError else { return XCTFail("\(error)") }
            XCTAssertEqual(part, "xl/worksheets/sheet1.xml")
            XCTAssertEqual(xml.reason, .doctype)
        }
        let badReference = try Self.package(
            workbook: #"<workbook><sheets><sheet name="S" r:id="rId7"/></sheets></workbook>"#,
            sheet: #"<worksheet><sheetData><row r="2"><c r="A1"><v>1</v></c></row></sheetData></worksheet>"#)
        XCTAssertThrowsError(try Workbook(badReference).rows())
        let badString = try Self.package(
            workbook: #"<workbook><sheets><sheet name="S" r:id="rId7"/></sheets></workbook>"#,
            sheet: #"<worksheet><sheetData><row r="2"><c r="A2" t="s"><v>5</v></c></row></sheetData></worksheet>"#)
        XCTAssertThrowsError(try Workbook(badString).rows())
        XCTAssertThrowsError(try Workbook([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])) { error in
            XCTAssertEqual(error as? WorkbookError, .legacyExcel)
        }
    }

    func testDamagedWorkbooksAreErrorsNeverCrashes() throws {
        let bytes = try WorkbookWriter.bytes([
            Worksheet(name: "R", header: ["户编号", "姓名"], rows: (0..<20).map { [.text("H\($0)"), .integer($0)] })
        ])
        for length in stride(from: 0, to: bytes.count, by: 7) {
            XCTAssertThrowsError(try Workbook(Array(bytes[..<length])).rows(), "cut at \(length)")
        }
        var random = SplitMix64(seed: 18)
        for _ in 0..<400 {
            var damaged = bytes
            damaged[random.below(damaged.count)] = UInt8(truncatingIfNeeded: random.next())
            _ = try? Workbook(damaged).rows()
        }
    }

    // MARK: Helpers

    /// A minimal package around hand-written parts, as another program might lay it out.
    static func package(workbook: String, sheet: String, strings: String? = nil, styles: String? = nil) throws -> [UInt8] {
        var writer = ZipWriter()
        try writer.add("_rels/.rels", Array(#"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>"#.utf8))
        try writer.add("xl/workbook.xml", Array(workbook.utf8))
        var relationships = #"<Relationships><Relationship Id="rId7" Type="x/worksheet" Target="worksheets/../worksheets/sheet1.xml"/>"#
        if strings != nil { relationships += #"<Relationship Id="rId8" Type="x/sharedStrings" Target="strings.xml"/>"# }
        if styles != nil { relationships += #"<Relationship Id="rId9" Type="x/styles" Target="/xl/styles.xml"/>"# }
        try writer.add("xl/_rels/workbook.xml.rels", Array((relationships + "</Relationships>").utf8))
        try writer.add("xl/worksheets/sheet1.xml", Array(sheet.utf8))
        if let strings { try writer.add("xl/strings.xml", Array(strings.utf8)) }
        if let styles { try writer.add("xl/styles.xml", Array(styles.utf8)) }
        return try writer.bytes()
    }
}
