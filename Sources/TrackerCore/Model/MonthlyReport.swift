/// The monthly report the county office asks for: one row per household in
/// scope, everything counted up to the last day of `month` and no further.
public struct MonthlyReport: Sendable, Hashable {
    public var month: YearMonth
    /// The town and village the report was narrowed to (nil: all).
    public var scope: HouseholdFilter
    /// Ordered by town, village, head of household.
    public var rows: [MonthlyReportRow]

    public init(month: YearMonth, scope: HouseholdFilter = HouseholdFilter(), rows: [MonthlyReportRow] = []) {
        self.month = month
        self.scope = scope
        self.rows = rows
    }

    /// The per-town-and-village summary of these rows.
    public var summary: MonthlySummary { MonthlySummary(self) }
}
