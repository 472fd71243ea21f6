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
    /// their parameters (?1 first day, ?2 last day, ?3 town, ?4 village):
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
}
