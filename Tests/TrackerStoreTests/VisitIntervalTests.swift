import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

final class VisitIntervalTests: XCTestCase {
    func testAcceptedFormsReadAndWriteBack() throws {
        let forms: [(String, VisitInterval)] = [
            ("monthly", .monthly), ("every:2:months", .everyMonths(2)), ("per-quarter:2", .perQuarter(2)),
            ("per-month:2", .perMonth(2)), ("every:12:months", .everyMonths(12)), (" per-month:31 ", .perMonth(31)),
        ]
        for (text, expected) in forms {
            let interval = try VisitInterval(text)
            XCTAssertEqual(interval, expected, text)
            XCTAssertEqual(try VisitInterval(interval.description), interval)
        }
    }

    func testOtherFormsAreRefusedNamingTheAcceptedOnes() {
        for text in ["", "Monthly", "weekly", "every:0:months", "every:13:months", "every:2:month", "every:2",
                     "every:02:months", "per-quarter", "per-quarter:0", "per-quarter:", "per-quarter:+2",
                     "per-quarter:2:x", "per-month:32", "per-month:x", "per-month:２", "2 per quarter", "每月"] {
            XCTAssertThrowsError(try VisitInterval(text), "accepted \(text)") { error in
                guard case .invalidValue(_, let value, _) = error as? DomainError else {
                    return XCTFail("\(error)")
                }
                XCTAssertEqual(value, text)
                let message = (error as! DomainError).message(in: .en)
                XCTAssertTrue(message.contains("every:N:months") && message.contains("per-quarter:N"), message)
            }
        }
    }

    func testMonthArithmeticKeepsTheDayOrTheMonthsLastDay() {
        XCTAssertEqual(day("2020-04-15").adding(months: 2), day("2020-06-15"))
        XCTAssertEqual(day("2020-03-31").adding(months: 1), day("2020-04-30"))
        XCTAssertEqual(day("2020-01-31").adding(months: 1), day("2020-02-29"))
        XCTAssertEqual(day("2020-11-30").adding(months: 2), day("2021-01-30"))
        XCTAssertEqual(day("2020-02-29").adding(months: 12), day("2021-02-28"))
        XCTAssertEqual(day("2020-03-25").adding(months: -720), day("1960-03-25"))
        XCTAssertEqual(day("2020-01-15").adding(months: -1), day("2019-12-15"))
    }

    func testSettingIsStoredDefaultedAndCheckedWhenRead() throws {
        let test = try TestDatabase()
        let settings = SettingsStore(test.database)
        XCTAssertEqual(try settings.visitInterval(), .monthly)
        try settings.setVisitInterval(.perQuarter(2))
        XCTAssertEqual(try settings.visitInterval(), .perQuarter(2))
        XCTAssertEqual(try test.raw.scalarText("SELECT value FROM settings WHERE key = 'visit_interval'"),
                       "per-quarter:2")
        let audited = try test.count("audit_log")
        try settings.setVisitInterval(.perQuarter(2))
        XCTAssertEqual(try test.count("audit_log"), audited, "setting the same value wrote something")
        try settings.setVisitInterval(.everyMonths(2))
        XCTAssertEqual(try settings.visitInterval(), .everyMonths(2))

        try test.raw.run("UPDATE settings SET value = 'fortnightly' WHERE key = 'visit_interval'")
        XCTAssertThrowsError(try settings.visitInterval()) { error in
            XCTAssertTrue((error as! TrackerError).message.en.contains("'fortnightly'"), "\(error)")
        }
    }
}
