import CLIKit
import TestSupport
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

final class JSONWriterTests: XCTestCase {
    private let sample: JSONValue = [
        "code": "410522001",
        "head": "赵丁先",
        "note": "say \"hi\"\\ \n\t\r\u{08}\u{0C}\u{01}\u{1F} end",
        "size": 4,
        "income": 3200.5,
        "whole": 3000.0,
        "nan": .double(.nan),
        "ok": true,
        "missing": nil,
        "visits": [["date": "2020-03-01"], []],
        "empty": [:],
    ]

    func testCompactKeepsKeyOrderAndEscapes() {
        XCTAssertEqual(
            sample.serialized(),
            #"{"code":"410522001","head":"赵丁先","note":"say \"hi\"\\ \n\t\r\b\f\u0001\u001F end","size":4,"income":3200.5,"whole":3000,"nan":null,"ok":true,"missing":null,"visits":[{"date":"2020-03-01"},[]],"empty":{}}"#
        )
    }

    func testPretty() {
        let value: JSONValue = ["a": [1, 2], "b": ["c": "户"], "d": []]
        XCTAssertEqual(
            value.serialized(pretty: true),
            """
            {
              "a": [
                1,
                2
              ],
              "b": {
                "c": "户"
              },
              "d": []
            }
            """)
    }

    func testDoubles() {
        XCTAssertEqual(JSONValue.double(1e16).serialized(), "10000000000000000")
        XCTAssertEqual(JSONValue.double(-0.0).serialized(), "0")
        XCTAssertEqual(JSONValue.double(0.1).serialized(), "0.1")
        XCTAssertEqual(JSONValue.double(.infinity).serialized(), "null")
        XCTAssertEqual(JSONValue.double(1e300).serialized(), "1e+300")
        XCTAssertEqual(JSONValue.int(.min).serialized(), "-9223372036854775808")
    }

    func testLineSeparatorsEscaped() {
        XCTAssertEqual(JSONValue.string("a\u{2028}b\u{7F}").serialized(), "\"a\\u2028b\u{7F}\"")
    }

    func testEqualityAndSubscript() {
        XCTAssertEqual(sample["head"], .string("赵丁先"))
        XCTAssertNil(sample["absent"])
        XCTAssertNotEqual(JSONValue.object([("a", 1), ("b", 2)]), .object([("b", 2), ("a", 1)]))
        XCTAssertEqual(JSONValue.string(nil as String?), .null)
    }

    /// Python's json module is an independent judge of validity, when it is installed.
    func testPythonAcceptsOutput() throws {
        guard let python = Executables.python3?.path else {
            throw XCTSkip("python3 not found")
        }
        var everyControl = ""
        for value in 0..<0x20 { everyControl.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        let documents: [JSONValue] = [
            sample, ["controls": .string(everyControl), "emoji": "👨‍👩‍👧 ❤️", "ls": "\u{2028}"],
        ]
        for (index, document) in documents.enumerated() {
            for pretty in [false, true] {
                let text = document.serialized(pretty: pretty)
                let script =
                    "import json,sys; d=json.load(sys.stdin); print(json.dumps(d, ensure_ascii=False, separators=(',',':')))"
                let output = try run(python, ["-c", script], input: text)
                XCTAssertEqual(output.status, 0, text)
                if index == 1 {
                    // Non-ASCII text survives the round trip unescaped.
                    XCTAssertTrue(output.stdout.contains("👨‍👩‍👧 ❤️"), output.stdout)
                }
            }
        }
    }

    /// Runs a program with stdin from a temporary file; just enough process
    /// handling for this test, without Foundation.
    private func run(_ path: String, _ arguments: [String], input: String) throws -> (status: Int32, stdout: String) {
        var template = Array("/tmp/clikit-json-XXXXXX".utf8CString)
        let inputFD = mkstemp(&template)
        guard inputFD >= 0 else { throw XCTSkip("cannot create a temporary file") }
        let inputPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(inputPath) }
        let bytes = Array(input.utf8)
        _ = bytes.withUnsafeBytes { write(inputFD, $0.baseAddress, $0.count) }
        close(inputFD)

        func quote(_ word: String) -> String {
            "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
        }
        let command = (([path] + arguments).map(quote) + ["<", quote(inputPath)]).joined(separator: " ")
        guard let pipe = popen(command, "r") else { throw XCTSkip("popen failed") }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&buffer, 1, buffer.count, pipe)
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        let status = pclose(pipe)
        return (status, String(decoding: output, as: UTF8.self))
    }
}
