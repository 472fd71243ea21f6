import Bilingual
import CLIKit
import XCTest

final class LanguageTests: XCTestCase {
    func testExplicitValueWins() {
        XCTAssertEqual(Language.resolve(explicit: "zh", environment: ["LANG": "en_US.UTF-8"]), .zh)
        XCTAssertEqual(Language.resolve(explicit: "en", environment: ["LC_ALL": "zh_CN.UTF-8"]), .en)
    }

    func testEnvironmentPrecedence() {
        XCTAssertEqual(Language.resolve(explicit: nil, environment: ["LC_ALL": "zh_CN.UTF-8", "LANG": "en_US"]), .zh)
        XCTAssertEqual(Language.resolve(explicit: nil, environment: ["LC_ALL": "C", "LC_MESSAGES": "zh_CN"]), .en)
        XCTAssertEqual(Language.resolve(explicit: nil, environment: ["LC_MESSAGES": "zh_TW", "LANG": "en_US"]), .zh)
        XCTAssertEqual(Language.resolve(explicit: nil, environment: ["LC_ALL": "", "LANG": "zh_CN.GB18030"]), .zh)
        XCTAssertEqual(Language.resolve(explicit: "", environment: ["LANG": "zh"]), .zh)
    }

    func testDefaultsToEnglish() {
        XCTAssertEqual(Language.resolve(explicit: nil, environment: [:]), .en)
        XCTAssertEqual(Language.resolve(explicit: nil, environment: ["LANG": "POSIX"]), .en)
        XCTAssertEqual(Language.resolve(explicit: nil, environment: ["LANG": "de_DE.UTF-8"]), .en)
    }

    func testStrictCode() {
        XCTAssertEqual(Language(code: "zh"), .zh)
        XCTAssertEqual(Language(code: "ZH_cn"), .zh)
        XCTAssertEqual(Language(code: "en"), .en)
        XCTAssertNil(Language(code: "fr"))
        XCTAssertNil(Language(code: ""))
    }

    func testLocalizedText() {
        let both: LocalizedText = "tracker"
        XCTAssertEqual(both.text(in: .en), "tracker")
        XCTAssertEqual(both.text(in: .zh), "tracker")
        let count = 3
        let interpolated: LocalizedText = "\(count) rows"
        XCTAssertEqual(interpolated.zh, "3 rows")
        let pair = LocalizedText(en: "Town", zh: "乡镇")
        XCTAssertEqual(pair.text(in: .zh), "乡镇")
    }
}
