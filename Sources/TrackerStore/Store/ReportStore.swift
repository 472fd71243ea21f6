import Platform
internal import SQLiteKit
import TrackerDomain

/// Reports for the county office, read from one snapshot of the database.
public struct ReportStore {
    let database: TrackerDatabase
    /// From how many households (the largest id) a report shares its reads
    /// with a second connection; tests set it to 0 to take that path on a
    /// small database.
    let secondConnectionFrom: Int

    public init(_ database: TrackerDatabase) { self.init(database, secondConnectionFrom: 10_000) }

    init(_ database: TrackerDatabase, secondConnectionFrom: Int) {
        self.database = database
        self.secondConnectionFrom = secondConnectionFrom
    }

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
            guard try worthASecondConnection(connection) else {
                var report = try MonthlyReportQueries.households(month: month, asOf: asOf, scope: scope, in: connection)
                report.add(try MonthlyReportQueries.details(month: month, asOf: asOf, in: connection))
                return report
            }
            let head = try AuditChainStore.head(in: connection)
            if scope.town == nil && scope.village == nil, let parts = try CountyParts.split(firstShare: 0.65, in: connection),
               let report = try countyInParts(month, asOf: asOf, parts: parts, sameAs: head) {
                return report
            }
            // On a file the statements other than `households` are read on a
            // second connection while this one reads the households.
            let side = database.readAlongside(sameRecordsAs: head) { connection in
                try MonthlyReportQueries.details(month: month, asOf: asOf, in: connection)
            }
            var (details, report) = try alongside(side, while: { () throws(TrackerError) in
                try database.read { connection in
                    try MonthlyReportQueries.households(month: month, asOf: asOf, scope: scope, in: connection)
                }
            })
            report.add(try details ?? MonthlyReportQueries.details(month: month, asOf: asOf, in: connection))
            return report
        }
    }

    /// The county's report with the households of `parts.second` and every
    /// detail read on a second connection while `parts.first`'s households
    /// are read on this one; nil when that cannot be (no file to open again,
    /// or a change written between the two snapshots).
    private func countyInParts(_ month: YearMonth, asOf: CalendarDate, parts: CountyParts, sameAs head: AuditChainHead?)
        throws(TrackerError) -> MonthlyReport?
    {
        let side = database.readAlongside(sameRecordsAs: head) { connection in
            (try MonthlyReportQueries.details(month: month, asOf: asOf, in: connection),
             try MonthlyReportQueries.households(month: month, asOf: asOf, scope: HouseholdFilter(), towns: parts.second, in: connection))
        }
        let (second, first) = try alongside(side, while: { () throws(TrackerError) in
            try database.read { connection in
                try MonthlyReportQueries.households(month: month, asOf: asOf, scope: HouseholdFilter(), towns: parts.first, in: connection)
            }
        })
        guard let (details, rest) = second else { return nil }
        var report = first
        report.rows += rest.rows
        report.add(details)
        return report
    }

    /// Whether the database is large enough for a report's reads to be
    /// shared with a second connection: below a county's size, opening it
    /// and starting a thread cost more than they save (a 2,500-household
    /// report took 15% longer).
    func worthASecondConnection(_ connection: Connection) throws -> Bool {
        try connection.scalarInt("SELECT max(id) FROM households") ?? 0 >= secondConnectionFrom
    }

    /// The statements behind `monthly`, in the order it runs them, with
    /// their parameters (:first_day, :last_day, :town, :village, and :year,
    /// the year before the month's, for the incomes; each uses some): for
    /// comparing the report with the bare SQL (Benchmarks/). A case
    /// of 防止返贫监测 is then read by the statements of `monitor show`.
    public static var monthlyStatements: [String] {
        [MonthlyReportQueries.households, MonthlyReportQueries.visitsInMonth, MonthlyReportQueries.officialsAtMonthEnd,
         MonthlyReportQueries.closedInMonth, MonthlyReportQueries.openAtMonthEnd,
         MoneyQueries.incomesQuery(household: nil, year: 0).0,
         MonitoringReportQueries.kindsAtMonthEnd, MonitoringReportQueries.casesUpToMonthEnd]
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
            // The trend and the due list do not need the report: on a file
            // they are read on a second connection while this one builds the
            // report (the page's time on two cores is the longer of the two).
            let alongsideParts: PageParts?
            let report: MonthlyReport
            if try worthASecondConnection(connection) {
                let head = try AuditChainStore.head(in: connection)
                (alongsideParts, report) = try alongside(
                    pageParts(month, scope: scope, today: today, sameAs: head),
                    while: { () throws(TrackerError) in try monthly(month, scope: scope, today: today) })
            } else {
                (alongsideParts, report) = (nil, try monthly(month, scope: scope, today: today))
            }
            let (trend, due) = try alongsideParts
                ?? Self.pageParts(month, scope: scope, today: today, asOf: report.asOf, in: connection)
            let counted = Set(report.rows.map(\.householdID))
            let overdue = try OverdueAtMonthEndQueries.items(
                month: month, asOf: report.asOf, counted: counted, in: connection)
            var glance = MonthAtAGlance(
                month: month, scope: scope, summary: report.summary, interval: trend.interval, trend: trend.months,
                overdue: overdue, asOf: report.asOf, dueForVisit: due.filter { counted.contains($0.household.id) })
            glance.monitoringCases = try MonitoringReportQueries.openCases(asOf: report.asOf, households: counted, in: connection)
            return glance
        }
    }

    /// The page's trend (with the visit interval) and households due for a visit.
    typealias PageParts = (trend: (months: [RectificationMonth], interval: VisitInterval), due: [DueVisit])

    static func pageParts(_ month: YearMonth, scope: HouseholdFilter, today: CalendarDate, asOf: CalendarDate,
                          in connection: Connection) throws -> PageParts {
        let trend = try RectificationTrendQueries.trend(endingWith: month, months: 12, scope: scope, today: today, in: connection)
        let interval = try SettingsStore.visitInterval(in: connection)
        let due = try VisitSchedule.householdsDue(
            asOf: asOf, filter: HouseholdFilter(town: scope.town, village: scope.village), interval: interval, in: connection)
        return ((trend, interval), due)
    }

    /// `pageParts` read on a second connection, for `alongside`: nil when
    /// there is no file to open again, or when a change was written between
    /// the two reads' snapshots; the parts are then read on the report's connection.
    func pageParts(_ month: YearMonth, scope: HouseholdFilter, today: CalendarDate, sameAs head: AuditChainHead?)
        -> @Sendable () throws(TrackerError) -> PageParts?
    {
        guard month <= today.yearMonth else { return { nil } }
        return database.readAlongside(sameRecordsAs: head) { connection in
            try Self.pageParts(month, scope: scope, today: today, asOf: min(month.lastDay, today), in: connection)
        }
    }
}
