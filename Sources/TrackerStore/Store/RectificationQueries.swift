internal import SQLCore
internal import SQLiteKit
import TrackerDomain

/// Reading rectification items, shared by `household show` and `followup list`.
enum RectificationQueries {
    static let selectColumns = """
        SELECT r.id, r.household_id, h.head_name, v.name AS village, r.visit_id, r.item, r.description,
               o.id AS owner_id, o.name AS owner_name, o.unit AS owner_unit, o.title AS owner_title,
               o.phone AS owner_phone,
               r.opened_on, r.due_date, r.status, r.closed_on, r.resolution, r.verified_on, r.voided_on, r.void_reason
        FROM rectifications r
        JOIN households h ON h.id = r.household_id
        JOIN places v ON v.id = h.village_id
        JOIN places t ON t.id = v.parent_id
        LEFT JOIN officials o ON o.id = r.owner_official_id
        """

    static func read(_ row: some SQLColumnReading) -> Rectification {
        let owner = row.isNull("owner_id") ? nil : Official(
            id: row.int64("owner_id"), name: row.text("owner_name"), unit: row.optionalText("owner_unit"),
            title: row.optionalText("owner_title"), phone: row.optionalText("owner_phone"))
        func date(_ column: String) -> CalendarDate? { row.optionalText(column).flatMap(CalendarDate.parse) }
        return Rectification(
            id: row.int64("id"), householdID: row.int64("household_id"),
            householdLabel: Household.briefLabel(headName: row.text("head_name"), village: row.text("village")),
            visitID: row.optionalInt64("visit_id"), topic: RectificationTopic(rawValue: row.text("item")) ?? .other,
            description: row.text("description"), owner: owner,
            openedOn: date("opened_on")!, dueDate: date("due_date")!,
            status: RectificationStatus(rawValue: row.text("status")) ?? .open,
            closedOn: date("closed_on"), resolution: row.optionalText("resolution"), verifiedOn: date("verified_on"),
            voidedOn: date("voided_on"), voidReason: row.optionalText("void_reason"))
    }

    static func items(of household: Int64, in connection: Connection) throws -> [Rectification] {
        var items: [Rectification] = []
        try connection.forEach(selectColumns + """
             WHERE r.household_id = :household_id AND r.voided_on IS NULL ORDER BY r.status = 'closed', r.due_date, r.id
            """, ["household_id": household]) { items.append(read($0)) }
        return items
    }

    /// One item by id; `notFound` names the listing command.
    static func item(id: Int64, in connection: any SQLConnection) throws -> Rectification {
        var found: Rectification?
        try connection.forEach(selectColumns + " WHERE r.id = :id", binding: ["id": id]) { found = read($0) }
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
        // Only the filters given become conditions: "(:id IS NULL OR r.household_id = :id)"
        // cannot use an index, so it scanned every item of the county for
        // one household (`visit add` lists that household's open items).
        // A voided item (its visit was voided) is kept, but listed nowhere.
        var conditions: [String] = ["r.voided_on IS NULL"]
        var values: [String: any SQLiteBindable] = [:]
        switch filter.status {
        case .all: break
        case .closed: conditions.append("r.status = 'closed'")
        case .open: conditions.append("r.status = 'open'")
        case .overdue:
            conditions.append("r.status = 'open' AND r.due_date < :today")
            values["today"] = today.description
        }
        if let household = filter.householdID {
            conditions.append("r.household_id = :household_id")
            values["household_id"] = household
        }
        if let owner = filter.ownerID {
            conditions.append("r.owner_official_id = :owner_id")
            values["owner_id"] = owner
        }
        if let town = filter.town {
            conditions.append("t.name = :town")
            values["town"] = town
        }
        if let village = filter.village {
            conditions.append("v.name = :village")
            values["village"] = village
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
    static func openChecklistItems(of household: Int64, in connection: any SQLConnection) throws -> [ChecklistItem: Rectification] {
        var open: [ChecklistItem: Rectification] = [:]
        try connection.forEach(selectColumns + " WHERE r.household_id = :household_id AND r.status = 'open'",
                               binding: ["household_id": household]) { row in
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
            WHERE rectification_id = :id ORDER BY event_date, id
            """, ["id": id]) { row in
            guard let event = RectificationEvent(rawValue: row.text("event")),
                  let date = CalendarDate.parse(row.text("event_date")) else { return }
            entries.append(RectificationHistoryEntry(id: row.int64("id"), event: event, date: date,
                                                     note: row.optionalText("note")))

        }
        return entries
    }
}
