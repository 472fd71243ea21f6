import SQLiteKit

/// Reading visits with who went, what was checked and what was asked for.
enum VisitQueries {
    static let selectColumns = """
        SELECT v.id, v.household_id, v.visit_date, v.kind, v.campaign, v.findings, v.plans, v.note, s.title
        FROM visits v LEFT JOIN sources s ON s.id = v.source_id
        """

    /// Visits of one household, newest first, with their details filled in.
    static func visits(of household: Int64, in connection: Connection) throws -> [Visit] {
        try visits(where: "v.household_id = ?", [household], order: "v.visit_date DESC, v.id DESC", in: connection)
    }

    static func visits(where condition: String, _ values: [any SQLiteBindable], order: String,
                       in connection: Connection) throws -> [Visit] {
        var visits: [Visit] = []
        try connection.forEach(selectColumns + " WHERE \(condition) ORDER BY \(order)", values) { row in
            guard let date = CalendarDate.parse(row.text(2)) else { return }
            visits.append(Visit(
                id: row.int64(0), householdID: row.int64(1), date: date,
                kind: VisitKind(rawValue: row.text(3)) ?? .homeVisit, campaign: row.optionalText(4),
                findings: row.optionalText(5), plans: row.optionalText(6), note: row.optionalText(7),
                source: row.optionalText(8)))
        }
        for index in visits.indices {
            let id = visits[index].id
            try connection.forEach("""
                SELECT o.id, o.name, o.unit, o.title, o.phone FROM visit_officials vo JOIN officials o ON o.id = vo.official_id
                WHERE vo.visit_id = ? ORDER BY vo.is_lead DESC, vo.id
                """, [id]) { visits[index].officials.append(OfficialStore.read($0)) }
            try connection.forEach("SELECT item, result, note FROM checklist_results WHERE visit_id = ?", [id]) { row in
                guard let item = ChecklistItem(rawValue: row.text(0)), let result = CheckResult(rawValue: row.text(1)) else { return }
                visits[index].checks.append(Visit.Check(item: item, result: result, note: row.optionalText(2)))
            }
            visits[index].checks.sort { ChecklistItem.allCases.firstIndex(of: $0.item)! < ChecklistItem.allCases.firstIndex(of: $1.item)! }
            try connection.forEach("SELECT text FROM visit_requests WHERE visit_id = ? ORDER BY id", [id]) {
                visits[index].requests.append($0.text(0))
            }
        }
        return visits
    }
}
