import Foundation
import TestSupport
import XCTest
import CSVKit

/// Checks our output against an independent RFC 4180 reader: Python's `csv`.
/// Foundation (for `Process` and JSON) is used here only, never in CSVKit.
final class PythonInteropTests: XCTestCase {
    func testPythonCSVReadsTheSameFields() throws {
        guard let python = Executables.python3 else { throw XCTSkip("python3 not found on PATH") }
        let rows: [[String]] = [
            ["name", "note", "id"],
            ["赵丁先", "comma, inside", "372901198001011234"],
            ["quote \"inside\"", "line\nbreak", "crlf\r\ninside"],
            ["lone\rcr", "", "😀 emoji"],
            ["=SUM(A1)", " spaced ", "\"\""],
        ]
        var writer = CSVWriter(options: .init(encoding: .utf8BOM, spreadsheetSafe: false))
        for row in rows { writer.writeRecord(row) }
        let folder = TemporaryFolder(prefix: "csvkit")
        let file = URL(fileURLWithPath: folder.file("test.csv"))
        try Data(try writer.bytes()).write(to: file)

        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                print(json.dumps(list(csv.reader(f, strict=True))))
            """
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [[String]])
        XCTAssertEqual(parsed, rows)
        XCTAssertEqual(try CSVReader.readAll(try writer.bytes()).map(\.fields), rows)
    }
}
