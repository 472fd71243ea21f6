import SQLiteKit

/// Which households are due for a visit under the visit interval
/// (`household list --due-for-visit`).
public struct VisitSchedule {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// Households in scope that are due as of `today` (see `VisitInterval`
    /// for what "due" means in each form): never visited first, then the
    /// oldest last visit first. `interval` nil means the configured one.
    /// Visits after `today` are not counted, so a past date gives the list
    /// as it stood then.
    public func householdsDue(asOf today: CalendarDate, filter: HouseholdFilter = HouseholdFilter(),
                              interval: VisitInterval? = nil) throws(TrackerError) -> [DueVisit] {
        try database.read { connection in
            let interval = try interval ?? SettingsStore.visitInterval(in: connection)
            let periodStart = interval.countingPeriodStart(asOf: today)
            var visits: [Int64: (last: CalendarDate?, inPeriod: Int)] = [:]
            try connection.forEach("""
                SELECT household_id, max(visit_date), count(*) FILTER (WHERE visit_date >= ?1)
                FROM visits WHERE visit_date <= ?2 AND voided_on IS NULL GROUP BY household_id
                """, [periodStart?.description, today.description]) { row in
                visits[row.int64(0)] = (CalendarDate.parse(row.text(1)), row.int(2))
            }
            var due: [DueVisit] = []
            for household in try HouseholdStore.households(filter, in: connection) {
                // A closed case is visited no more.
                if let closed = household.closedOn, closed <= today { continue }
                let record = visits[household.id]
                let inPeriod = record?.inPeriod ?? 0
                guard interval.isDue(lastVisit: record?.last, visitsInPeriod: inPeriod, asOf: today) else { continue }
                due.append(DueVisit(
                    household: household, lastVisit: record?.last,
                    dueSince: interval.dueSince(lastVisit: record?.last, asOf: today),
                    visitsInPeriod: periodStart == nil ? nil : inPeriod))
            }
            // Stable sort keeps the household order (town, village, head) among equals.
            return due.enumerated().sorted { a, b in
                switch (a.element.lastVisit, b.element.lastVisit) {
                case (nil, nil): a.offset < b.offset
                case (nil, _): true
                case (_, nil): false
                case let (x?, y?): x == y ? a.offset < b.offset : x < y
                }
            }.map(\.element)
        }
    }
}
