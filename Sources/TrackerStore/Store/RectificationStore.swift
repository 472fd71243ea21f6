internal import SQLCore
internal import SQLiteKit
import TrackerDomain

/// Rectification items (整改事项): list, close (销号), reopen. Items are
/// opened by `VisitStore.record`. Every change also adds a
/// `rectification_events` row, so the history survives a reopen, which
/// clears the closing date and resolution on the item itself.
public struct RectificationStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    // MARK: Reading

    public func item(id: Int64) throws(TrackerError) -> Rectification {
        try database.read { connection in try RectificationQueries.item(id: id, in: connection) }
    }

    /// Items matching `filter`; `today` decides what is overdue (open and
    /// due before today).
    public func list(filter: RectificationFilter = RectificationFilter(),
                     today: CalendarDate) throws(TrackerError) -> [Rectification] {
        try database.read { connection in
            try RectificationQueries.items(matching: filter, today: today, in: connection)
        }
    }

    /// What happened to an item, oldest first: opened, closed, reopened, ….
    public func history(of id: Int64) throws(TrackerError) -> [RectificationHistoryEntry] {
        try database.read { connection in
            _ = try RectificationQueries.item(id: id, in: connection)
            return try RectificationQueries.history(of: id, in: connection)
        }
    }

    // MARK: Writing

    /// Closes (销号) an open item on `date` with what was done about it.
    ///
    /// Refused: a blank resolution, a date after `today` or before the item
    /// was opened, an item already closed (reopen it first).
    public func close(id: Int64, resolution: String, on date: CalendarDate,
                      today: CalendarDate) throws(TrackerError) -> Rectification {
        guard !TextRules.canonical(resolution).isEmpty else {
            throw TrackerError(.invalidInput,
                en: "closing #\(id) needs a resolution; say what was done with --resolution TEXT",
                zh: "销号 #\(id) 须写明整改结果；请用 --resolution 说明做了什么")
        }
        let text = try TextRules.note(resolution, field: "--resolution")
        if today < date {
            throw TrackerError(.invalidInput,
                en: "--date \(date) is in the future (today is \(today)); close an item on or after the day it was fixed",
                zh: "--date \(date) 晚于今天（\(today)）；销号日期不能晚于今天")
        }
        return try database.write { connection in
            let item = try RectificationQueries.item(id: id, in: connection)
            if item.voidedOn != nil {
                throw TrackerError(.refused, en: "#\(id) was voided with its visit", zh: "#\(id) 已随走访作废")
            }
            if item.status == .closed {
                let closedOn = item.closedOn.map(\.description) ?? "?"
                throw TrackerError(.refused,
                    en: "#\(id) is already closed (on \(closedOn): \(item.resolution ?? "")); reopen it first with 'tracker followup reopen \(id) --reason TEXT'",
                    zh: "#\(id) 已于 \(closedOn) 销号（\(item.resolution ?? "")）；如需重新整改请先 tracker followup reopen \(id) --reason 原因")
            }
            if let reopened = try Self.lastReopened(id, in: connection), date < reopened {
                throw TrackerError(.invalidInput,
                    en: "--date \(date) is before #\(id) was last reopened (\(reopened)); give a date on or after it",
                    zh: "--date \(date) 早于 #\(id) 最近一次重新打开的日期（\(reopened)）；请给出不早于该日期的日期")
            }
            if date < item.openedOn {
                throw TrackerError(.invalidInput,
                    en: "--date \(date) is before #\(id) was opened (\(item.openedOn)); give a date on or after it",
                    zh: "--date \(date) 早于 #\(id) 的登记日期（\(item.openedOn)）；请给出不早于登记日期的日期")
            }
            try connection.run("""
                UPDATE rectifications SET status = 'closed', closed_on = :closed_on, resolution = :resolution WHERE id = :id
                """, ["closed_on": date.description, "resolution": text, "id": id])
            try Self.addEvent(.closed, to: id, on: date, note: text, in: connection)
            return try RectificationQueries.item(id: id, in: connection)
        }
    }

    /// Reopens a closed item on `today` because the problem is back or the
    /// fix did not hold; the reason goes into the history, and the item's
    /// closing date and resolution are cleared (the history keeps them).
    ///
    /// Refused: a blank reason, an item that is open, and a checklist item
    /// of a household that has another open item for the same checklist item.
    ///
    /// It gets a new deadline, `due` (default: 30 days from the reopening),
    /// instead of being overdue at once under its old one; `due` must not be
    /// before the reopening.
    public func reopen(id: Int64, reason: String, due: CalendarDate? = nil,
                       today: CalendarDate) throws(TrackerError) -> Rectification {
        guard !TextRules.canonical(reason).isEmpty else {
            throw TrackerError(.invalidInput,
                en: "reopening #\(id) needs a reason; say why with --reason TEXT",
                zh: "重新打开 #\(id) 须说明原因；请用 --reason 说明")
        }
        let text = try TextRules.note(reason, field: "--reason")
        return try database.write(reason: text) { connection in
            let item = try RectificationQueries.item(id: id, in: connection)
            if item.voidedOn != nil {
                throw TrackerError(.refused, en: "#\(id) was voided with its visit and cannot be reopened",
                                   zh: "#\(id) 已随走访作废，不能重新打开")
            }
            guard item.status == .closed else {
                throw TrackerError(.refused,
                    en: "#\(id) is still open; only a closed item can be reopened",
                    zh: "#\(id) 仍在整改中；只有已销号的事项才能重新打开")
            }
            if let checklistItem = item.topic.checklistItem,
                let other = try RectificationQueries.openChecklistItems(of: item.householdID, in: connection)[checklistItem] {
                throw TrackerError(.refused,
                    en: "\(item.householdLabel) already has #\(other.id) open for \(checklistItem.label(in: .en)); add to #\(other.id) instead of reopening #\(id)",
                    zh: "\(item.householdLabel) 的 \(checklistItem.label(in: .zh)) 已有整改中的 #\(other.id)；请在 #\(other.id) 中跟进，不必重新打开 #\(id)")
            }
            // History never runs backwards, even if the clock was wrong when it was closed.
            let date = item.closedOn.map { max($0, today) } ?? today
            let deadline = due ?? date.adding(days: VisitDraft.standardDays)
            if deadline < date {
                throw TrackerError(.invalidInput,
                    en: "--due \(deadline) is before the reopening (\(date)); give a deadline on or after it",
                    zh: "--due \(deadline) 早于重新打开的日期（\(date)）；请给出不早于该日期的时限")
            }
            try connection.run("""
                UPDATE rectifications SET status = 'open', closed_on = NULL, resolution = NULL, due_date = :due_date
                WHERE id = :id
                """, ["due_date": deadline.description, "id": id])
            try Self.addEvent(.reopened, to: id, on: date, note: text, in: connection)
            return try RectificationQueries.item(id: id, in: connection)
        }
    }

    // MARK: Shared with VisitStore

    /// Inserts an open item with its 'opened' event; the caller has checked
    /// the deadline and the one-open-per-item rule.
    static func open(household: Int64, visit: Int64?, topic: RectificationTopic, description: String,
                     owner: Official?, on date: CalendarDate, due: CalendarDate,
                     in connection: any SQLConnection) throws -> Int64 {
        let id = try connection.insert("""
            INSERT INTO rectifications (household_id, visit_id, item, description, owner_official_id, opened_on, due_date)
            VALUES (:household_id, :visit_id, :item, :description, :owner_official_id, :opened_on, :due_date)
            RETURNING id
            """, binding: ["household_id": household, "visit_id": visit, "item": topic.key, "description": description,
                           "owner_official_id": owner?.id, "opened_on": date.description, "due_date": due.description])
        try addEvent(.opened, to: id, on: date, note: nil, in: connection)
        return id
    }

    /// Marks the household's closed, not yet verified items for `item` as
    /// verified by a later visit that found the item met (整改销号后回访核实).
    /// Returns their ids.
    static func verify(household: Int64, item: ChecklistItem, visit: Int64, on date: CalendarDate,
                       in connection: any SQLConnection) throws -> [Int64] {
        var ids: [Int64] = []
        try connection.forEach("""
            SELECT id FROM rectifications
            WHERE household_id = :household_id AND item = :item AND status = 'closed' AND verified_on IS NULL
              AND closed_on <= :day AND voided_on IS NULL
            ORDER BY id
            """, binding: ["household_id": household, "item": item.key, "day": date.description]) { ids.append($0.int64("id")) }
        for id in ids {
            try connection.run("""
                UPDATE rectifications SET verified_on = :verified_on, verified_visit_id = :visit_id WHERE id = :id
                """, binding: ["verified_on": date.description, "visit_id": visit, "id": id])
            try addEvent(.verified, to: id, on: date, note: nil, in: connection)
        }
        return ids
    }

    static func addEvent(_ event: RectificationEvent, to id: Int64, on date: CalendarDate, note: String?,
                         in connection: any SQLConnection) throws {
        try connection.run("""
            INSERT INTO rectification_events (rectification_id, event, event_date, note)
            VALUES (:rectification_id, :event, :event_date, :note)
            """, binding: ["rectification_id": id, "event": event.key, "event_date": date.description, "note": note])

    }
}
