import SQLiteKit

/// Reading rectification items, shared by `household show` and `followup list`.
enum RectificationQueries {
    static let selectColumns = """
        SELECT r.id, r.household_id, h.head_name, v.name, r.visit_id, r.item, r.description,
               o.id, o.name, o.unit, o.title, o.phone,
               r.opened_on, r.due_date, r.status, r.closed_on, r.resolution, r.verified_on
        FROM rectifications r
        JOIN households h ON h.id = r.household_id
        JOIN places v ON v.id = h.village_id
        JOIN places t ON t.id = v.parent_id
        LEFT JOIN officials o ON o.id = r.owner_official_id
        """

    static func read(_ row: Statement) -> Rectification {
        let owner = row.isNull(7) ? nil : Official(
            id: row.int64(7), name: row.text(8), unit: row.optionalText(9), title: row.optionalText(10),
            phone: row.optionalText(11))
        func date(_ column: Int) -> CalendarDate? { row.optionalText(column).flatMap(CalendarDate.parse) }
        return Rectification(
            id: row.int64(0), householdID: row.int64(1), householdLabel: "\(row.text(2)) (\(row.text(3)))",
            visitID: row.optionalInt64(4), topic: RectificationTopic(rawValue: row.text(5)) ?? .other,
            description: row.text(6), owner: owner,
            openedOn: date(12)!, dueDate: date(13)!,
            status: RectificationStatus(rawValue: row.text(14)) ?? .open,
            closedOn: date(15), resolution: row.optionalText(16), verifiedOn: date(17))
    }

    static func items(of household: Int64, in connection: Connection) throws -> [Rectification] {
        var items: [Rectification] = []
        try connection.forEach(selectColumns + """
             WHERE r.household_id = ? ORDER BY r.status = 'closed', r.due_date, r.id
            """, [household]) { items.append(read($0)) }
        return items
    }
}
