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
                SELECT household_id, max(visit_date),
                       count(*) FILTER (WHERE visit_date >= ?1),
                       count(*) FILTER (WHERE visit_date >= ?3 AND visit_date < ?1)
                FROM visits WHERE visit_date <= ?2 AND voided_on IS NULL GROUP BY household_id
                """, [period?.start.description, today.description, previous?.start.description]) { row in
                visits[row.int64(0)] = (CalendarDate.parse(row.text(1)), row.int(2), row.int(3))
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
