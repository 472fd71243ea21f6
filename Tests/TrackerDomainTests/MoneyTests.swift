import TrackerDomain
import XCTest

final class MoneyTests: XCTestCase {
    private func fen(_ text: String) -> Int64? {
        Money.parse(text)?.fen
    }

    private func problem(_ text: String) -> MoneyProblem? {
        do {
            _ = try Money(text)
            XCTFail("\(text) was accepted")
            return nil
        } catch {
            guard case .invalidMoney(let value, let problem) = error else { return nil }
            XCTAssertEqual(value, text)
            return problem
        }
    }

    func testParsing() {
        XCTAssertEqual(fen("1234"), 123_400)
        XCTAssertEqual(fen("1234.5"), 123_450)
        XCTAssertEqual(fen("1234.56"), 123_456)
        XCTAssertEqual(fen("1234.05"), 123_405)
        XCTAssertEqual(fen("-300"), -30_000)
        XCTAssertEqual(fen("+300"), 30_000)
        XCTAssertEqual(fen("1,234.50"), 123_450)
        XCTAssertEqual(fen("12,345,678"), 1_234_567_800)
        XCTAssertEqual(fen(" 0.01 "), 1)
        XCTAssertEqual(fen("0"), 0)
        XCTAssertEqual(fen("-0"), 0)
        XCTAssertEqual(fen("¥3,218"), 321_800)
        XCTAssertEqual(fen("4000元"), 400_000)
    }

    func testRefusals() {
        XCTAssertEqual(problem(""), .empty)
        XCTAssertEqual(problem("   "), .empty)
        XCTAssertEqual(problem("1234.567"), .tooManyDecimals(3))
        XCTAssertEqual(problem("12a"), .invalidCharacter("a"))
        XCTAssertEqual(problem("abc"), .invalidCharacter("a"))
        XCTAssertEqual(problem("1 234"), .invalidCharacter(" "))
        XCTAssertEqual(problem("--5"), .invalidCharacter("-"))
        XCTAssertEqual(problem("1e5"), .invalidCharacter("e"))
        XCTAssertEqual(problem("12,34"), .misplacedSeparator)
        XCTAssertEqual(problem("1234,567"), .misplacedSeparator)
        XCTAssertEqual(problem(",123"), .misplacedSeparator)
        XCTAssertEqual(problem("1,,234"), .misplacedSeparator)
        XCTAssertEqual(problem("1.234,5"), .misplacedSeparator)
        XCTAssertEqual(problem("1.2.3"), .malformed)
        XCTAssertEqual(problem("12."), .malformed)
        XCTAssertEqual(problem(".5"), .malformed)
        XCTAssertEqual(problem("-"), .malformed)
        XCTAssertEqual(problem("99999999999999999999"), .outOfRange)
        XCTAssertThrowsError(try Money("1234.567")) { error in
            XCTAssertEqual(
                (error as? DomainError)?.message(in: .en), "invalid amount '1234.567': 3 decimals; at most 2 (fen)")
        }
    }

    func testFormatting() {
        XCTAssertEqual(Money(fen: 123_450).description, "1234.50")
        XCTAssertEqual(Money(fen: 5).description, "0.05")
        XCTAssertEqual(Money(fen: -5).description, "-0.05")
        XCTAssertEqual(Money(fen: -30_000).description, "-300.00")
        XCTAssertEqual(Money(fen: 0).description, "0.00")
        XCTAssertEqual(Money(fen: 123_456_789).formatted(grouping: true), "1,234,567.89")
        XCTAssertEqual(Money(fen: -100_000).formatted(grouping: true), "-1,000.00")
        XCTAssertEqual(Money(fen: 99_999).formatted(grouping: true), "999.99")
        XCTAssertEqual(Money(yuan: 4000).description, "4000.00")
        for text in ["0.01", "-300.00", "1234.56", "1000000.00"] {
            XCTAssertEqual(Money.parse(text)?.description, text)
        }
    }

    func testPerCapitaRoundsHalfAwayFromZero() {
        XCTAssertEqual(Money(fen: 10_000).perCapita(among: 3).fen, 3_333)
        XCTAssertEqual(Money(fen: 20_000).perCapita(among: 3).fen, 6_667)
        XCTAssertEqual(Money(fen: 5).perCapita(among: 2).fen, 3)
        XCTAssertEqual(Money(fen: -5).perCapita(among: 2).fen, -3)
        XCTAssertEqual(Money(fen: 7).perCapita(among: 4).fen, 2)
        XCTAssertEqual(Money(fen: 1_200_000).perCapita(among: 4).fen, 300_000)
        XCTAssertEqual(Money(fen: 1).perCapita(among: 99).fen, 0)
    }

    func testArithmetic() {
        let total = [Money(yuan: 3000), Money(fen: 50), -Money(yuan: 200)].reduce(.zero, +)
        XCTAssertEqual(total.fen, 280_050)
        XCTAssertLessThan(Money(yuan: 3218), Money(yuan: 4000))
        XCTAssertEqual(Money(yuan: 10) - Money(fen: 1), Money(fen: 999))
    }
}
