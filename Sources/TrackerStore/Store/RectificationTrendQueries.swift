internal import SQLiteKit
import TrackerDomain

/// Rectification figures month by month (`report page`'s trend), made of
/// the monthly report's own statements so each point is what `report
/// summary` says for that month.
///
/// Building the whole report for each of twelve months would look up every
/// household twelve times; the trend needs only the four rectification
/// counts. Opened and closed come from the report's set-based statements
/// (`openedInMonth`, `closedInMonth`), open and overdue at each month end
/// from one read of the items' history (`RectificationTimeline`), summed
/// over the households that month's report counts (`householdIDs`).
enum RectificationTrendQueries {
    /// The `months` months ending with `last`, oldest first; a month not
    /// over by `today` is counted up to `today`, as its report counts it.
    static func trend(
        endingWith last: YearMonth, months: Int, scope: HouseholdFilter, today: CalendarDate, in connection: Connection
    ) throws -> [RectificationMonth] {
        try MonthlyReportQueries.checkScope(scope, in: connection)
        var month = last
        for _ in 1..<max(1, months) { month = month.previous }
        let timeline = try RectificationTimeline(from: min(month.lastDay, today), in: connection)
        var points: [RectificationMonth] = []
        while month <= last {
            points.append(
                try figures(
                    for: month, asOf: min(month.lastDay, today), scope: scope, timeline: timeline, in: connection))
            month = month.next
        }
        return points
    }

    static func figures(
        for month: YearMonth, asOf: CalendarDate, scope: HouseholdFilter, timeline: RectificationTimeline,
        in connection: Connection
    ) throws -> RectificationMonth {
        let counted = try householdIDs(month: month, asOf: asOf, scope: scope, in: connection)
        let dates: [String: any SQLiteBindable] = ["first_day": month.firstDay.description, "last_day": asOf.description]
        var point = RectificationMonth(month: month)
        try connection.forEach(MonthlyReportQueries.openedInMonth, dates) { row in
            if counted.contains(row.int64("household_id")) { point.opened += row.int("opened") }
        }
        try connection.forEach(MonthlyReportQueries.closedInMonth, dates) { row in
            if counted.contains(row.int64("household_id")) { point.closed += row.int("closed") }
        }
        (point.openAtMonthEnd, point.overdueAtMonthEnd) = timeline.openAndOverdue(on: asOf, counted: counted)
        return point
    }

    /// The households `month`'s report counts in `scope`.
    static func householdIDs(month: YearMonth, asOf: CalendarDate, scope: HouseholdFilter, in connection: Connection)
        throws -> Set<Int64>
    {
        var ids: Set<Int64> = []
        if scope.town == nil && scope.village == nil {
            try connection.forEach(MonthlyReportQueries.allHouseholdIDs,
                                   ["first_day": month.firstDay.description, "last_day": asOf.description]) { row in
                ids.insert(row.int64("id"))
            }
        } else {
            try connection.forEach(MonthlyReportQueries.householdIDs, [
                "first_day": month.firstDay.description, "last_day": asOf.description,
                "town": scope.town, "village": scope.village,
            ]) { row in
                ids.insert(row.int64("id"))
            }
        }

        return ids
    }
}
