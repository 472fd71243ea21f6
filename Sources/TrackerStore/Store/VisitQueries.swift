internal import SQLiteKit
import Bilingual
import TrackerDomain

/// Reading visits with who went, what was checked and what was asked for.
enum VisitQueries {
    static let selectColumns = """
        SELECT v.id, v.household_id, v.visit_date, v.kind, v.campaign, v.findings, v.plans, v.note, s.title AS source,
               h.head_name, h.code, pv.name AS village, pt.name AS town, v.voided_on, v.void_reason
        FROM visits v LEFT JOIN sources s ON s.id = v.source_id
        JOIN households h ON h.id = v.household_id
        JOIN places pv ON pv.id = h.village_id
        JOIN places pt ON pt.id = pv.parent_id
        """

    /// Visits of one household, newest first, with their details filled in.
    static func visits(of household: Int64, in connection: Connection) throws -> [Visit] {
        try visits(where: "v.household_id = :household_id AND v.voided_on IS NULL", ["household_id": household],
                   order: "v.visit_date DESC, v.id DESC", in: connection)
    }

    /// Visits matching `filter`, newest first. The month is a date range, so
    /// `visits_by_date` serves it.
    static func visits(matching filter: VisitFilter, in connection: Connection) throws -> [Visit] {
        try visits(where: """
            v.voided_on IS NULL AND (:household_id IS NULL OR v.household_id = :household_id)
            AND (:official_id IS NULL
                 OR EXISTS (SELECT 1 FROM visit_officials vo WHERE vo.visit_id = v.id AND vo.official_id = :official_id))
            AND (:first_day IS NULL OR v.visit_date BETWEEN :first_day AND :last_day)
            """, ["household_id": filter.householdID, "official_id": filter.officialID,
                  "first_day": filter.month?.firstDay.description, "last_day": filter.month?.lastDay.description],
            order: "v.visit_date DESC, v.id DESC", in: connection)
    }

    static func visits(where condition: String, _ values: [String: any SQLiteBindable], order: String,
                       in connection: Connection) throws -> [Visit] {
        var visits: [Visit] = []
        try connection.forEach(selectColumns + " WHERE \(condition) ORDER BY \(order)", values) { row in
            guard let date = CalendarDate.parse(row.text("visit_date")) else { return }
            let place = PlacePath(town: row.text("town"), village: row.text("village"))
            let head = row.text("head_name"), code = row.optionalText("code")
            visits.append(Visit(
                id: row.int64("id"), householdID: row.int64("household_id"), date: date,
                kind: VisitKind(rawValue: row.text("kind")) ?? .homeVisit, campaign: row.optionalText("campaign"),
                findings: row.optionalText("findings"), plans: row.optionalText("plans"), note: row.optionalText("note"),
                source: row.optionalText("source"),
                householdLabel: LocalizedText(
                    en: Household.label(headName: head, place: place, code: code, in: .en),
                    zh: Household.label(headName: head, place: place, code: code, in: .zh)),
                voidedOn: row.optionalText("voided_on").flatMap(CalendarDate.parse),
                voidReason: row.optionalText("void_reason")))
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
            WHERE vo.visit_id IN (SELECT value FROM json_each(:visit_ids))
            ORDER BY vo.visit_id, vo.is_lead DESC, vo.id
            """, ["visit_ids": ids]) { row in
            guard let position = index[row.int64("visit_id")] else { return }
            visits[position].officials.append(Official(
                id: row.int64("id"), name: row.text("name"), unit: row.optionalText("unit"),
                title: row.optionalText("title"), phone: row.optionalText("phone")))
        }
        try connection.forEach("""
            SELECT visit_id, item, result, note FROM checklist_results
            WHERE visit_id IN (SELECT value FROM json_each(:visit_ids))
            ORDER BY visit_id
            """, ["visit_ids": ids]) { row in
            guard let position = index[row.int64("visit_id")], let item = ChecklistItem(rawValue: row.text("item")),
                let result = CheckResult(rawValue: row.text("result"))
            else { return }
            visits[position].checks.append(Visit.Check(item: item, result: result, note: row.optionalText("note")))
        }
        try connection.forEach("""
            SELECT visit_id, text FROM visit_requests
            WHERE visit_id IN (SELECT value FROM json_each(:visit_ids)) ORDER BY visit_id, id
            """, ["visit_ids": ids]) { row in
            guard let position = index[row.int64("visit_id")] else { return }
            visits[position].requests.append(row.text("text"))

        }
        let order = Dictionary(uniqueKeysWithValues: ChecklistItem.allCases.enumerated().map { ($1, $0) })
        for position in visits.indices {
            visits[position].checks.sort { order[$0.item]! < order[$1.item]! }
        }
    }
}
