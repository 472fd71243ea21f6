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
        // The whole county's households are read once, with the dates that
        // say which months count them; a town or village is looked up per
        // month, where each household lived at that month's end.
        let county = scope.town == nil && scope.village == nil ? try registrations(in: connection) : nil
        var points: [RectificationMonth] = []
        while month <= last {
            let asOf = min(month.lastDay, today)
            let counted = try county.map { registrations in
                Set(registrations.lazy.filter { $0.isCounted(in: month, asOf: asOf) }.map(\.id))
            } ?? householdIDs(month: month, asOf: asOf, scope: scope, in: connection)
            points.append(try figures(for: month, asOf: asOf, counted: counted, timeline: timeline, in: connection))
            month = month.next
        }
        return points
    }

    /// A household's registration and closing, which decide the months that count it.
    struct Registration {
        let id: Int64
        let registeredOn: CalendarDate?
        let closedOn: CalendarDate?

        /// `MonthlyReportQueries.inMonth`, for one household.
        func isCounted(in month: YearMonth, asOf: CalendarDate) -> Bool {
            (registeredOn.map { $0 <= asOf } ?? true) && (closedOn.map { $0 >= month.firstDay } ?? true)
        }
    }

    static func registrations(in connection: Connection) throws -> [Registration] {
        var all: [Registration] = []
        try connection.forEach("SELECT id, registered_on, closed_on FROM households", [:]) { row in
            all.append(Registration(id: row.int64("id"),
                                    registeredOn: row.optionalText("registered_on").flatMap(CalendarDate.parse),
                                    closedOn: row.optionalText("closed_on").flatMap(CalendarDate.parse)))
        }
        return all
    }

    static func figures(
        for month: YearMonth, asOf: CalendarDate, counted: Set<Int64>, timeline: RectificationTimeline,
        in connection: Connection
    ) throws -> RectificationMonth {
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

    /// The households `month`'s report counts in a town or village (where they lived at month end).
    static func householdIDs(month: YearMonth, asOf: CalendarDate, scope: HouseholdFilter, in connection: Connection)
        throws -> Set<Int64>
    {
        var ids: Set<Int64> = []
        try connection.forEach(MonthlyReportQueries.householdIDs, [
            "first_day": month.firstDay.description, "last_day": asOf.description,
            "town": scope.town, "village": scope.village,
        ]) { row in
            ids.insert(row.int64("id"))
        }
        return ids
    }
}
