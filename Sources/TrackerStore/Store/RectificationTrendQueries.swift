internal import SQLiteKit
import TrackerDomain

/// Rectification figures month by month (`report page`'s trend), made of
/// the monthly report's own statements so each point is what `report
/// summary` says for that month.
///
/// Building the whole report for each of twelve months would look up every
/// household twelve times; the trend needs only the four rectification
/// counts. Opened and closed are counted as the report counts them (the
/// items opened in the month, `closedInMonth`), by statements run over all
/// the months at once and split by month; open and overdue at each month end
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
        // Opened and closed for all the months at once: two statements,
        // where one pair per month read the same tables twelve times.
        let lastDay = min(last.lastDay, today)
        let opened = try byMonth(openedByMonth, from: month.firstDay, to: lastDay, count: "opened", in: connection)
        let closed = try byMonth(closedByMonth, from: month.firstDay, to: lastDay, count: "closed", in: connection)
        var points: [RectificationMonth] = []
        while month <= last {
            let asOf = min(month.lastDay, today)
            let counted = try county.map { registrations in
                Set(registrations.lazy.filter { $0.isCounted(in: month, asOf: asOf) }.map(\.id))
            } ?? householdIDs(month: month, asOf: asOf, scope: scope, in: connection)
            var point = RectificationMonth(month: month)
            point.opened = opened[month.description, default: []].reduce(0) { $0 + (counted.contains($1.household) ? $1.count : 0) }
            point.closed = closed[month.description, default: []].reduce(0) { $0 + (counted.contains($1.household) ? $1.count : 0) }
            (point.openAtMonthEnd, point.overdueAtMonthEnd) = timeline.openAndOverdue(on: asOf, counted: counted)
            points.append(point)
            month = month.next
        }
        return points
    }

    /// Items opened per month ("2020-06") and household, as `households` counts them per row.
    static let openedByMonth = """
        SELECT substr(opened_on, 1, 7) AS month, household_id, count(*) AS opened FROM rectifications
        WHERE opened_on BETWEEN :first_day AND :last_day AND voided_on IS NULL
        GROUP BY 1, 2
        """

    /// Items closed per month and household, each once a month: `closedInMonth` of each month.
    static let closedByMonth = """
        SELECT substr(e.event_date, 1, 7) AS month, r.household_id, count(DISTINCT e.rectification_id) AS closed
        FROM rectification_events e JOIN rectifications r ON r.id = e.rectification_id
        WHERE e.event_date BETWEEN :first_day AND :last_day AND e.event = 'closed' AND r.voided_on IS NULL
        GROUP BY 1, 2
        """

    /// One of the statements above, as (household, count) pairs by month.
    static func byMonth(_ sql: String, from first: CalendarDate, to last: CalendarDate, count column: String,
                        in connection: Connection) throws -> [String: [(household: Int64, count: Int)]] {
        var counts: [String: [(household: Int64, count: Int)]] = [:]
        try connection.forEach(sql, ["first_day": first.description, "last_day": last.description]) { row in
            counts[row.text("month"), default: []].append((row.int64("household_id"), row.int(column)))
        }
        return counts
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
