import TestSupport
import TrackerDomain
import XCTest

final class ResidentIDTests: XCTestCase {
    private let today = CalendarDate(year: 2024, month: 6, day: 1)!

    private func problem(_ text: String) -> ResidentIDProblem? {
        do {
            _ = try ResidentID(text, today: today)
            XCTFail("\(text) was accepted")
            return nil
        } catch {
            guard case .invalidResidentID(let value, let problem) = error else { return nil }
            XCTAssertEqual(value, text)
            return problem
        }
    }

    func testCheckCharacterFollowsTheStandard() {
        // Worked example from GB 11643-1999 (appendix): 11010519491231002X.
        XCTAssertEqual(ResidentID.checkCharacter(forFirst17: "11010519491231002"), "X")
        XCTAssertEqual(ResidentID.checkCharacter(forFirst17: "44052418800101001"), "4")
        XCTAssertNil(ResidentID.checkCharacter(forFirst17: "4405241880010100"))
        XCTAssertNil(ResidentID.checkCharacter(forFirst17: "4405241880010100A"))
    }

    func testValidNumbers() throws {
        let man = try ResidentID(IDFixtures.valid("37290119800101123"), today: today)
        XCTAssertEqual(man.birthDate, CalendarDate(year: 1980, month: 1, day: 1))
        XCTAssertEqual(man.sex, .male)
        XCTAssertEqual(man.areaCode, "372901")
        XCTAssertFalse(man.isLegacy)
        XCTAssertEqual(man.age(on: CalendarDate(year: 2020, month: 3, day: 23)!), 40)

        let woman = try ResidentID(IDFixtures.valid("37170219450615002"), today: today)
        XCTAssertEqual(woman.sex, .female)
        XCTAssertEqual(woman.birthDate.description, "1945-06-15")

        let leapDay = try ResidentID(IDFixtures.valid("11010520000229005"), today: today)
        XCTAssertEqual(leapDay.birthDate.description, "2000-02-29")
        XCTAssertEqual(leapDay.sex, .male)

        let bornToday = try ResidentID(IDFixtures.valid("81000020240601002"), today: today)
        XCTAssertEqual(bornToday.birthDate, today)
    }

    func testLowercaseXIsNormalised() throws {
        let id = try ResidentID(" 11010519491231002x ", today: today)
        XCTAssertEqual(id.value, "11010519491231002X")
        XCTAssertEqual(id, try ResidentID("11010519491231002X", today: today))
        XCTAssertEqual(id.sex, .female)
    }

    func testWrongCheckCharacterNamesTheExpectedOne() {
        XCTAssertEqual(problem("110105194912310021"), .checkCharacter(expected: "X", found: "1"))
        let right = IDFixtures.valid("37290119800101123")
        let wrongCheck: Character = right.last == "0" ? "1" : "0"
        XCTAssertEqual(
            problem(String(right.dropLast()) + String(wrongCheck)),
            .checkCharacter(expected: right.last!, found: wrongCheck))
        // A typo in the body breaks the check too, and is reported as such.
        XCTAssertEqual(problem("110105194912310120"), .checkCharacter(expected: "6", found: "0"))
        XCTAssertThrowsError(try ResidentID("110105194912310021", today: today)) { error in
            let error = error as? DomainError
            // Shown as typed: a typo cannot be found in a masked number.
            XCTAssertEqual(
                error?.message(in: .en),
                "invalid ID number '110105194912310021': bad check character: expected X, got 1")
            XCTAssertEqual(error?.message(in: .zh), "身份证号“110105194912310021”无效：校验码错误：应为 X，实为 1")
        }
    }

    func testWrongLengths() {
        XCTAssertEqual(problem("11010519491231002"), .length(17))
        XCTAssertEqual(problem("11010519491231002X1"), .length(19))
        XCTAssertEqual(problem(""), .length(0))
        XCTAssertEqual(problem("1101051949123100"), .length(16))
    }

    func testNonDigitsNameTheirPosition() {
        XCTAssertEqual(problem("11010A19491231002X"), .nonDigit(position: 6, character: "A"))
        XCTAssertEqual(problem("X10105194912310021"), .nonDigit(position: 1, character: "X"))
        XCTAssertEqual(problem("1101051949123100X2"), .nonDigit(position: 17, character: "X"))
        XCTAssertEqual(problem("11010519491231002Y"), .nonDigit(position: 18, character: "Y"))
        XCTAssertEqual(problem("11010519491231002１"), .nonDigit(position: 18, character: "１"))
        XCTAssertEqual(problem("11010549123100X"), .nonDigit(position: 15, character: "X"))
    }

    func testImpossibleBirthDates() {
        XCTAssertEqual(problem(IDFixtures.valid("37290119990230123")), .impossibleBirthDate("19990230"))
        XCTAssertEqual(problem(IDFixtures.valid("37290119991301123")), .impossibleBirthDate("19991301"))
        XCTAssertEqual(problem(IDFixtures.valid("37290120190229123")), .impossibleBirthDate("20190229"))
        XCTAssertEqual(
            problem(IDFixtures.valid("37290118991231123")), .birthBefore1900(CalendarDate(year: 1899, month: 12, day: 31)!))
    }

    func testBirthDateInTheFuture() {
        XCTAssertEqual(problem(IDFixtures.valid("37290120240602123")), .birthInFuture(CalendarDate(year: 2024, month: 6, day: 2)!))
        XCTAssertEqual(problem(IDFixtures.valid("37290130000101123")), .birthInFuture(CalendarDate(year: 3000, month: 1, day: 1)!))
    }

    func testAreaCodeMustStartWith1To8() {
        XCTAssertEqual(problem(IDFixtures.valid("07290119800101123")), .areaCode("072901"))
        XCTAssertEqual(problem(IDFixtures.valid("97290119800101123")), .areaCode("972901"))
        XCTAssertEqual(problem("072901800101123"), .areaCode("072901"))
    }

    func testFifteenDigitForm() throws {
        let old = try ResidentID("372901800101123", today: today)
        XCTAssertTrue(old.isLegacy)
        XCTAssertEqual(old.value, "372901800101123")
        XCTAssertEqual(old.birthDate.description, "1980-01-01")
        XCTAssertEqual(old.sex, .male)
        XCTAssertEqual(old.eighteenCharacterForm, IDFixtures.valid("37290119800101123"))
        XCTAssertEqual(try ResidentID("372901800101122", today: today).sex, .female)
        XCTAssertEqual(problem("372901990230123"), .impossibleBirthDate("19990230"))
    }

    func testDescriptionIsMasked() throws {
        let id = try ResidentID(IDFixtures.valid("37290119800101123"), today: today)
        XCTAssertEqual("\(id)", "3729**********123" + String(id.value.last!))
        XCTAssertFalse("\(id)".contains("19800101"))
    }
}
