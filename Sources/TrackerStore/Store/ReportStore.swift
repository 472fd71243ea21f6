import TrackerDomain

/// Reports for the county office, read from one snapshot of the database.
public struct ReportStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// The monthly report for `month`, narrowed to a town and/or village.
    /// It counts what happened up to the month's last day only, so it can be
    /// produced again later with the same result. Refused (not found) when
    /// the town or village does not exist.
    ///
    /// The current month is counted as of `today` (`MonthlyReport.asOf`):
    /// an item due later this month is not overdue yet. A month after the
    /// current one has not happened and is refused.
    public func monthly(_ month: YearMonth, scope: HouseholdFilter = HouseholdFilter(),
                        today: CalendarDate = .today()) throws(TrackerError) -> MonthlyReport
    {
        guard month <= today.yearMonth else {
            throw TrackerError(.refused,
                en: "\(month) has not begun (today is \(today)); a report counts what has happened: ask for \(today.yearMonth) or an earlier month",
                zh: "\(month) 尚未开始（今天是 \(today)）；月报只统计已发生的情况：请选 \(today.yearMonth) 或更早的月份")
        }
        let asOf = min(month.lastDay, today)
        return try database.read { connection in
            try MonthlyReportQueries.report(month: month, asOf: asOf, scope: scope, in: connection)
        }
    }

    /// The statements behind `monthly`, in the order it runs them, with
    /// their parameters (:first_day, :last_day, :town, :village; each uses some):
    /// for comparing the report with the bare SQL (Benchmarks/).
    public static var monthlyStatements: [String] {
        [MonthlyReportQueries.households, MonthlyReportQueries.visitsInMonth, MonthlyReportQueries.officialsAtMonthEnd,
         MonthlyReportQueries.closedInMonth, MonthlyReportQueries.openAtMonthEnd]
    }

    /// The summary by village and town for `month` (see `MonthlySummary`).
    public func summary(_ month: YearMonth, scope: HouseholdFilter = HouseholdFilter(),
                        today: CalendarDate = .today()) throws(TrackerError) -> MonthlySummary
    {
        try monthly(month, scope: scope, today: today).summary
    }

    /// Rectification figures for the `months` months ending with `month`,
    /// oldest first; each point is the total line of that month's summary
    /// (the current month counted as of `today`, as the summary counts it).
    public func trend(endingWith month: YearMonth, months: Int = 12, scope: HouseholdFilter = HouseholdFilter(),
                      today: CalendarDate = .today()) throws(TrackerError) -> [RectificationMonth]
    {
        try database.read { connection in
            try RectificationTrendQueries.trend(
                endingWith: month, months: months, scope: scope, today: today, in: connection)
        }
    }

    /// Everything `report page` shows for `month`, from one snapshot and as
    /// of the report's day (the month's last day, or `today` while the month
    /// runs): the summary, the coverage target of the visit interval, the
    /// 12-month trend, the overdue items and the households due for a visit.
    /// Refused like `monthly`: a month not begun, a town or village unknown.
    public func monthAtAGlance(_ month: YearMonth, scope: HouseholdFilter = HouseholdFilter(), today: CalendarDate)
        throws(TrackerError) -> MonthAtAGlance
    {
        try database.read { connection in
            let report = try monthly(month, scope: scope, today: today)
            let trend = try RectificationTrendQueries.trend(
                endingWith: month, months: 12, scope: scope, today: today, in: connection)
            let counted = Set(report.rows.map(\.householdID))
            let overdue = try OverdueAtMonthEndQueries.items(
                month: month, asOf: report.asOf, counted: counted, in: connection)
            let interval = try SettingsStore.visitInterval(in: connection)
            let due = try VisitSchedule(database).householdsDue(
                asOf: report.asOf, filter: HouseholdFilter(town: scope.town, village: scope.village), interval: interval)
            var glance = MonthAtAGlance(
                month: month, scope: scope, summary: report.summary, interval: interval, trend: trend,
                overdue: overdue, asOf: report.asOf, dueForVisit: due.filter { counted.contains($0.household.id) })
            glance.monitoringCases = try MonitoringReportQueries.openCases(asOf: report.asOf, households: counted, in: connection)
            return glance
        }
    }
}
