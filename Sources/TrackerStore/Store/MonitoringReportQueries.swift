internal import SQLiteKit
import TrackerDomain

/// 防止返贫监测 in the monthly report: each household's monitoring kind at
/// month end (its dated status) and the case open then, read for the
/// households that have either, so a county without monitoring pays two
/// index lookups.
enum MonitoringReportQueries {
    /// Households with a monitoring kind at some time, with the kind on :last_day.
    static let kindsAtMonthEnd = """
        SELECT h.id, \(HouseholdFactQueries.value(.status, column: "monitoring_kind", sentinel: "''", day: ":last_day")) AS kind
        FROM households h
        WHERE h.monitoring_kind IS NOT NULL
           OR h.id IN (SELECT household_id FROM household_facts WHERE fact = 'status' AND monitoring_kind IS NOT NULL)
        """

    /// Cases opened on a clue up to :last_day.
    static let casesUpToMonthEnd = "SELECT id FROM monitoring_cases WHERE clue_on <= :last_day ORDER BY id"

    /// Each household's monitoring in the month, for the households that have any.
    static func months(month: YearMonth, asOf: CalendarDate, in connection: Connection) throws -> [Int64: MonitoringMonth] {
        var kinds: [Int64: MonitoringKind] = [:]
        try connection.forEach(kindsAtMonthEnd, ["last_day": asOf.description]) { row in
            if let kind = row.optionalText("kind").flatMap(MonitoringKind.init(rawValue:)) { kinds[row.int64("id")] = kind }
        }
        var cases: [Int64: [MonitoringCase]] = [:]
        for id in try connection.query(casesUpToMonthEnd, ["last_day": asOf.description]).compactMap({ $0.optionalInt64("id") }) {
            let found = try MonitoringQueries.monitoringCase(id: id, in: connection)
            cases[found.household.id, default: []].append(found)
        }
        var months: [Int64: MonitoringMonth] = [:]
        for household in Set(kinds.keys).union(cases.keys) {
            months[household] = MonitoringMonth(kind: kinds[household], cases: cases[household] ?? [], from: month.firstDay, to: asOf)
        }
        return months
    }

    /// The cases open at `asOf` among `households`, for the report page.
    static func openCases(asOf: CalendarDate, households: Set<Int64>, in connection: Connection) throws -> [MonitoringCase] {
        try connection.query(casesUpToMonthEnd, ["last_day": asOf.description]).compactMap { $0.optionalInt64("id") }
            .map { id in try MonitoringQueries.monitoringCase(id: id, in: connection) }
            .filter { households.contains($0.household.id) && ($0.state(on: asOf)?.isOpen ?? false) }
    }
}
