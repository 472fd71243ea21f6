/// A calendar month (`YYYY-MM`): the period of the monthly report and of
/// `visit list --month`.
public struct YearMonth: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// The month, or nil when `month` is outside 1–12.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month `date` falls in.
    public init(_ date: CalendarDate) {
        year = date.year
        month = date.month
    }

    /// Reads `YYYY-MM` (also `YYYYMM`), refusing anything else with a reason.
    public init(_ text: String) throws(DomainError) {
        let bytes = Array(text.trimmingWhitespace().utf8)
        let fields: (ArraySlice<UInt8>, ArraySlice<UInt8>)? =
            if bytes.count == 7, bytes[4] == UInt8(ascii: "-") {
                (bytes[0..<4], bytes[5..<7])
            } else if bytes.count == 6 {
                (bytes[0..<4], bytes[4..<6])
            } else {
                nil
            }
        guard let fields, let year = ASCIIDigits.value(fields.0), let month = ASCIIDigits.value(fields.1) else {
            throw .invalidDate(value: text, problem: .format(expected: "YYYY-MM"))
        }
        guard year >= 1 else { throw .invalidDate(value: text, problem: .year(year)) }
        guard let value = YearMonth(year: year, month: month) else {
            throw .invalidDate(value: text, problem: .month(month))
        }
        self = value
    }

    /// The month `text` names, or nil.
    public static func parse(_ text: String) -> YearMonth? {
        try? YearMonth(text)
    }

    /// `YYYY-MM`, which is also the prefix of every date in the month, so
    /// SQL can group by `substr(date, 1, 7)`.
    public var description: String {
        "\(ASCIIDigits.padded(year, width: 4))-\(ASCIIDigits.padded(month, width: 2))"
    }

    /// The first day of the month.
    public var firstDay: CalendarDate { CalendarDate(year: year, month: month, day: 1)! }

    /// The last day of the month (29 February in leap years).
    public var lastDay: CalendarDate {
        CalendarDate(year: year, month: month, day: CalendarDate.daysIn(year: year, month: month))!
    }

    /// The number of days in the month.
    public var dayCount: Int { CalendarDate.daysIn(year: year, month: month) }

    /// The month after this one.
    public var next: YearMonth {
        month == 12 ? YearMonth(year: year + 1, month: 1)! : YearMonth(year: year, month: month + 1)!
    }

    /// The month before this one.
    public var previous: YearMonth {
        month == 1 ? YearMonth(year: year - 1, month: 12)! : YearMonth(year: year, month: month - 1)!
    }

    /// Whether `date` falls in this month.
    public func contains(_ date: CalendarDate) -> Bool {
        date.year == year && date.month == month
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
