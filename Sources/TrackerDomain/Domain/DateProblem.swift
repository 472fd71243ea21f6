import Bilingual

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
        case (.format(let expected), .zh): "格式应为 \(expected)"
        case (.format(let expected), .en): "expected \(expected)"
        case (.year(let year), .zh): "年份 \(year) 超出范围（0001–9999）"
        case (.year(let year), .en): "year \(year) is out of range (0001–9999)"
        case (.month(let month), .zh): "月份 \(month) 不存在（应为 1–12）"
        case (.month(let month), .en): "there is no month \(month) (expected 1–12)"
        case (.day(let year, let month, let day), .zh): "\(year)年\(month)月没有\(day)日"
        case (.day(let year, let month, let day), .en):
            "\(YearMonth(year: year, month: month)?.description ?? "\(year)-\(month)") has no day \(day)"
        case (.inFuture(let today), .zh): "晚于今天（\(today)）"
        case (.inFuture(let today), .en): "is in the future (today is \(today))"
        }
    }
}
