import Bilingual
internal import SQLiteKit
import TrackerDomain

extension MonitoringStore {
    /// Cases in scope, by town, village and head (pinyin), then number;
    /// with `overdueOnly`, only those with something overdue on `today`.
    public func list(_ filter: MonitoringFilter, today: CalendarDate) throws(TrackerError) -> [MonitoringCase] {
        try database.read { connection in
            try Self.cases(town: filter.town, village: filter.village, in: connection).filter { found in
                (filter.state == nil || found.state == filter.state)
                    && (!filter.overdueOnly || !MonitoringRules.overdue(found, on: today).isEmpty)
            }
        }
    }

    static func cases(town: String?, village: String?, in connection: Connection) throws -> [MonitoringCase] {
        let ids = try connection.query("""
            SELECT mc.id FROM monitoring_cases mc
            JOIN households h ON h.id = mc.household_id
            JOIN places v ON v.id = h.village_id JOIN places t ON t.id = v.parent_id
            WHERE (:town IS NULL OR t.name = :town) AND (:village IS NULL OR v.name = :village)
            ORDER BY sort_key(t.name), sort_key(v.name), sort_key(h.head_name), mc.id
            """, ["town": town, "village": village]).compactMap { $0.optionalInt64("id") }
        return try ids.map { id in try MonitoringQueries.monitoringCase(id: id, in: connection) }
    }

    /// Monitored cases whose risk may be removed on `today`: every condition met.
    public func dueForRemoval(_ filter: MonitoringFilter, today: CalendarDate) throws(TrackerError) -> [MonitoringCase] {
        try database.read { connection in
            try Self.cases(town: filter.town, village: filter.village, in: connection).filter { found in
                try found.state == .monitored && Self.removalBlockers(found, on: today, in: connection).isEmpty
            }
        }
    }

    /// Households that call for monitoring work in `year` (as of `today`):
    /// lifted households below the threshold and not monitored; monitored
    /// ones with an unanswered risk; open 不达标 items older than 30 days in
    /// households without an open case (a clue: open a case).
    public func screen(year: Int, filter: MonitoringFilter, today: CalendarDate) throws(TrackerError) -> [ScreeningHit] {
        try database.read { connection in
            let cases = try Self.cases(town: nil, village: nil, in: connection)
            let withOpenCase = Set(cases.filter { $0.state.isOpen }.map(\.household.id))
            var hits: [ScreeningHit] = []
            let households = try HouseholdStore.households(HouseholdFilter(town: filter.town, village: filter.village),
                                                          in: connection).filter { $0.closedOn == nil }
            let incomes = try MoneyQueries.incomes(year: year, in: connection)
            for household in households where household.status == .lifted && !withOpenCase.contains(household.id) {
                guard let income = incomes[household.id],
                      let threshold = try ThresholdStore.threshold(for: household.id, year: year, in: connection) else { continue }
                let perCapita = income.total.perCapita(among: income.householdSize)
                guard perCapita < threshold.amount else { continue }
                hits.append(ScreeningHit(household: household, reason: .belowThreshold, detail: LocalizedText(en: "per-capita income \(perCapita) in \(year) is below the \(threshold.amount) threshold; not monitored", zh: "\(year) 年人均纯收入 \(perCapita) 元，低于监测范围 \(threshold.amount) 元，未纳入监测")))
            }
            let inScope = Set(households.map(\.id))
            for found in cases where [.monitored, .removing].contains(found.state) && inScope.contains(found.household.id) {
                for risk in found.risks where !found.measures(against: risk).contains(where: { RiskAnswers.answers($0.kind, risk) }) {
                    hits.append(ScreeningHit(household: found.household, reason: .unansweredRisk,
                                             detail: RemovalBlocker.unansweredRisk(risk, answeredBy: RiskAnswers.measures(answering: risk)).message,
                                             caseID: found.id))
                }
            }
            let limit = today.adding(days: -30)
            let openItems = RectificationFilter(status: .open, town: filter.town, village: filter.village)
            for item in try RectificationQueries.items(matching: openItems, today: today, in: connection)
            where item.openedOn < limit && item.topic.checklistItem != nil && !withOpenCase.contains(item.householdID) {
                let household = try HouseholdStore.household(id: item.householdID, in: connection)
                let risk = Self.risk(suggestedBy: item.topic)
                hits.append(ScreeningHit(household: household, reason: .failingItem, detail: LocalizedText(en: "rectification item #\(item.id) (\(item.topic.label(in: .en)): \(item.description)) open since \(item.openedOn), over 30 days", zh: "整改事项 #\(item.id)（\(item.topic.label(in: .zh))：\(item.description)）自 \(item.openedOn) 起未销号，已超过 30 天"),
                    itemID: item.id, suggestedRisk: risk, itemOpenedOn: item.openedOn))
            }
            return hits
        }
    }

    /// The risk a failing checklist item points to.
    static func risk(suggestedBy topic: RectificationTopic) -> MonitoringRisk {
        switch topic {
        case .education: .schooling
        case .medical: .illness
        case .housing: .housing
        case .water: .drinkingWater
        default: .other
        }
    }
}
