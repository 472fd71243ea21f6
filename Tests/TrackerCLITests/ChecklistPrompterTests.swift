import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore
import XCTest

@testable import tracker

/// The interactive checklist walk-through, driven in-process with scripted
/// answers (no terminal needed); `visit add` wires it to stdin and stderr.
final class ChecklistPrompterTests: XCTestCase {
    /// Runs the prompter on `answers`; returns the checks and everything it wrote.
    private func walk(_ answers: [String], language: Language = .en) -> (checks: [Visit.Check]?, shown: String) {
        var remaining = answers[...]
        var shown = ""
        let prompter = ChecklistPrompter(readLine: { remaining.popFirst() }, write: { shown += $0 }, language: language)
        return (prompter.run(), shown)
    }

    func testAnswersEveryItemInOrderWithNotes() {
        let (checks, shown) = walk(["ok", "达标", "na", "ok", "fail:屋顶漏雨", "不达标：水量不足"])
        XCTAssertEqual(checks, [
            Visit.Check(item: .food, result: .met), Visit.Check(item: .clothing, result: .met),
            Visit.Check(item: .education, result: .notApplicable), Visit.Check(item: .medical, result: .met),
            Visit.Check(item: .housing, result: .notMet, note: "屋顶漏雨"),
            Visit.Check(item: .water, result: .notMet, note: "水量不足"),
        ])
        XCTAssertEqual(shown.components(separatedBy: "[ok/fail/na]: ").count - 1, 6, "one question per item: \(shown)")
    }

    func testEnterSkipsAndABadAnswerIsAskedAgain() {
        // food: Enter; clothing: a bad answer, then fail; education, medical: Enter (blank); housing: ok; water: Enter.
        let (checks, shown) = walk(["", "maybe", "fail", "", "  ", "ok", ""])
        XCTAssertEqual(checks, [Visit.Check(item: .clothing, result: .notMet), Visit.Check(item: .housing, result: .met)])
        XCTAssertTrue(shown.contains("'maybe' is not an answer"), shown)
        XCTAssertEqual(shown.components(separatedBy: "compulsory education [").count - 1, 1)
        XCTAssertEqual(shown.components(separatedBy: "safe drinking water [").count - 1, 1)
        // clothing is asked twice: once answered "maybe", once "fail".
        XCTAssertEqual(shown.components(separatedBy: "clothing [").count - 1, 2)
    }

    func testEndOfInputBeforeTheLastItemGivesNoChecks() {
        let (checks, shown) = walk(["ok"], language: .zh)
        XCTAssertNil(checks, "half a checklist is not recorded as if it were whole")
        XCTAssertTrue(shown.contains("不愁穿 [达标/不达标/不适用]："), shown)
        XCTAssertFalse(shown.contains("义务教育有保障"), "nothing is asked after end of input")
        // Ctrl-D at the very last question still leaves that item unanswered.
        XCTAssertNil(walk(["ok", "ok", "ok", "ok", "ok"]).checks)
    }

    func testSkippingEveryItemIsAnAnswer() {
        let (checks, _) = walk(["", "", "", "", "", ""])
        XCTAssertEqual(checks, [])
    }

    func testUnrecordedIsNotAnOfferedAnswer() {
        let (checks, shown) = walk(["未记录", "ok", "", "", "", "", ""])
        XCTAssertEqual(checks, [Visit.Check(item: .food, result: .met)])
        XCTAssertTrue(shown.contains("is not an answer"))
    }

    func testCheckArgumentShapes() throws {
        XCTAssertEqual(try CheckArgument.parse("住房=不达标:屋顶漏雨"), Visit.Check(item: .housing, result: .notMet, note: "屋顶漏雨"))
        XCTAssertEqual(try CheckArgument.parse("housing = fail ： 漏雨: 东墙"), Visit.Check(item: .housing, result: .notMet, note: "漏雨: 东墙"))
        XCTAssertEqual(try CheckArgument.parse("不愁吃＝ok:"), Visit.Check(item: .food, result: .met))
        for bad in ["住房", "=达标", "住房=", "住房=:漏雨"] {
            XCTAssertThrowsError(try CheckArgument.parse(bad)) { error in
                XCTAssertEqual((error as? TrackerError)?.kind, .invalidInput, bad)
                XCTAssertTrue((error as? TrackerError)?.message.en.contains("ITEM=RESULT[:NOTE]") == true)
            }
        }
        XCTAssertThrowsError(try CheckArgument.parse("屋顶=达标")) { XCTAssertTrue($0 is OptionValueError) }
    }

    func testFollowUpPairingByPosition() throws {
        func occ(_ pairs: [(String, String)]) -> [OptionOccurrence] { pairs.map { OptionOccurrence(name: $0.0, value: $0.1) } }
        let pairing = try FollowUpPairing(occ([
            ("due", "2020-06-01"), ("by", "x"), ("followup", "A"), ("owner", "o1"), ("followup", "B"), ("due", "2020-05-01"),
        ]))
        XCTAssertEqual(pairing.defaultDue, "2020-06-01")
        XCTAssertNil(pairing.defaultOwner)
        XCTAssertEqual(pairing.followUps, [.init(text: "A", due: nil, owner: "o1"), .init(text: "B", due: "2020-05-01", owner: nil)])
        XCTAssertThrowsError(try FollowUpPairing(occ([("followup", "A"), ("due", "2020-05-01"), ("due", "2020-05-02")])))
        XCTAssertThrowsError(try FollowUpPairing(occ([("owner", "a"), ("owner", "b")])))
    }
}
