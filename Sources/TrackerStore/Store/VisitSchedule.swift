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
        try database.read { connection in try Self.householdsDue(asOf: today, filter: filter, interval: interval, in: connection) }
    }

    static func householdsDue(asOf today: CalendarDate, filter: HouseholdFilter, interval: VisitInterval?,
                              in connection: Connection) throws -> [DueVisit] {
        let interval = try interval ?? SettingsStore.visitInterval(in: connection)
        let period = interval.countedPeriod(containing: today)
        let previous = period.flatMap { interval.countedPeriod(containing: $0.start.adding(days: -1)) }
        // Visits in the counted periods only, counted by SQLite from
        // `visits_counted_by_date`: the last visit of each household is
        // one index seek below.
        var counts: [Int64: (inPeriod: Int, inPrevious: Int)] = [:]
        if let period {
            try connection.forEach("""
                SELECT household_id, count(*) FILTER (WHERE visit_date >= :period_start) AS in_period,
                       count(*) FILTER (WHERE visit_date < :period_start) AS in_previous
                FROM visits WHERE visit_date BETWEEN :from AND :today AND voided_on IS NULL
                GROUP BY household_id
                """, ["period_start": period.start.description, "from": (previous?.start ?? period.start).description,
                      "today": today.description]) { row in
                counts[row.int64("household_id")] = (row.int("in_period"), row.int("in_previous"))
            }
        }
        // Each household's standing from its dates alone; the full
        // record is read only for the ones due.
        var standings: [Int64: (lastVisit: CalendarDate?, inPeriod: Int,
                                standing: (state: VisitDueState, dueBy: CalendarDate?, missedDeadline: CalendarDate?))] = [:]
        try connection.forEach("""
            SELECT h.id, h.registered_on, h.closed_on,
                   (SELECT max(lv.visit_date) FROM visits lv
                    WHERE lv.household_id = h.id AND lv.visit_date <= :today AND lv.voided_on IS NULL) AS last_visit
            FROM households h
            JOIN places v ON v.id = h.village_id
            JOIN places t ON t.id = v.parent_id
            WHERE \(HouseholdStore.filterCondition)
            """, ["today": today.description, "town": filter.town, "village": filter.village,
                  "status": filter.status?.key]) { row in
            // A closed case is visited no more.
            if let closed = row.optionalText("closed_on").flatMap(CalendarDate.parse), closed <= today { return }
            let id = row.int64("id")
            let last = row.optionalText("last_visit").flatMap(CalendarDate.parse)
            let count = counts[id] ?? (0, 0)
            guard let standing = interval.standing(
                lastVisit: last, visitsInPeriod: count.inPeriod, visitsInPreviousPeriod: count.inPrevious,
                registeredOn: row.optionalText("registered_on").flatMap(CalendarDate.parse), asOf: today)
            else { return }
            standings[id] = (last, count.inPeriod, standing)
        }
        let due = try HouseholdStore.households(ids: standings.keys, in: connection).compactMap { household in
            standings[household.id].map { found in
                DueVisit(household: household, lastVisit: found.lastVisit, state: found.standing.state,
                         dueBy: found.standing.dueBy, missedDeadline: found.standing.missedDeadline,
                         visitsInPeriod: period == nil ? nil : found.inPeriod, visitsRequired: period?.required)
            }
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
