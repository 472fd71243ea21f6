internal import SQLiteKit
import TrackerDomain

/// Which households are due for a visit under the visit interval
/// (`household list --due-for-visit`).
public struct VisitSchedule {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// Households in scope that are due or overdue as of `today` (see
    /// `VisitInterval` for the rule of each form): the overdue first, then
    /// the due; within each, never visited first, then the oldest last
    /// visit. `interval` nil means the configured one. Visits after `today`
    /// are not counted, so a past date gives the list as it stood then.
    public func householdsDue(asOf today: CalendarDate, filter: HouseholdFilter = HouseholdFilter(),
                              interval: VisitInterval? = nil) throws(TrackerError) -> [DueVisit] {
        try database.read { connection in
            let interval = try interval ?? SettingsStore.visitInterval(in: connection)
            let period = interval.countedPeriod(containing: today)
            let previous = period.flatMap { interval.countedPeriod(containing: $0.start.adding(days: -1)) }
            var visits: [Int64: (last: CalendarDate?, inPeriod: Int, inPrevious: Int)] = [:]
            try connection.forEach("""
                SELECT household_id, max(visit_date) AS last_visit,
                       count(*) FILTER (WHERE visit_date >= :period_start) AS in_period,
                       count(*) FILTER (WHERE visit_date >= :previous_start AND visit_date < :period_start) AS in_previous
                FROM visits WHERE visit_date <= :today AND voided_on IS NULL GROUP BY household_id
                """, ["period_start": period?.start.description, "today": today.description,
                      "previous_start": previous?.start.description]) { row in
                visits[row.int64("household_id")] = (CalendarDate.parse(row.text("last_visit")), row.int("in_period"),
                                                     row.int("in_previous"))

            }
            var due: [DueVisit] = []
            for household in try HouseholdStore.households(filter, in: connection) {
                // A closed case is visited no more.
                if let closed = household.closedOn, closed <= today { continue }
                let record = visits[household.id]
                let inPeriod = record?.inPeriod ?? 0
                guard let standing = interval.standing(
                    lastVisit: record?.last, visitsInPeriod: inPeriod, visitsInPreviousPeriod: record?.inPrevious ?? 0,
                    registeredOn: household.registeredOn, asOf: today)
                else { continue }
                due.append(DueVisit(
                    household: household, lastVisit: record?.last, state: standing.state, dueBy: standing.dueBy,
                    missedDeadline: standing.missedDeadline,
                    visitsInPeriod: period == nil ? nil : inPeriod, visitsRequired: period?.required))
            }
            // Stable sort keeps the household order (town, village, head) among equals.
            return due.enumerated().sorted { a, b in
                if a.element.state != b.element.state { return a.element.state == .overdue }
                switch (a.element.lastVisit, b.element.lastVisit) {
                case (nil, nil): return a.offset < b.offset
                case (nil, _): return true
                case (_, nil): return false
                case let (x?, y?): return x == y ? a.offset < b.offset : x < y
                }
            }.map(\.element)
        }
    }
}
