/// Everything the one-page view of a month shows (`report page`), read from
/// one snapshot with the report's own queries, so its numbers are the
/// summary's numbers.
public struct MonthAtAGlance: Sendable, Hashable {
    public var month: YearMonth
    public var scope: HouseholdFilter
    /// The summary by village and town, as `report summary` prints it.
    public var summary: MonthlySummary
    /// The visit interval in force, which sets the coverage target.
    public var interval: VisitInterval
    /// The share of households the interval asks to be visited in a month,
    /// in tenths of a percent (see `VisitInterval.monthlyCoverageTargetPermille`).
    public var coverageTargetPermille: Int
    /// Rectification figures for the 12 months ending with `month`, oldest
    /// first; the last one equals the summary's total line.
    public var trend: [RectificationMonth]
    /// Items open and past their deadline on `asOf` (the summary's
    /// "overdue"), longest overdue first: earliest deadline, then earliest
    /// opened.
    public var overdue: [Rectification]
    /// The day everything is counted up to: the month's last day, or today
    /// while the month runs (`MonthlyReport.asOf`).
    public var asOf: CalendarDate
    /// Households in the report that are due or overdue for a visit on
    /// `asOf`, in the order `household list --due-for-visit` gives them.
    public var dueForVisit: [DueVisit]
    /// Monitoring cases open on `asOf` among the report's households.
    public var monitoringCases: [MonitoringCase] = []

    public init(
        month: YearMonth, scope: HouseholdFilter, summary: MonthlySummary, interval: VisitInterval,
        trend: [RectificationMonth], overdue: [Rectification], asOf: CalendarDate, dueForVisit: [DueVisit]
    ) {
        self.month = month
        self.scope = scope
        self.summary = summary
        self.interval = interval
        self.coverageTargetPermille = interval.monthlyCoverageTargetPermille
        self.trend = trend
        self.overdue = overdue
        self.asOf = asOf
        self.dueForVisit = dueForVisit
    }
}
