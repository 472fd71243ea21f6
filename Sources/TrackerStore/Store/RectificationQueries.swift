internal import SQLiteKit
import TrackerDomain

/// Reading rectification items, shared by `household show` and `followup list`.
enum RectificationQueries {
    static let selectColumns = """
        SELECT r.id, r.household_id, h.head_name, v.name, r.visit_id, r.item, r.description,
               o.id, o.name, o.unit, o.title, o.phone,
               r.opened_on, r.due_date, r.status, r.closed_on, r.resolution, r.verified_on, r.voided_on, r.void_reason
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
            id: row.int64(0), householdID: row.int64(1), householdLabel: Household.briefLabel(headName: row.text(2), village: row.text(3)),
            visitID: row.optionalInt64(4), topic: RectificationTopic(rawValue: row.text(5)) ?? .other,
            description: row.text(6), owner: owner,
            openedOn: date(12)!, dueDate: date(13)!,
            status: RectificationStatus(rawValue: row.text(14)) ?? .open,
            closedOn: date(15), resolution: row.optionalText(16), verifiedOn: date(17),
            voidedOn: date(18), voidReason: row.optionalText(19))
    }

    static func items(of household: Int64, in connection: Connection) throws -> [Rectification] {
        var items: [Rectification] = []
        try connection.forEach(selectColumns + """
             WHERE r.household_id = ? AND r.voided_on IS NULL ORDER BY r.status = 'closed', r.due_date, r.id
            """, [household]) { items.append(read($0)) }
        return items
    }

    /// One item by id; `notFound` names the listing command.
    static func item(id: Int64, in connection: Connection) throws -> Rectification {
        var found: Rectification?
        try connection.forEach(selectColumns + " WHERE r.id = ?", [id]) { found = read($0) }
        guard let found else {
            throw TrackerError(.notFound,
                en: "no rectification item #\(id); see 'tracker followup list --status all'",
                zh: "没有编号为 #\(id) 的整改事项；可用 tracker followup list --status all 查看")
        }
        return found
    }

    /// Items matching `filter`: open ones by deadline, then closed ones,
    /// most recently closed first. "Overdue" is open with `due_date < today`
    /// (an item due today is not yet overdue).
    static func items(matching filter: RectificationFilter, today: CalendarDate,
                      in connection: Connection) throws -> [Rectification] {
        // Only the filters given become conditions: "(? IS NULL OR r.household_id = ?)"
        // cannot use an index, so it scanned every item of the county for
        // one household (`visit add` lists that household's open items).
        // A voided item (its visit was voided) is kept, but listed nowhere.
        var conditions: [String] = ["r.voided_on IS NULL"]
        var values: [any SQLiteBindable] = []
        switch filter.status {
        case .all: break
        case .closed: conditions.append("r.status = 'closed'")
        case .open: conditions.append("r.status = 'open'")
        case .overdue:
            conditions.append("r.status = 'open' AND r.due_date < ?")
            values.append(today.description)
        }
        if let household = filter.householdID {
            conditions.append("r.household_id = ?")
            values.append(household)
        }
        if let owner = filter.ownerID {
            conditions.append("r.owner_official_id = ?")
            values.append(owner)
        }
        if let town = filter.town {
            conditions.append("t.name = ?")
            values.append(town)
        }
        if let village = filter.village {
            conditions.append("v.name = ?")
            values.append(village)
        }
        let whereClause = " WHERE " + conditions.joined(separator: " AND ")
        var items: [Rectification] = []
        try connection.forEach(selectColumns + whereClause + """
             ORDER BY r.status = 'closed', CASE WHEN r.status = 'open' THEN r.due_date END, r.closed_on DESC, r.id
            """, values) {
            items.append(read($0))
        }
        return items
    }

    /// The open item of each checklist item of one household; the partial
    /// unique index `rectifications_one_open_per_item` allows at most one.
    static func openChecklistItems(of household: Int64, in connection: Connection) throws -> [ChecklistItem: Rectification] {
        var open: [ChecklistItem: Rectification] = [:]
        try connection.forEach(selectColumns + " WHERE r.household_id = ? AND r.status = 'open'", [household]) { row in
            let item = read(row)
            if let checklistItem = item.topic.checklistItem { open[checklistItem] = item }
        }
        return open
    }

    /// An item's history, oldest first.
    static func history(of id: Int64, in connection: Connection) throws -> [RectificationHistoryEntry] {
        var entries: [RectificationHistoryEntry] = []
        try connection.forEach("""
            SELECT id, event, event_date, note FROM rectification_events
            WHERE rectification_id = ? ORDER BY event_date, id
            """, [id]) { row in
            guard let event = RectificationEvent(rawValue: row.text(1)), let date = CalendarDate.parse(row.text(2)) else { return }
            entries.append(RectificationHistoryEntry(id: row.int64(0), event: event, date: date, note: row.optionalText(3)))
        }
        return entries
    }
}
