import SeededRNG
import XCTest
import CSVKit

/// Random and mutated inputs must only ever produce records or `CSVError`s:
/// a roster file from the field must never crash the tool.
final class FuzzTests: XCTestCase {

    private let fragments: [[UInt8]] = [
        [0x2C], [0x22], [0x0D], [0x0A], [0x0D, 0x0A], [0x22, 0x22], [0x61], [0x20], [0x31],
        [0xEF, 0xBB, 0xBF], Array("赵".utf8), Array("😀".utf8), [0xD5, 0xD4], [0x81, 0x30, 0x8B, 0x38],
        [0x80], [0xFF], [0xC3], [0x84, 0x31, 0x95, 0x33], [0x00],
    ]

    private let seed = Array("\u{FEFF}id,name,note\r\n1,赵丁先,\"a,b\"\r\n2,\"x\"\"y\",\"multi\nline\"\r\n3,,\r\n".utf8)

    private func randomInput(_ rng: inout SplitMix64, index: Int) -> [UInt8] {
        if index.isMultiple(of: 2) {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...60, using: &rng) {
                bytes += Bool.random(using: &rng) ? fragments.randomElement(using: &rng)! : [UInt8.random(in: 0...255, using: &rng)]
            }
            return bytes
        }
        var bytes = seed
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let position = Int.random(in: 0...bytes.count, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: bytes.insert(contentsOf: fragments.randomElement(using: &rng)!, at: position)
            case 1: if position < bytes.count { bytes.remove(at: position) }
            default: if position < bytes.count { bytes[position] = UInt8.random(in: 0...255, using: &rng) }
            }
        }
        return bytes
    }

    func testRandomAndMutatedInputsNeverTrap() {
        var rng = SplitMix64(seed: 20_240_601)
        var recordsSeen = 0
        var errorsSeen = 0
        for index in 0..<5_000 {
            let bytes = randomInput(&rng, index: index)
            let physicalLines = bytes.filter { $0 == 0x0A || $0 == 0x0D }.count + 1
            do {
                _ = try? TextDecoder.detect(bytes)
                var reader = try CSVReader(bytes: bytes)
                var previousLine = 0
                while let record = try reader.next() {
                    XCTAssertGreaterThan(record.line, previousLine, "input #\(index)")
                    XCTAssertLessThanOrEqual(record.line, physicalLines, "input #\(index)")
                    XCTAssertGreaterThan(record.count, 0)
                    previousLine = record.line
                    recordsSeen += 1
                }
            } catch {
                XCTAssertGreaterThanOrEqual(error.line, 1, "input #\(index)")
                XCTAssertLessThanOrEqual(error.line, physicalLines, "input #\(index)")
                errorsSeen += 1
            }
        }
        XCTAssertGreaterThan(recordsSeen, 1_000, "the fuzzer should exercise the happy path")
        XCTAssertGreaterThan(errorsSeen, 100, "the fuzzer should exercise the error paths")
    }

    func testRandomFieldsRoundTripThroughWriterAndReader() throws {
        var rng = SplitMix64(seed: 42)
        let pieces = ["a", "赵", "😀", ",", "\"", "\r", "\n", "\r\n", " ", "=", "-", "0", "\t", "'"]
        for _ in 0..<500 {
            let rows = (0..<Int.random(in: 1...5, using: &rng)).map { _ in
                (0..<Int.random(in: 1...6, using: &rng)).map { _ in
                    (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
                }
            }
            for encoding in TextEncoding.allCases {
                var writer = CSVWriter(options: .init(encoding: encoding, spreadsheetSafe: false))
                for row in rows { writer.writeRecord(row) }
                XCTAssertEqual(try CSVReader.readAll(try writer.bytes(), encoding: encoding).map(\.fields), rows)
            }
        }
    }
}
