import CLIKit
import XCTest

final class EditDistanceTests: XCTestCase {
    func testDistances() {
        XCTAssertEqual(editDistance("", ""), 0)
        XCTAssertEqual(editDistance("", "abc"), 3)
        XCTAssertEqual(editDistance("abc", ""), 3)
        XCTAssertEqual(editDistance("kitten", "sitting"), 3)
        XCTAssertEqual(editDistance("housheold", "household"), 2)
        XCTAssertEqual(editDistance("张文峰", "张文锋"), 1)
        XCTAssertEqual(editDistance("flaw", "lawn"), 2)
        XCTAssertEqual(editDistance("same", "same"), 0)
    }

    func testClosestMatch() {
        XCTAssertEqual(closestMatch(to: "vilage", among: ["town", "village", "county"]), "village")
        XCTAssertEqual(closestMatch(to: "hou", among: ["visit", "household"]), "household")
        XCTAssertEqual(closestMatch(to: "householder", among: ["visit", "household"]), "household")
        XCTAssertNil(closestMatch(to: "frobnicate", among: ["visit", "household", "report"]))
        XCTAssertNil(closestMatch(to: "", among: ["a"]))
        // Ties go to the earlier candidate.
        XCTAssertEqual(closestMatch(to: "ab", among: ["ac", "ad"]), "ac")
        XCTAssertEqual(closestMatch(to: "张文锋", among: ["李国珍", "张文峰"]), "张文峰")
    }
}
