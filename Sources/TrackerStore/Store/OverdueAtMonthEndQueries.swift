internal import SQLiteKit
import TrackerDomain

/// The items behind the monthly summary's "overdue" figure: open at the end
/// of the month's last day and past their deadline then.
enum OverdueAtMonthEndQueries {
    /// Reads the items through `RectificationQueries` (owner included) and
    /// joins them to the report's own `states` (`MonthlyReportQueries.stateAtMonthEnd`):
    /// the same rule, so the list is as long as the summary's figure.
    /// Longest overdue first: earliest deadline, then earliest opened.
    static let statement =
        MonthlyReportQueries.stateAtMonthEnd + RectificationQueries.selectColumns + """
             JOIN states s ON s.id = r.id
            WHERE s.state IN ('opened', 'reopened') AND s.due_date < :last_day
            ORDER BY r.due_date, r.opened_on, r.id
            """

    /// The items of the households the report counts (`counted`), as of its
    /// day `asOf` (the month's last day, or today in the current month).
    static func items(month: YearMonth, asOf: CalendarDate, counted: Set<Int64>, in connection: Connection) throws
        -> [Rectification]
    {
        var items: [Rectification] = []
        try connection.forEach(statement, ["last_day": asOf.description]) { row in

            let item = RectificationQueries.read(row)
            if counted.contains(item.householdID) { items.append(item) }
        }
        return items
    }
}
