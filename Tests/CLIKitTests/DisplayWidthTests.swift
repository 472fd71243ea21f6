import CLIKit
import XCTest

final class DisplayWidthTests: XCTestCase {
    func testASCIIAndCJK() {
        XCTAssertEqual(displayWidth(of: ""), 0)
        XCTAssertEqual(displayWidth(of: "abc"), 3)
        XCTAssertEqual(displayWidth(of: "赵丁先"), 6)
        XCTAssertEqual(displayWidth(of: "焦庄村 No.3"), 11)
        XCTAssertEqual(displayWidth(of: "，。「」"), 8)  // CJK punctuation 3000–303F
        XCTAssertEqual(displayWidth(of: "ＡＢ１"), 6)  // fullwidth forms
        XCTAssertEqual(displayWidth(of: "ｱｲ"), 2)  // halfwidth katakana stay narrow
        XCTAssertEqual(displayWidth(of: "ひらがなカタカナ"), 16)
        XCTAssertEqual(displayWidth(of: "한국어"), 6)
        XCTAssertEqual(displayWidth(of: "𠀀"), 2)  // CJK extension B
        XCTAssertEqual(displayWidth(of: "￥"), 2)
    }

    func testEmoji() {
        XCTAssertEqual(displayWidth(of: "😀"), 2)
        XCTAssertEqual(displayWidth(of: "🏠a"), 3)
        XCTAssertEqual(displayWidth(of: "🤝"), 2)
        XCTAssertEqual(displayWidth(of: "👨‍👩‍👧"), 2)  // a ZWJ sequence is one grapheme
        XCTAssertEqual(displayWidth(of: "❤️"), 2)  // text symbol + VS16
        XCTAssertEqual(displayWidth(of: "❤"), 1)
        XCTAssertEqual(displayWidth(of: "🇨🇳"), 2)
    }

    func testZeroWidth() {
        XCTAssertEqual(displayWidth(of: "e\u{301}"), 1)  // combining acute
        XCTAssertEqual(displayWidth(of: "\u{301}"), 0)
        XCTAssertEqual(displayWidth(of: "a\u{200D}b"), 2)
        XCTAssertEqual(displayWidth(of: "a\u{200B}b"), 2)
        XCTAssertEqual(displayWidth(of: "\t\n\u{7}\u{9B}"), 0)
        XCTAssertEqual(displayWidth(of: "か\u{3099}"), 2)
        XCTAssertEqual(displayWidth(of: "\u{1112}\u{1161}\u{11AB}"), 2)  // Hangul from jamo
    }

    func testMixed() {
        XCTAssertEqual(displayWidth(of: "张文峰(焦庄村) café 👍"), 2 * 6 + 2 + 1 + 4 + 1 + 2)
    }
}
