import XCTest

@testable import XLSXKit

final class ShownNumberTests: XCTestCase {
    func testNumbersReadAsTheDigitsACellShows() {
        let cases: [(String, String)] = [
            ("0", "0"), ("12", "12"), ("-7", "-7"), ("3.5", "3.5"), ("0.05", "0.05"), ("1E-3", "0.001"),
            ("100", "100"), ("2.50", "2.5"), ("13812345678", "13812345678"), ("1.3812345678E10", "13812345678"),
            // A 19-digit code typed as a number: the 15 significant digits a spreadsheet keeps, no exponent.
            ("3.7290112345678899E+18", "3729011234567890000"), ("3.729011234567890123E18", "3729011234567890000"),
            ("372901198001011234", "372901198001011000"), ("9.99999999999999999E2", "1000"),
            ("0.1000000000000000055511151231257827", "0.1"), ("-0", "0"), ("+4", "4"),
        ]
        for (literal, shown) in cases { XCTAssertEqual(ShownNumber.text(literal), shown, literal) }
    }

    func testZeroPaddedFormatsKeepLeadingZeros() {
        XCTAssertEqual(ShownNumber.text("12", padding: 4), "0012")
        XCTAssertEqual(ShownNumber.text("123456", padding: 4), "123456")
        XCTAssertEqual(ShownNumber.text("0", padding: 3), "000")
    }

    func testNonNumbersAreNil() {
        for literal in ["", "abc", "1e", "1..2", "1e999", "--1", "E5", "."] {
            XCTAssertNil(ShownNumber.text(literal), literal)
        }
    }

    func testNumberFormatsThatMeanDates() {
        XCTAssertEqual(NumberFormat(id: 14, code: nil), .date)
        XCTAssertEqual(NumberFormat(id: 57, code: nil), .date)  // 年月 in Chinese Excel
        XCTAssertEqual(NumberFormat(id: 0, code: nil), .general)
        XCTAssertEqual(NumberFormat(id: 49, code: nil), .general)
        for code in ["yyyy-mm-dd", "YYYY/M/D", #"yyyy"年"m"月"d"日""#, "[$-804]yyyy年m月d日", "d-mmm-yy", "m/d/yy h:mm", "[h]:mm:ss"] {
            XCTAssertEqual(NumberFormat(id: 164, code: code), .date, code)
        }
        for code in ["General", "0", "0.00", "#,##0", "0.00E+00", "0.0%", #"0"天""#, #"\d0"#, "@"] {
            XCTAssertEqual(NumberFormat(id: 164, code: code), .general, code)
        }
        XCTAssertEqual(NumberFormat(id: 164, code: "000000"), .zeroPadded(6))
    }
}
