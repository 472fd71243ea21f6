/// Why a date or month was refused.
public enum DateProblem: Hashable, Sendable {
    /// Not in an accepted layout; `expected` names it (`YYYY-MM-DD`).
    case format(expected: String)
    /// A year outside 0001–9999, which SQLite's `date()` cannot hold.
    case year(Int)
    /// A month outside 1–12.
    case month(Int)
    /// A day the month does not have (2019-02-29, 2020-04-31).
    case day(year: Int, month: Int, day: Int)
    /// After today, where the rule forbids it (a visit cannot be recorded ahead).
    case inFuture(today: CalendarDate)

    /// The reason in `language`.
    public func message(in language: Language) -> String {
        switch (self, language) {
        case let (.format(expected), .zh): "格式应为 \(expected)"
        case let (.format(expected), .en): "expected \(expected)"
        case let (.year(year), .zh): "年份 \(year) 超出范围（0001–9999）"
        case let (.year(year), .en): "year \(year) is out of range (0001–9999)"
        case let (.month(month), .zh): "月份 \(month) 不存在（应为 1–12）"
        case let (.month(month), .en): "there is no month \(month) (expected 1–12)"
        case let (.day(year, month, day), .zh): "\(year)年\(month)月没有\(day)日"
        case let (.day(year, month, day), .en):
            "\(YearMonth(year: year, month: month)?.description ?? "\(year)-\(month)") has no day \(day)"
        case let (.inFuture(today), .zh): "晚于今天（\(today)）"
        case let (.inFuture(today), .en): "is in the future (today is \(today))"
        }
    }
}
