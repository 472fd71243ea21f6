import TrackerDomain
import XCTest

final class CalendarDateTests: XCTestCase {
    private func date(_ text: String) -> CalendarDate {
        guard let date = CalendarDate.parse(text) else {
            XCTFail("\(text) did not parse")
            return CalendarDate(dayNumber: 0)
        }
        return date
    }

    private func problem(_ text: String) -> DateProblem? {
        do {
            _ = try CalendarDate(text)
            return nil
        } catch {
            guard case .invalidDate(let value, let problem) = error else { return nil }
            XCTAssertEqual(value, text)
            return problem
        }
    }

    func testLeapYears() {
        XCTAssertEqual(date("2020-02-29").description, "2020-02-29")
        XCTAssertEqual(date("2000-02-29").description, "2000-02-29")
        XCTAssertEqual(problem("2019-02-29"), .day(year: 2019, month: 2, day: 29))
        XCTAssertEqual(problem("1900-02-29"), .day(year: 1900, month: 2, day: 29))
        XCTAssertTrue(CalendarDate.isLeapYear(2000))
        XCTAssertFalse(CalendarDate.isLeapYear(2100))
    }

    func testStrictParsing() {
        XCTAssertEqual(date("20200410"), date("2020-04-10"))
        XCTAssertEqual(date(" 2020-04-10 "), CalendarDate(year: 2020, month: 4, day: 10))
        for text in [
            "2020/04/10", "2020-4-10", "10.04.2020", "2020-04-10T00:00", "", "２０２０-04-10", "+020-04-10", "2020-0a-10",
        ] {
            XCTAssertEqual(problem(text), .format(expected: "YYYY-MM-DD"), text)
        }
        XCTAssertEqual(problem("2020-13-01"), .month(13))
        XCTAssertEqual(problem("2020-00-10"), .month(0))
        XCTAssertEqual(problem("2020-04-31"), .day(year: 2020, month: 4, day: 31))
        XCTAssertEqual(problem("2020-04-00"), .day(year: 2020, month: 4, day: 0))
        XCTAssertEqual(problem("0000-01-01"), .year(0))
        XCTAssertNil(CalendarDate(year: 2021, month: 2, day: 29))
    }

    func testMessagesSayWhatIsWrong() {
        XCTAssertThrowsError(try CalendarDate("2019-02-29")) { error in
            XCTAssertEqual(
                (error as? DomainError)?.message(in: .en), "invalid date '2019-02-29': 2019-02 has no day 29")
            XCTAssertEqual((error as? DomainError)?.message(in: .zh), "日期“2019-02-29”无效：2019年2月没有29日")
        }
        XCTAssertThrowsError(try CalendarDate("2020/04/10")) { error in
            XCTAssertEqual((error as? DomainError)?.message(in: .en), "invalid date '2020/04/10': expected YYYY-MM-DD")
        }
    }

    func testAddingDaysAcrossMonthsAndYears() {
        XCTAssertEqual(date("2020-04-10").adding(days: 30), date("2020-05-10"))
        XCTAssertEqual(date("2020-02-28").adding(days: 1), date("2020-02-29"))
        XCTAssertEqual(date("2019-02-28").adding(days: 1), date("2019-03-01"))
        XCTAssertEqual(date("2020-12-31").adding(days: 1), date("2021-01-01"))
        XCTAssertEqual(date("2021-01-01").adding(days: -1), date("2020-12-31"))
        XCTAssertEqual(date("2020-03-01").adding(days: -1), date("2020-02-29"))
        XCTAssertEqual(date("2020-01-31").adding(days: 366), date("2021-01-31"))
        XCTAssertEqual(date("1969-12-31").adding(days: 0), date("1969-12-31"))
    }

    func testDayNumbersAndDistances() {
        XCTAssertEqual(date("1970-01-01").dayNumber, 0)
        XCTAssertEqual(date("2000-03-01").dayNumber, 11_017)
        XCTAssertEqual(date("1969-12-31").dayNumber, -1)
        XCTAssertEqual(date("2020-03-20").days(to: date("2020-03-23")), 3)
        XCTAssertEqual(date("2020-03-23").days(to: date("2020-03-20")), -3)
        XCTAssertEqual(date("2019-01-01").days(to: date("2020-01-01")), 365)
        XCTAssertEqual(date("2020-01-01").days(to: date("2021-01-01")), 366)
        // Every day of four centuries survives a trip through its day number.
        var day = date("1899-12-25")
        for _ in 0..<(400 * 366) {
            XCTAssertEqual(CalendarDate(dayNumber: day.dayNumber), day)
            let next = day.adding(days: 1)
            XCTAssertLessThan(day, next)
            day = next
        }
    }

    func testMonthBoundaries() {
        XCTAssertEqual(date("2020-02-10").firstOfMonth, date("2020-02-01"))
        XCTAssertEqual(date("2020-02-10").lastOfMonth, date("2020-02-29"))
        XCTAssertEqual(date("2021-02-10").lastOfMonth, date("2021-02-28"))
        XCTAssertEqual(date("2020-04-30").lastOfMonth, date("2020-04-30"))
        XCTAssertEqual(date("2020-12-01").lastOfMonth, date("2020-12-31"))
    }

    func testOrdering() {
        XCTAssertLessThan(date("2019-12-31"), date("2020-01-01"))
        XCTAssertLessThan(date("2020-01-31"), date("2020-02-01"))
        XCTAssertEqual(
            [date("2020-03-23"), date("2020-03-20"), date("2019-12-01")].sorted().map(\.description),
            ["2019-12-01", "2020-03-20", "2020-03-23"])
    }

    func testAge() {
        let birth = date("1945-06-15")
        XCTAssertEqual(birth.age(on: date("2020-06-14")), 74)
        XCTAssertEqual(birth.age(on: date("2020-06-15")), 75)
        let leapling = date("2000-02-29")
        XCTAssertEqual(leapling.age(on: date("2001-02-28")), 0)
        XCTAssertEqual(leapling.age(on: date("2001-03-01")), 1)
        XCTAssertEqual(leapling.age(on: date("2004-02-29")), 4)
    }

    func testTodayInAZone() {
        // 2020-09-12 16:00:00 UTC is already 2020-09-13 in Beijing (UTC+8).
        XCTAssertEqual(CalendarDate(secondsSince1970: 1_599_926_400, in: .utc), date("2020-09-12"))
        XCTAssertEqual(
            CalendarDate(secondsSince1970: 1_599_926_400, in: .offset(seconds: 8 * 3600)), date("2020-09-13"))
        XCTAssertEqual(
            CalendarDate(secondsSince1970: 1_599_926_399, in: .offset(seconds: 8 * 3600)), date("2020-09-12"))
        XCTAssertEqual(CalendarDate(secondsSince1970: -1, in: .utc), date("1969-12-31"))
        let utc = CalendarDate.today(in: .utc)
        XCTAssertLessThanOrEqual(abs(CalendarDate.today().days(to: utc)), 1)
        XCTAssertGreaterThan(utc, date("2024-01-01"))
    }

    func testLocalTodayHonoursTZ() {
        let saved = getenv("TZ").map { String(cString: $0) }
        defer {
            if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
            tzset()
        }
        setenv("TZ", "Asia/Shanghai", 1)
        XCTAssertEqual(CalendarDate(secondsSince1970: 1_599_926_400, in: .local), date("2020-09-13"))
        setenv("TZ", "UTC", 1)
        XCTAssertEqual(CalendarDate(secondsSince1970: 1_599_926_400, in: .local), date("2020-09-12"))
    }
}
