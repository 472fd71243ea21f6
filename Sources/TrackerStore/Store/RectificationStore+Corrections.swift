internal import SQLiteKit
import TrackerDomain

/// Corrections of an open rectification item: a later deadline, another
/// owner. Each is one audited change with its reason.
extension RectificationStore {
    /// Moves an open item's deadline to a later `due`.
    ///
    /// Refused: a blank reason, an unknown, closed or voided item, a date
    /// not after the current deadline.
    public func extend(id: Int64, to due: CalendarDate, reason: String) throws(TrackerError) -> Rectification {
        let text = try VisitStore.reasonText(reason, what: "extending #\(id)", zh: "延期 #\(id) ")
        return try database.write(reason: text) { connection in
            let item = try Self.openItem(id: id, doing: "extended", zh: "延期", in: connection)
            guard item.dueDate < due else {
                throw TrackerError(.invalidInput,
                    en: "--due \(due) is not after #\(id)'s deadline (\(item.dueDate)); an extension gives a later date",
                    zh: "--due \(due) 不晚于 #\(id) 现有时限（\(item.dueDate)）；延期须给出更晚的日期")
            }
            try connection.run("UPDATE rectifications SET due_date = :due_date WHERE id = :id",
                               ["due_date": due.description, "id": id])
            return try RectificationQueries.item(id: id, in: connection)
        }
    }

    /// Gives an open item to another official.
    public func assign(id: Int64, to official: Official, reason: String?) throws(TrackerError) -> Rectification {
        let body = { (connection: Connection) throws -> Rectification in
            let item = try Self.openItem(id: id, doing: "reassigned", zh: "改派", in: connection)
            if let left = try connection.scalarText("SELECT left_on FROM officials WHERE id = :id", ["id": official.id]) {
                throw TrackerError(.refused, en: "\(official.name) left on \(left); give the item to a serving official",
                                   zh: "\(official.name) 已于 \(left) 离岗；请交给在岗干部")
            }
            if item.owner?.id == official.id {
                throw TrackerError(.refused, en: "#\(id) is already \(official.name)'s", zh: "#\(id) 的责任人已是 \(official.name)")
            }
            try connection.run("UPDATE rectifications SET owner_official_id = :owner_official_id WHERE id = :id",
                               ["owner_official_id": official.id, "id": id])
            return try RectificationQueries.item(id: id, in: connection)
        }
        if let reason {
            let text = try VisitStore.reasonText(reason, what: "reassigning #\(id)", zh: "改派 #\(id) ")
            return try database.write(reason: text, body)
        }
        return try database.write(body)
    }

    /// The item, refused unless it is open (and not voided).
    static func openItem(id: Int64, doing: String, zh: String, in connection: Connection) throws -> Rectification {
        let item = try RectificationQueries.item(id: id, in: connection)
        if item.voidedOn != nil {
            throw TrackerError(.refused, en: "#\(id) was voided with its visit and cannot be \(doing)",
                               zh: "#\(id) 已随走访作废，不能\(zh)")
        }
        guard item.status == .open else {
            throw TrackerError(.refused,
                en: "#\(id) is closed; only an open item can be \(doing) (reopen it with 'tracker followup reopen \(id)')",
                zh: "#\(id) 已销号；只有整改中的事项才能\(zh)（可用 tracker followup reopen \(id) 重新打开）")
        }
        return item
    }

    /// The date of the item's latest reopening, if any.
    static func lastReopened(_ id: Int64, in connection: Connection) throws -> CalendarDate? {
        try connection.scalarText(
            "SELECT max(event_date) FROM rectification_events WHERE rectification_id = :id AND event = 'reopened'",
            ["id": id]
        ).flatMap(CalendarDate.parse)

    }
}
