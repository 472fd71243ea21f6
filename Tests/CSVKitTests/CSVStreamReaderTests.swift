import XCTest
@testable import CSVKit

/// The streaming reader gives the same records as the in-memory reader,
/// however the input is cut into reads, and holds only a bounded amount.
final class CSVStreamReaderTests: XCTestCase {
    /// A source handing out `bytes` `step` bytes at a time.
    private func source(_ bytes: [UInt8], step: Int) -> CSVStreamReader.Source {
        var offset = 0
        return { buffer in
            let count = min(step, buffer.count, bytes.count - offset)
            for index in 0..<count { buffer[index] = bytes[offset + index] }
            offset += count
            return count
        }
    }

    private func readAll(_ reader: inout CSVStreamReader) throws -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    func testRecordsAndLinesMatchTheInMemoryReaderForEveryReadSize() throws {
        let text = "\u{FEFF}户编号,姓名\r\nH1,\"王,五\"\r\n\r\nH2,\"两行\r\n的名字\"\nH3,\"引号\"\"内\"\rH4,末行"
        let bytes = Array(text.utf8)
        let expected = try CSVReader.readAll(bytes)
        XCTAssertEqual(expected.count, 5)
        for step in [1, 2, 3, 5, 7, 64, 1 << 16] {
            var reader = CSVStreamReader(source: source(bytes, step: step))
            XCTAssertEqual(try readAll(&reader), expected, "reads of \(step) bytes")
            XCTAssertEqual(reader.encoding, .utf8BOM)
        }
    }

    func testAGB18030FileLongerThanTheDetectedPartDecodesThroughout() throws {
        let row = "H0001,陈集镇,焦庄村,王五,户主\r\n"
        let text = "户编号,乡镇,村,姓名,与户主关系\r\n" + String(repeating: row, count: 60_000)
        let bytes = try TextEncoder.encode(text, as: .gb18030)
        XCTAssertGreaterThan(bytes.count, CSVStreamReader.detectionBytes, "later segments are decoded in the detected encoding")
        var reader = CSVStreamReader(source: source(bytes, step: 4096))
        let records = try readAll(&reader)
        XCTAssertEqual(reader.encoding, .gb18030)
        XCTAssertEqual(records.count, 60_001)
        XCTAssertEqual(records.last, CSVRecord(line: 60_001, fields: ["H0001", "陈集镇", "焦庄村", "王五", "户主"]))
    }

    func testABadByteAfterTheDetectedPartNamesItsOffsetAndLineInTheFile() throws {
        let row = Array("H1,王五\n".utf8)
        var bytes: [UInt8] = []
        while bytes.count <= CSVStreamReader.detectionBytes { bytes += row }
        let lines = bytes.count / row.count
        let offset = bytes.count + 3
        bytes += Array("H2,".utf8) + [0xFF] + Array("\n".utf8)
        var reader = CSVStreamReader(source: source(bytes, step: 1 << 16))
        XCTAssertThrowsError(try readAll(&reader)) { error in
            XCTAssertEqual(error as? CSVError, CSVError(.invalidBytes(encoding: .utf8, byteOffset: offset), line: lines + 1))
        }
    }

    func testAnEndlessRowStopsWithAnErrorAfterABoundedRead() throws {
        var read = 0
        var reader = CSVStreamReader { buffer in
            for index in buffer.indices { buffer[index] = 0 }  // like /dev/zero
            read += buffer.count
            return buffer.count
        }
        XCTAssertThrowsError(try reader.next()) { error in
            XCTAssertEqual(error as? CSVError, CSVError(.recordTooLong(limit: CSVStreamReader.maximumRecordBytes), line: 1))
        }
        XCTAssertLessThanOrEqual(read, CSVStreamReader.maximumRecordBytes + 2 * CSVStreamReader.chunkBytes)
    }

    func testOnlyAFewReadsAreHeldWhateverTheLengthOfTheInput() throws {
        // 4 MB of rows, produced as they are read: never held whole.
        let row = Array("H0001,陈集镇,焦庄村,王五,户主,110101195001010011\n".utf8)
        let rows = 4_000_000 / row.count
        var produced = 0
        var pending: ArraySlice<UInt8> = []
        var reader = CSVStreamReader { buffer in
            var count = 0
            while count < buffer.count {
                if pending.isEmpty {
                    guard produced < rows else { break }
                    pending = row[...]
                    produced += 1
                }
                let take = min(buffer.count - count, pending.count)
                for index in 0..<take { buffer[count + index] = pending[pending.startIndex + index] }
                pending = pending.dropFirst(take)
                count += take
            }
            return count
        }
        var records = 0
        var mostHeld = 0
        while try reader.next() != nil {
            records += 1
            mostHeld = max(mostHeld, reader.bufferedBytes)
        }
        XCTAssertEqual(records, rows)
        XCTAssertLessThanOrEqual(mostHeld, CSVStreamReader.detectionBytes + 2 * CSVStreamReader.chunkBytes)
    }
}
