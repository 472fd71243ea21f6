/// One month of rectification work in a scope: the four figures of the
/// monthly summary's total line, for one point of the 12-month trend.
public struct RectificationMonth: Sendable, Hashable {
    public var month: YearMonth
    /// Items opened in the month.
    public var opened = 0
    /// Items closed (销号) in the month, each counted once.
    public var closed = 0
    /// Items open at the end of the month's last day.
    public var openAtMonthEnd = 0
    /// Of those, the ones past their deadline on the last day.
    public var overdueAtMonthEnd = 0

    public init(month: YearMonth, opened: Int = 0, closed: Int = 0, openAtMonthEnd: Int = 0, overdueAtMonthEnd: Int = 0) {
        self.month = month
        self.opened = opened
        self.closed = closed
        self.openAtMonthEnd = openAtMonthEnd
        self.overdueAtMonthEnd = overdueAtMonthEnd
    }
}
