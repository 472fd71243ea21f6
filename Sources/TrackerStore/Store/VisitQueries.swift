internal import SQLiteKit
import Bilingual
import TrackerDomain

/// Reading visits with who went, what was checked and what was asked for.
enum VisitQueries {
    static let selectColumns = """
        SELECT v.id, v.household_id, v.visit_date, v.kind, v.campaign, v.findings, v.plans, v.note, s.title,
               h.head_name, h.code, pv.name, pt.name, v.voided_on, v.void_reason
        FROM visits v LEFT JOIN sources s ON s.id = v.source_id
        JOIN households h ON h.id = v.household_id
        JOIN places pv ON pv.id = h.village_id
        JOIN places pt ON pt.id = pv.parent_id
        """

    /// Visits of one household, newest first, with their details filled in.
    static func visits(of household: Int64, in connection: Connection) throws -> [Visit] {
        try visits(where: "v.household_id = ? AND v.voided_on IS NULL", [household], order: "v.visit_date DESC, v.id DESC",
                   in: connection)
    }

    /// Visits matching `filter`, newest first. The month is a date range, so
    /// `visits_by_date` serves it.
    static func visits(matching filter: VisitFilter, in connection: Connection) throws -> [Visit] {
        try visits(where: """
            v.voided_on IS NULL AND (?1 IS NULL OR v.household_id = ?1)
            AND (?2 IS NULL OR EXISTS (SELECT 1 FROM visit_officials vo WHERE vo.visit_id = v.id AND vo.official_id = ?2))
            AND (?3 IS NULL OR v.visit_date BETWEEN ?3 AND ?4)
            """, [filter.householdID, filter.officialID, filter.month?.firstDay.description,
                  filter.month?.lastDay.description],
            order: "v.visit_date DESC, v.id DESC", in: connection)
    }

    static func visits(where condition: String, _ values: [any SQLiteBindable], order: String,
                       in connection: Connection) throws -> [Visit] {
        var visits: [Visit] = []
        try connection.forEach(selectColumns + " WHERE \(condition) ORDER BY \(order)", values) { row in
            guard let date = CalendarDate.parse(row.text(2)) else { return }
            let place = PlacePath(town: row.text(12), village: row.text(11))
            visits.append(Visit(
                id: row.int64(0), householdID: row.int64(1), date: date,
                kind: VisitKind(rawValue: row.text(3)) ?? .homeVisit, campaign: row.optionalText(4),
                findings: row.optionalText(5), plans: row.optionalText(6), note: row.optionalText(7),
                source: row.optionalText(8),
                householdLabel: LocalizedText(
                    en: Household.label(headName: row.text(9), place: place, code: row.optionalText(10), in: .en),
                    zh: Household.label(headName: row.text(9), place: place, code: row.optionalText(10), in: .zh)),
                voidedOn: row.optionalText(13).flatMap(CalendarDate.parse), voidReason: row.optionalText(14)))
        }
        try fillDetails(of: &visits, in: connection)
        return visits
    }

    /// Officials, checks and requests of all `visits`, one query each
    /// (not three per visit): the ids go in as one JSON array, which
    /// `json_each` turns back into rows.
    static func fillDetails(of visits: inout [Visit], in connection: Connection) throws {
        guard !visits.isEmpty else { return }
        var index: [Int64: Int] = [:]
        for (position, visit) in visits.enumerated() { index[visit.id] = position }
        let ids = "[" + visits.map { String($0.id) }.joined(separator: ",") + "]"
        try connection.forEach("""
            SELECT vo.visit_id, o.id, o.name, o.unit, o.title, o.phone
            FROM visit_officials vo JOIN officials o ON o.id = vo.official_id
            WHERE vo.visit_id IN (SELECT value FROM json_each(?))
            ORDER BY vo.visit_id, vo.is_lead DESC, vo.id
            """, [ids]) { row in
            guard let position = index[row.int64(0)] else { return }
            visits[position].officials.append(Official(
                id: row.int64(1), name: row.text(2), unit: row.optionalText(3), title: row.optionalText(4),
                phone: row.optionalText(5)))
        }
        try connection.forEach("""
            SELECT visit_id, item, result, note FROM checklist_results
            WHERE visit_id IN (SELECT value FROM json_each(?))
            ORDER BY visit_id
            """, [ids]) { row in
            guard let position = index[row.int64(0)], let item = ChecklistItem(rawValue: row.text(1)),
                let result = CheckResult(rawValue: row.text(2))
            else { return }
            visits[position].checks.append(Visit.Check(item: item, result: result, note: row.optionalText(3)))
        }
        try connection.forEach("""
            SELECT visit_id, text FROM visit_requests
            WHERE visit_id IN (SELECT value FROM json_each(?)) ORDER BY visit_id, id
            """, [ids]) { row in
            guard let position = index[row.int64(0)] else { return }
            visits[position].requests.append(row.text(1))
        }
        let order = Dictionary(uniqueKeysWithValues: ChecklistItem.allCases.enumerated().map { ($1, $0) })
        for position in visits.indices {
            visits[position].checks.sort { order[$0.item]! < order[$1.item]! }
        }
    }
}
