/// A day in the calendar, without time or zone: the date of a visit, a
/// birth, a deadline.
///
/// The domain's dates are calendar dates, stored as `YYYY-MM-DD` text, so
/// they need no time zone arithmetic; only "today" depends on the zone (see
/// `today(in:)`). Arithmetic goes through a day number (days since
/// 1970-01-01, proleptic Gregorian) so month and year boundaries need no
/// special cases.
public struct CalendarDate: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The date, or nil when it does not exist (2019-02-29, 2020-13-01).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Self.daysIn(year: year, month: month)).contains(day) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD` or `YYYYMMDD` (what rosters and ID numbers use).
    ///
    /// Other layouts (`2020/4/10`, `10.04.2020`) are refused rather than
    /// guessed: a day and month read the wrong way round would be recorded
    /// silently.
    public init(_ text: String) throws(DomainError) {
        let bytes = Array(text.trimmingWhitespace().utf8)
        let dash = UInt8(ascii: "-")
        let fields: (ArraySlice<UInt8>, ArraySlice<UInt8>, ArraySlice<UInt8>)? =
            if bytes.count == 10, bytes[4] == dash, bytes[7] == dash {
                (bytes[0..<4], bytes[5..<7], bytes[8..<10])
            } else if bytes.count == 8 {
                (bytes[0..<4], bytes[4..<6], bytes[6..<8])
            } else {
                nil
            }
        guard let fields, let year = ASCIIDigits.value(fields.0), let month = ASCIIDigits.value(fields.1),
            let day = ASCIIDigits.value(fields.2)
        else {
            throw .invalidDate(value: text, problem: .format(expected: "YYYY-MM-DD"))
        }
        guard year >= 1 else { throw .invalidDate(value: text, problem: .year(year)) }
        guard (1...12).contains(month) else { throw .invalidDate(value: text, problem: .month(month)) }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            throw .invalidDate(value: text, problem: .day(year: year, month: month, day: day))
        }
        self = date
    }

    /// The date `text` names, or nil; see `init(_:)` for what is accepted.
    public static func parse(_ text: String) -> CalendarDate? {
        try? CalendarDate(text)
    }

    /// The date `dayNumber` days after 1970-01-01 (negative: before).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days: eras of 400 years, March-based years.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    }

    /// Days since 1970-01-01 (negative: before).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// `YYYY-MM-DD`, the form stored in SQL and accepted by SQLite's `date()`.
    public var description: String {
        "\(ASCIIDigits.padded(year, width: 4))-\(ASCIIDigits.padded(month, width: 2))-\(ASCIIDigits.padded(day, width: 2))"
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// The date moved by whole calendar months (earlier when negative), the
    /// day kept where the month has it, else the month's last day:
    /// 2020-03-31 + 1 month = 2020-04-30, 2020-02-29 + 12 months = 2021-02-28.
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12, newMonth = total % 12 + 1
        return CalendarDate(year: newYear, month: newMonth, day: min(day, Self.daysIn(year: newYear, month: newMonth)))!
    }

    /// Days from this date to `other`: positive when `other` is later.
    public func days(to other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// The month this date falls in.
    public var yearMonth: YearMonth { YearMonth(self) }

    /// The first day of this date's month.
    public var firstOfMonth: CalendarDate { yearMonth.firstDay }

    /// The last day of this date's month.
    public var lastOfMonth: CalendarDate { yearMonth.lastDay }

    /// Whole years from this date (a birth date) to `date`: the age on that
    /// day. Someone born on 29 February turns a year older on 1 March in
    /// common years. Negative when `date` is before this date.
    public func age(on date: CalendarDate) -> Int {
        let years = date.year - year
        return (date.month, date.day) < (month, day) ? years - 1 : years
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether `year` has a 29 February (Gregorian rule).
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` (1–12) of `year`.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
