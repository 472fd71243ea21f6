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

    /// The summary by village and town for `month` (see `MonthlySummary`).
    public func summary(_ month: YearMonth, scope: HouseholdFilter = HouseholdFilter()) throws(TrackerError)
        -> MonthlySummary
    {
        try monthly(month, scope: scope).summary
    }
}
