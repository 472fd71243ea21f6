import XCTest
@testable import CSVKit

/// Quoting, neutralisation and code cells of the writer, and writer→reader round trips.
final class CSVWriterTests: XCTestCase {
    private func text(_ records: [[CSVCell]], _ options: CSVWriter.Options = .init(encoding: .utf8)) throws -> String {
        var writer = CSVWriter(options: options)
        for record in records { writer.writeRecord(record) }
        return String(decoding: try writer.bytes(), as: UTF8.self)
    }

    private func line(_ fields: [String]) throws -> String {
        try text([fields.map(CSVCell.text)])
    }

    /// A file written in parts is the file written at once; only the
    /// file's own first field gets the quotes that keep Excel from SYLK.
    func testAFileWrittenInPartsIsTheFileWrittenAtOnce() throws {
        let records: [[CSVCell]] = [[.text("ID"), .code("0012")], [.text("ID2"), .text("=1+1")], [.text("a,b"), .integer(3)]]
        let options = CSVWriter.Options(encoding: .utf8)
        var whole = CSVWriter(options: options)
        for record in records { whole.writeRecord(record) }
        var first = CSVWriter(options: options)
        first.writeRecord(records[0])
        var rest = CSVWriter.continuing(options: options)
        for record in records.dropFirst() { rest.writeRecord(record) }
        first.append(rest)
        XCTAssertEqual(try first.bytes(), try whole.bytes())
        XCTAssertTrue(String(decoding: try first.bytes(), as: UTF8.self).hasPrefix("\"ID\",\t0012\r\nID2,'=1+1\r\n"))
    }

    func testQuotingCases() throws {
        let cases: [(fields: [String], expected: String)] = [
            (["a", "b"], "a,b\r\n"),
            (["a,b"], "\"a,b\"\r\n"),
            (["say \"hi\""], "\"say \"\"hi\"\"\"\r\n"),
            (["x\ny"], "\"x\ny\"\r\n"),
            (["x\ry"], "\"x\ry\"\r\n"),
            (["", "", ""], ",,\r\n"),
            ([""], "\"\"\r\n"),
            ([" padded"], "\" padded\"\r\n"),
            (["padded "], "\"padded \"\r\n"),
            (["in side"], "in side\r\n"),
            (["赵丁先", "😀"], "赵丁先,😀\r\n"),
            (["ID", "name"], "\"ID\",name\r\n"),
            (["name", "ID"], "name,ID\r\n"),
        ]
        for testCase in cases {
            XCTAssertEqual(try line(testCase.fields), testCase.expected, "\(testCase.fields)")
        }
    }

    func testRecordsEndWithCRLFAndBOMByDefault() throws {
        var writer = CSVWriter()
        writer.writeRecord(["a"])
        writer.writeRecord(["b"])
        XCTAssertEqual(try writer.bytes(), [0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8))
    }

    func testSpreadsheetSafeNeutralisesEachDangerousFirstCharacter() throws {
        for dangerous in ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            let written = try text([[.text(dangerous)]])
            let reread = try CSVReader.readAll(Array(written.utf8))
            XCTAssertEqual(reread.first?.fields, ["'" + dangerous], "\(dangerous.debugDescription)")
        }
        XCTAssertEqual(try line(["a=b", "1-2"]), "a=b,1-2\r\n", "only the first character matters")
    }

    func testUnsafeModeLeavesTextAlone() throws {
        let options = CSVWriter.Options(encoding: .utf8, spreadsheetSafe: false)
        XCTAssertEqual(try text([[.text("=1+2")]], options), "=1+2\r\n")
    }

    func testNumericCellsAreNotNeutralised() throws {
        XCTAssertEqual(try text([[.number("-5"), .number("+3.5"), .number("1e-3"), .integer(-42)]]), "-5,+3.5,1e-3,-42\r\n")
    }

    func testNumberThatIsNotANumberIsNeutralised() throws {
        XCTAssertEqual(try text([[.number("-5+cmd|'/c calc'!A0")]]), "'-5+cmd|'/c calc'!A0\r\n")
        XCTAssertEqual(try text([[.number("=1")]]), "'=1\r\n")
        for bad in ["", "-", ".", "1e", "1.2.3", "1,000", " 1"] {
            XCTAssertFalse(CSVWriter.isNumberLiteral(bad), bad)
        }
    }

    func testCodeCellsKeepDigitsAsTextWithTabByDefault() throws {
        let written = try text([[.code("372901198001011234"), .code("007"), .code("37290119800101123X"), .code("=x")]])
        XCTAssertEqual(written, "\t372901198001011234,\t007,\t37290119800101123X,'=x\r\n")
        let reread = try CSVReader.readAll(Array(written.utf8))
        XCTAssertEqual(reread.first?.fields.map { $0.trimmingPrefix("\t") }.map(String.init),
                       ["372901198001011234", "007", "37290119800101123X", "'=x"], "digits survive exactly")
    }

    func testCodeStyles() throws {
        XCTAssertEqual(try text([[.code("0012")]], .init(encoding: .utf8, codeStyle: .plain)), "0012\r\n")
        XCTAssertEqual(try text([[.code("0012")]], .init(encoding: .utf8, codeStyle: .zeroWidthSpacePrefix)),
                       "\u{200B}0012\r\n")
        XCTAssertEqual(try text([[.code("村民")]]), "村民\r\n", "non-digit codes are plain text")
    }

    func testRoundTripOfTrickyFields() throws {
        let rows: [[String]] = [
            ["comma,inside", "quote\"inside", "\"", "\"\""],
            ["cr\rinside", "lf\ninside", "crlf\r\ninside", ""],
            ["赵丁先", "👨‍👩‍👧 family", "=SUM(A1)", " spaced "],
            ["", "", "", "end"],
        ]
        var writer = CSVWriter(options: .init(encoding: .utf8BOM, spreadsheetSafe: false))
        for row in rows { writer.writeRecord(row) }
        let records = try CSVReader.readAll(try writer.bytes())
        XCTAssertEqual(records.map(\.fields), rows)
        XCTAssertEqual(records.map(\.line), [1, 2, 6, 7], "CR, LF and CRLF inside row 2 each add a line")
    }

    func testGB18030OutputRoundTrips() throws {
        var writer = CSVWriter(options: .init(encoding: .gb18030))
        writer.writeRecord(["姓名", "村"])
        writer.writeRecord(["赵丁先", "😀"])
        let bytes = try writer.bytes()
        XCTAssertEqual(Array(bytes.prefix(4)), [0xD0, 0xD5, 0xC3, 0xFB], "姓名 in GB18030")
        var reader = try CSVReader(bytes: bytes)
        XCTAssertEqual(reader.encoding, .gb18030)
        XCTAssertEqual(try reader.readAll().map(\.fields), [["姓名", "村"], ["赵丁先", "😀"]])
    }
}
