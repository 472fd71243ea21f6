import XCTest
@testable import CSVKit

/// Detection, strict decoding and strict encoding of UTF-8 and GB18030.
final class TextEncodingTests: XCTestCase {
    /// `printf '赵丁先' | iconv -f UTF-8 -t GB18030 | xxd` → d5d4 b6a1 cfc8.
    private let zhaoDingXianGB18030: [UInt8] = [0xD5, 0xD4, 0xB6, 0xA1, 0xCF, 0xC8]

    func testKnownNameEncodesToExactGB18030Bytes() throws {
        XCTAssertEqual(try TextEncoder.encode("赵丁先", as: .gb18030), zhaoDingXianGB18030)
    }

    func testKnownNameDecodesFromGB18030() throws {
        let decoded = try TextDecoder.decode(zhaoDingXianGB18030, as: .gb18030)
        XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), "赵丁先")
        XCTAssertEqual(decoded.encoding, .gb18030)
    }

    func testDetectsAGB18030File() throws {
        let file = Array("姓名,身份证号\r\n".utf8)
        let gbFile = try TextEncoder.encode("姓名,身份证号\r\n", as: .gb18030) + zhaoDingXianGB18030 + Array(",372901198001011234\r\n".utf8)
        XCTAssertEqual(try TextDecoder.detect(file), .utf8)
        XCTAssertEqual(try TextDecoder.detect(gbFile), .gb18030)
        var reader = try CSVReader(bytes: gbFile)
        XCTAssertEqual(reader.encoding, .gb18030)
        XCTAssertEqual(try reader.readAll(), [
            CSVRecord(line: 1, fields: ["姓名", "身份证号"]),
            CSVRecord(line: 2, fields: ["赵丁先", "372901198001011234"]),
        ])
    }

    func testDetectsBOMAndPlainUTF8() throws {
        XCTAssertEqual(try TextDecoder.detect([0xEF, 0xBB, 0xBF] + Array("赵,1".utf8)), .utf8BOM)
        XCTAssertEqual(try TextDecoder.detect(Array("赵,1".utf8)), .utf8)
        XCTAssertEqual(try TextDecoder.detect([]), .utf8)
        let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF, 0x61])
        XCTAssertEqual(decoded.utf8, [0x61], "the BOM is not part of the text")
    }

    func testGB18030ByteOrderMarkIsDropped() throws {
        let decoded = try TextDecoder.decode([0x84, 0x31, 0x95, 0x33] + zhaoDingXianGB18030, as: .gb18030)
        XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), "赵丁先")
    }

    func testBytesInvalidInBothEncodingsNameOffsetsAndLine() {
        let bytes = Array("a,b\nc,d\ne".utf8) + [0xFF] + Array("\n".utf8)
        XCTAssertThrowsError(try TextDecoder.decode(bytes)) { error in
            XCTAssertEqual(error as? CSVError,
                           CSVError(.undetectableEncoding(utf8ByteOffset: 9, gb18030ByteOffset: 9), line: 3))
        }
    }

    func testExplicitGB18030RejectsInvalidAndTruncatedSequences() {
        let invalid = Array("a\nb\n".utf8) + [0x81, 0x20]
        XCTAssertThrowsError(try CSVReader(bytes: invalid, encoding: .gb18030)) { error in
            XCTAssertEqual(error as? CSVError, CSVError(.invalidBytes(encoding: .gb18030, byteOffset: 4), line: 3))
        }
        let truncated = zhaoDingXianGB18030 + [0xD5]
        XCTAssertThrowsError(try TextDecoder.decode(truncated, as: .gb18030)) { error in
            XCTAssertEqual(error as? CSVError, CSVError(.invalidBytes(encoding: .gb18030, byteOffset: 6), line: 1))
        }
    }

    func testExplicitUTF8OverridesDetectionAndRejectsGB18030() {
        let bytes = Array("ok\n".utf8) + zhaoDingXianGB18030
        XCTAssertThrowsError(try TextDecoder.decode(bytes, as: .utf8)) { error in
            XCTAssertEqual(error as? CSVError, CSVError(.invalidBytes(encoding: .utf8, byteOffset: 3), line: 2))
        }
    }

    func testUTF8ValidatorRejectsOverlongsSurrogatesAndOutOfRange() {
        let invalid: [[UInt8]] = [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                  [0xF5, 0x80, 0x80, 0x80], [0x80], [0xE4, 0xB8], [0x61, 0xE4, 0x41, 0x41]]
        for bytes in invalid {
            XCTAssertNotNil(bytes.withUnsafeBufferPointer(UTF8Validator.firstInvalidOffset(in:)), "\(bytes)")
        }
        let valid = Array("abcdefghij赵丁先😀\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}".utf8)
        XCTAssertNil(valid.withUnsafeBufferPointer(UTF8Validator.firstInvalidOffset(in:)))
        let late = Array("0123456789abcdef".utf8) + [0xFF]
        XCTAssertEqual(late.withUnsafeBufferPointer(UTF8Validator.firstInvalidOffset(in:)), 16)
    }

    func testEncoderGrowsItsBufferWhenOutputIsLarger() throws {
        // "Ā" (U+0100) is 2 bytes in UTF-8 but 4 in GB18030 (81 30 8B 38), so iconv reports E2BIG.
        let text = String(repeating: "Ā", count: 10_000)
        let encoded = try TextEncoder.encode(text, as: .gb18030)
        XCTAssertEqual(encoded.count, 40_000)
        XCTAssertEqual(try TextDecoder.decode(encoded, as: .gb18030).utf8, Array(text.utf8))
    }

    func testConversionIsStrictNeverQuestionMarks() {
        XCTAssertThrowsError(try IconvConverter.convert(Array("ab赵".utf8), from: "UTF-8", to: "ISO-8859-1")) { error in
            XCTAssertEqual(error as? IconvConverter.Failure, .invalidSequence(byteOffset: 2))
        }
        XCTAssertThrowsError(try TextEncoder.encode(utf8: Array("a\n".utf8) + [0xFF], as: .gb18030)) { error in
            XCTAssertEqual(error as? CSVError, CSVError(.unrepresentableCharacter(encoding: .gb18030, byteOffset: 2), line: 2))
        }
    }

    func testUTF8OutputWithAndWithoutBOM() throws {
        XCTAssertEqual(try TextEncoder.encode("赵", as: .utf8), Array("赵".utf8))
        XCTAssertEqual(try TextEncoder.encode("赵", as: .utf8BOM), [0xEF, 0xBB, 0xBF] + Array("赵".utf8))
    }

    func testErrorDescriptionsNameTheLine() {
        XCTAssertEqual(CSVError(.unterminatedQuotedField, line: 17, field: 3).description,
                       "line 17, field 3: a quoted field opened here is never closed")
    }
}
