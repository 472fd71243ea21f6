/// Reports for the county office, read from one snapshot of the database.
public struct ReportStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// The monthly report for `month`, narrowed to a town and/or village.
    /// It counts what happened up to the month's last day only, so it can be
    /// produced again later with the same result. Refused (not found) when
    /// the town or village does not exist.
    public func monthly(_ month: YearMonth, scope: HouseholdFilter = HouseholdFilter()) throws(TrackerError)
        -> MonthlyReport
    {
        try database.read { connection in try MonthlyReportQueries.report(month: month, scope: scope, in: connection) }
    }

    /// The statements behind `monthly`, in the order it runs them, with
    /// their parameters (?1 first day, ?2 last day, ?3 town, ?4 village):
    /// for comparing the report with the bare SQL (Benchmarks/).
    public static var monthlyStatements: [String] {
        [MonthlyReportQueries.households, MonthlyReportQueries.visitsInMonth, MonthlyReportQueries.officialsAtMonthEnd,
         MonthlyReportQueries.closedInMonth, MonthlyReportQueries.openAtMonthEnd]
    }

    /// The summary by village and town for `month` (see `MonthlySummary`).
    public func summary(_ month: YearMonth, scope: HouseholdFilter = HouseholdFilter()) throws(TrackerError)
        -> MonthlySummary
    {
        try monthly(month, scope: scope).summary
    }

    /// Rectification figures for the `months` months ending with `month`,
    /// oldest first; each point is the total line of that month's summary.
    public func trend(endingWith month: YearMonth, months: Int = 12, scope: HouseholdFilter = HouseholdFilter())
        throws(TrackerError) -> [RectificationMonth]
    {
        try database.read { connection in
            try RectificationTrendQueries.trend(endingWith: month, months: months, scope: scope, in: connection)
        }
    }

    /// Everything `report page` shows for `month`, from one snapshot: the
    /// summary, the coverage target of the visit interval, the 12-month
    /// trend, the overdue items at month end and the households due for a
    /// visit (as of the month's last day, or `today` while the month runs).
    public func monthAtAGlance(_ month: YearMonth, scope: HouseholdFilter = HouseholdFilter(), today: CalendarDate)
        throws(TrackerError) -> MonthAtAGlance
    {
        try database.read { connection in
            let report = try MonthlyReportQueries.report(month: month, scope: scope, in: connection)
            let trend = try RectificationTrendQueries.trend(endingWith: month, months: 12, scope: scope, in: connection)
            let counted = Set(report.rows.map(\.householdID))
            let overdue = try OverdueAtMonthEndQueries.items(month: month, counted: counted, in: connection)
            let interval = try SettingsStore.visitInterval(in: connection)
            let dueAsOf = min(month.lastDay, today)
            let due = try VisitSchedule(database).householdsDue(
                asOf: dueAsOf, filter: HouseholdFilter(town: scope.town, village: scope.village), interval: interval)
            return MonthAtAGlance(
                month: month, scope: scope, summary: report.summary, interval: interval, trend: trend,
                overdue: overdue, dueAsOf: dueAsOf, dueForVisit: due.filter { counted.contains($0.household.id) })
        }
    }
}
