import TrackerDomain
import XCTest

final class MaskingTests: XCTestCase {
    func testIDNumbers() {
        XCTAssertEqual(Masking.idNumber("372901198001011234"), "3729**********1234")
        XCTAssertEqual(Masking.idNumber("11010519491231002X"), "1101**********002X")
        // 15 characters: 8 shown would be more than half; the start gives way.
        XCTAssertEqual(Masking.idNumber("372901800101123"), "372********1123")
    }

    func testPhones() {
        XCTAssertEqual(Masking.phone("13812345678"), "138****5678")
        XCTAssertEqual(Masking.phone("0530-1234567"), "05******4567")
        XCTAssertEqual(Masking.phone("12345"), "***45")
    }

    func testShortValuesNeverShowMoreThanHalf() {
        XCTAssertEqual(Masking.idNumber(""), "")
        XCTAssertEqual(Masking.idNumber("1"), "*")
        XCTAssertEqual(Masking.idNumber("12"), "*2")
        XCTAssertEqual(Masking.idNumber("1234"), "**34")
        XCTAssertEqual(Masking.phone("110"), "**0")
        for length in 0...30 {
            let value = String(repeating: "7", count: length)
            for masked in [Masking.idNumber(value), Masking.phone(value)] {
                XCTAssertEqual(masked.count, length)
                if length != 11 {
                    XCTAssertLessThanOrEqual(masked.filter { $0 != "*" }.count * 2, length, masked)
                }
            }
        }
    }

    func testSameLengthAndCharactersCountNotBytes() {
        XCTAssertEqual(Masking.mask("张文峰", keepingFirst: 1, last: 0), "张**")
        XCTAssertEqual(Masking.mask("abcdefgh", keepingFirst: 2, last: 2), "ab****gh")
    }
}
