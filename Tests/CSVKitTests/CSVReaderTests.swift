import XCTest
@testable import CSVKit

/// Edge cases of the reader, as a table so each case names what it covers.
final class CSVReaderTests: XCTestCase {
    private struct Case {
        let name: String
        let input: String
        let expected: [CSVRecord]
    }

    private func record(_ line: Int, _ fields: String...) -> CSVRecord {
        CSVRecord(line: line, fields: fields)
    }

    private func read(_ input: String) throws -> [CSVRecord] {
        try CSVReader.readAll(Array(input.utf8))
    }

    func testEdgeCaseTable() throws {
        let cases: [Case] = [
            Case(name: "simple LF", input: "a,b\nc,d\n", expected: [record(1, "a", "b"), record(2, "c", "d")]),
            Case(name: "no trailing newline", input: "a,b\nc,d", expected: [record(1, "a", "b"), record(2, "c", "d")]),
            Case(name: "CRLF", input: "a,b\r\nc,d\r\n", expected: [record(1, "a", "b"), record(2, "c", "d")]),
            Case(name: "mixed CRLF and LF", input: "a\r\nb\nc\r\nd",
                 expected: [record(1, "a"), record(2, "b"), record(3, "c"), record(4, "d")]),
            Case(name: "lone CR ends a record", input: "a,b\rc\r", expected: [record(1, "a", "b"), record(2, "c")]),
            Case(name: "quoted comma", input: "\"a,b\",c\n", expected: [record(1, "a,b", "c")]),
            Case(name: "doubled quotes", input: "\"he said \"\"hi\"\"\",x\n", expected: [record(1, "he said \"hi\"", "x")]),
            Case(name: "only a doubled quote", input: "\"\"\"\"\n", expected: [record(1, "\"")]),
            Case(name: "newline inside quotes, next record line", input: "\"a\nb\",c\nd,e\n",
                 expected: [record(1, "a\nb", "c"), record(3, "d", "e")]),
            Case(name: "CRLF inside quotes counts one line", input: "x,\"1\r\n2\r\n3\"\r\ny\r\n",
                 expected: [record(1, "x", "1\r\n2\r\n3"), record(4, "y")]),
            Case(name: "empty fields", input: ",,\na,,b\n", expected: [record(1, "", "", ""), record(2, "a", "", "b")]),
            Case(name: "trailing comma gives empty last field", input: "a,\n", expected: [record(1, "a", "")]),
            Case(name: "empty quoted field", input: "\"\",a,\"\"\n", expected: [record(1, "", "a", "")]),
            Case(name: "line of only an empty quoted field", input: "\"\"\n", expected: [record(1, "")]),
            Case(name: "blank lines skipped, lines still counted", input: "\na\n\r\n\nb\n\n",
                 expected: [record(2, "a"), record(5, "b")]),
            Case(name: "BOM skipped", input: "\u{FEFF}id,name\n1,x\n", expected: [record(1, "id", "name"), record(2, "1", "x")]),
            Case(name: "ragged rows are not an error", input: "a,b,c\nd\ne,f\n",
                 expected: [record(1, "a", "b", "c"), record(2, "d"), record(3, "e", "f")]),
            Case(name: "spaces are data", input: " a , b \n", expected: [record(1, " a ", " b ")]),
            Case(name: "Chinese and emoji", input: "赵丁先,👨‍👩‍👧\n", expected: [record(1, "赵丁先", "👨‍👩‍👧")]),
            Case(name: "quoted field at end of input", input: "a,\"b\"", expected: [record(1, "a", "b")]),
            Case(name: "empty input", input: "", expected: []),
            Case(name: "only line breaks", input: "\r\n\n\r", expected: []),
        ]
        for testCase in cases {
            XCTAssertEqual(try read(testCase.input), testCase.expected, testCase.name)
        }
    }

    func testErrorsCarryLineAndField() {
        let cases: [(name: String, input: String, expected: CSVError)] = [
            ("quote in unquoted field", "a,b\nc,d\"e\n", CSVError(.quoteInUnquotedField, line: 2, field: 2)),
            ("characters after closing quote", "a\n\n\"b\"x,c\n", CSVError(.charactersAfterClosingQuote, line: 3, field: 1)),
            ("characters after closing quote on a later line", "\"a\nb\" ,c\n",
             CSVError(.charactersAfterClosingQuote, line: 2, field: 1)),
            ("unterminated reports opening line", "a,b\nc,d\ne,\"f\ng\nh\n", CSVError(.unterminatedQuotedField, line: 3, field: 2)),
            ("unterminated after embedded newline in earlier field", "\"x\ny\",\"z\n",
             CSVError(.unterminatedQuotedField, line: 2, field: 2)),
            ("lone quote at end", "a,\"", CSVError(.unterminatedQuotedField, line: 1, field: 2)),
        ]
        for testCase in cases {
            XCTAssertThrowsError(try read(testCase.input), testCase.name) { error in
                XCTAssertEqual(error as? CSVError, testCase.expected, testCase.name)
            }
        }
    }

    func testIteratesRecordByRecordAndStopsAfterError() throws {
        var reader = CSVReader(string: "a\nb\"\nc\n")
        XCTAssertEqual(try reader.next(), record(1, "a"))
        XCTAssertThrowsError(try reader.next()) { error in
            XCTAssertEqual(error as? CSVError, CSVError(.quoteInUnquotedField, line: 2, field: 1))
        }
        XCTAssertNil(try reader.next(), "a reader does not resume after an error")
    }

    func testFieldCountOfRaggedRows() throws {
        let records = try read("id,name,village\n1,x\n")
        XCTAssertEqual(records.map(\.count), [3, 2])
        XCTAssertEqual(records[1][1], "x")
    }

    func testInvalidUTF8ForExplicitEncodingNamesTheLine() {
        let bytes = Array("a,b\nc,".utf8) + [0xFF] + Array("\n".utf8)
        XCTAssertThrowsError(try CSVReader(utf8: bytes)) { error in
            XCTAssertEqual(error as? CSVError, CSVError(.invalidBytes(encoding: .utf8, byteOffset: 6), line: 2))
        }
    }

    func testReadsFromRawBuffer() throws {
        let bytes: [UInt8] = Array("x,y\r\n".utf8)
        var reader = try bytes.withUnsafeBytes { try CSVReader(utf8: $0) }
        XCTAssertEqual(try reader.readAll(), [record(1, "x", "y")])
    }
}
