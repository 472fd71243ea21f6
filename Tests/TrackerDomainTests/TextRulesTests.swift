import XCTest

@testable import TrackerDomain

/// The one set of text rules every store and every lookup shares.
final class TextRulesTests: XCTestCase {
    func testCanonicalTrimsAndComposes() {
        XCTAssertEqual(TextRules.canonical(" 李四\u{3000}\n"), "李四")
        XCTAssertEqual(Array(TextRules.canonical("Cafe\u{301}").unicodeScalars), Array("Caf\u{E9}".unicodeScalars))
        XCTAssertEqual(TextRules.canonical("H001"), "H001")
    }

    func testLinesRefuseControlFormatAndSeparatorCharacters() {
        for bad in ["陈\u{1B}]0;x\u{7}", "a\u{7F}", "a\u{85}b", "a\u{9B}b", "a\nb", "a\tb", "a\u{2028}b", "村\u{200B}",
                    "\u{FEFF}村", "a\u{202E}b", "张\u{200D}三", "a\u{00AD}b", "a\u{FFFE}"] {
            XCTAssertThrowsError(try TextRules.line(bad, field: "--town"), bad.debugDescription) { error in
                XCTAssertEqual((error as? TrackerError)?.kind, .invalidInput)
                XCTAssertTrue((error as? TrackerError)?.message.en.hasPrefix("--town ") == true)
            }
        }
        XCTAssertEqual(try TextRules.line(" 焦庄村 ", field: "--village"), "焦庄村")
        XCTAssertThrowsError(try TextRules.line("  ", field: "--village"))
    }

    func testNotesKeepNewlinesAndTabsOnly() throws {
        XCTAssertEqual(try TextRules.note("第一行\r\n\t第二行 ", field: "--note"), "第一行\n\t第二行")
        XCTAssertThrowsError(try TextRules.note("ok\rPWNED", field: "--note"))
        XCTAssertThrowsError(try TextRules.note("好\u{200B}的", field: "--note"))
        XCTAssertNil(try TextRules.optionalNote(" \n ", field: "--note"))
    }

    func testLengthIsCountedInCodePointsAfterComposing() throws {
        XCTAssertEqual(try TextRules.name(String(repeating: "e\u{301}", count: 100), field: "NAME").unicodeScalars.count, 100)
        let underlined = String(repeating: "x\u{332}", count: 51)
        XCTAssertEqual(underlined.count, 51)
        XCTAssertThrowsError(try TextRules.name(underlined, field: "NAME")) { error in
            XCTAssertEqual((error as? TrackerError)?.message.en,
                           "NAME is 102 characters long counting each accent or combining mark (51 as shown); the limit is 100")
        }
        XCTAssertThrowsError(try TextRules.code("H 001", field: "--code"))
    }

    func testPhonesAreTrimmedAndNeverEchoed() throws {
        XCTAssertEqual(try TextRules.phone(" 138 1234 5678 "), "138 1234 5678")
        XCTAssertThrowsError(try TextRules.phone("138\u{1B}[2J12345678")) { error in
            XCTAssertFalse((error as? TrackerError)?.message.en.contains("\u{1B}") ?? true)
        }
    }

    func testRecordedCommandLinesMaskIDNumbersAndPhones() {
        XCTAssertEqual(Masking.commandLine(["pension", "check", "H001", "372901201003040027"]),
                       "pension check H001 3729**********0027")
        XCTAssertEqual(Masking.commandLine(["visit", "add", "13812345678"]), "visit add 138****5678")
        XCTAssertEqual(Masking.commandLine(["member", "add", "H001", "37290119800101123X"]), "member add H001 3729**********123X")
        XCTAssertFalse(Masking.commandLine(["import", "households", "李四 138 1234 5678.csv"]).contains("1234 5678"))
        XCTAssertEqual(Masking.commandLine(["followup", "close", "12"]), "followup close 12")
        XCTAssertEqual(Masking.commandLine(["household", "show", "\u{1B}[2J"]), "household show \\u{1B}[2J")
        // Masking what was masked changes nothing, so `log` can mask old records again.
        let once = Masking.commandLine(["pension", "check", "H001", "372901201003040027", "13812345678"])
        XCTAssertEqual(Masking.commandLine(once), once)
        XCTAssertEqual(Masking.commandLine([String(repeating: "长", count: 600)]).unicodeScalars.count, 500)
    }
}
