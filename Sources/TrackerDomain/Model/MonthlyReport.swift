/// The monthly report the county office asks for: one row per household in
/// scope, everything counted up to the last day of `month` and no further.
public struct MonthlyReport: Sendable, Hashable {
    public var month: YearMonth
    /// The last day counted: the month's last day, or today while the month
    /// is not over ("month end" below means this day).
    public var asOf: CalendarDate
    /// The town and village the report was narrowed to (nil: all).
    public var scope: HouseholdFilter
    /// Ordered by town, village, head of household.
    public var rows: [MonthlyReportRow]

    public init(month: YearMonth, asOf: CalendarDate? = nil, scope: HouseholdFilter = HouseholdFilter(),
                rows: [MonthlyReportRow] = []) {
        self.month = month
        self.asOf = asOf ?? month.lastDay
        self.scope = scope
        self.rows = rows
    }

    /// Whether the whole month is counted; false for the current month.
    public var isComplete: Bool { asOf >= month.lastDay }

    /// The per-town-and-village summary of these rows.
    public var summary: MonthlySummary { MonthlySummary(self) }
}
