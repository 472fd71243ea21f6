import TrackerDomain
import XCTest

final class YearMonthTests: XCTestCase {
    func testParsing() throws {
        XCTAssertEqual(try YearMonth("2020-03"), YearMonth(year: 2020, month: 3))
        XCTAssertEqual(try YearMonth("202003"), YearMonth(year: 2020, month: 3))
        XCTAssertEqual(try YearMonth("2020-03").description, "2020-03")
        XCTAssertNil(YearMonth.parse("2020-3"))
        XCTAssertNil(YearMonth.parse("2020-03-01"))
        XCTAssertNil(YearMonth.parse("2020/03"))
        XCTAssertNil(YearMonth(year: 2020, month: 0))
        XCTAssertThrowsError(try YearMonth("2020-13")) { error in
            XCTAssertEqual(error as? DomainError, .invalidDate(value: "2020-13", problem: .month(13)))
        }
        XCTAssertThrowsError(try YearMonth("March")) { error in
            XCTAssertEqual(error as? DomainError, .invalidDate(value: "March", problem: .format(expected: "YYYY-MM")))
        }
    }

    func testBoundsAndNeighbours() throws {
        let february = try YearMonth("2020-02")
        XCTAssertEqual(february.firstDay.description, "2020-02-01")
        XCTAssertEqual(february.lastDay.description, "2020-02-29")
        XCTAssertEqual(february.dayCount, 29)
        XCTAssertEqual(try YearMonth("2019-02").lastDay.description, "2019-02-28")
        XCTAssertEqual(try YearMonth("2020-12").next, try YearMonth("2021-01"))
        XCTAssertEqual(try YearMonth("2021-01").previous, try YearMonth("2020-12"))
        XCTAssertEqual(try YearMonth("2020-04").next, try YearMonth("2020-05"))
        XCTAssertLessThan(try YearMonth("2019-12"), try YearMonth("2020-01"))
    }

    func testContains() throws {
        let march = try YearMonth("2020-03")
        XCTAssertTrue(march.contains(try CalendarDate("2020-03-01")))
        XCTAssertTrue(march.contains(try CalendarDate("2020-03-31")))
        XCTAssertFalse(march.contains(try CalendarDate("2020-04-01")))
        XCTAssertFalse(march.contains(try CalendarDate("2019-03-15")))
        XCTAssertEqual(try CalendarDate("2020-03-23").yearMonth, march)
    }
}
