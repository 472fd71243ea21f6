internal import SQLiteKit
import TrackerDomain

/// Corrections of a recorded visit: void it (it stays, with who voided it and
/// why, but counts nowhere) or correct its date, officials, note and results,
/// with the rectification items that follow from them put right.
extension VisitStore {
    /// One visit by id, voided or not.
    public func visit(id: Int64) throws(TrackerError) -> Visit {
        try database.read { connection in try Self.visit(id: id, in: connection) }
    }

    static func visit(id: Int64, in connection: Connection) throws -> Visit {
        guard let visit = try VisitQueries.visits(where: "v.id = :id", ["id": id], order: "v.id", in: connection).first else {

            throw TrackerError(.notFound, en: "no visit #\(id); see 'tracker visit list'",
                               zh: "没有编号为 #\(id) 的走访；可用 tracker visit list 查看")
        }
        return visit
    }

    /// The rectification items a visit opened, voided ones included.
    public func itemsOpened(by visit: Int64) throws(TrackerError) -> [Rectification] {
        try database.read { connection in
            var items: [Rectification] = []
            try connection.forEach(RectificationQueries.selectColumns + " WHERE r.visit_id = :visit_id ORDER BY r.id",
                                   ["visit_id": visit]) {
                items.append(RectificationQueries.read($0))
            }
            return items
        }
    }

    /// Voids a visit recorded in error: it and its results no longer count
    /// in reports, the checklist standing or the visit schedule. Items it
    /// opened are voided too, unless they were closed since (the closing is
    /// a fact of its own); items it verified are no longer verified.
    ///
    /// Refused: a blank reason, an unknown visit, one already voided.
    public func void(id: Int64, reason: String, today: CalendarDate) throws(TrackerError) -> VisitCorrectionOutcome {
        let text = try Self.reasonText(reason, what: "voiding visit #\(id)", zh: "作废走访 #\(id)")
        return try database.write(reason: text) { connection in
            let visit = try Self.visit(id: id, in: connection)
            if let voided = visit.voidedOn {
                throw TrackerError(.refused,
                    en: "visit #\(id) was already voided on \(voided) (\(visit.voidReason ?? ""))",
                    zh: "走访 #\(id) 已于 \(voided) 作废（\(visit.voidReason ?? "")）")
            }
            try connection.run("UPDATE visits SET voided_on = :voided_on, void_reason = :void_reason WHERE id = :id",
                               ["voided_on": today.description, "void_reason": text, "id": id])
            var outcome = VisitCorrectionOutcome(visit: visit)
            for item in try Self.items(openedBy: id, in: connection) {
                if item.status == .open {
                    try Self.voidItem(item, reason: text, today: today, in: connection)
                    outcome.voidedItems.append(item.id)
                } else {
                    outcome.keptItems.append(item.id)
                }
            }
            try connection.run("""
                UPDATE rectifications SET verified_on = NULL, verified_visit_id = NULL WHERE verified_visit_id = :visit_id
                """, ["visit_id": id])
            outcome.visit = try Self.visit(id: id, in: connection)
            return outcome
        }
    }

    /// Corrects a visit's date, officials, note or check results; the items
    /// that follow from them are put right: a result that no longer fails
    /// voids the still-open item it opened, a result that now fails opens
    /// one (unless one is open), and the items' opening dates follow the date.
    ///
    /// Refused: nothing to change, an unknown or voided visit, a date after
    /// `today`, before 1978 or before the household's registration, after
    /// an item the visit opened was closed, an official named twice.
    public func correct(id: Int64, _ correction: VisitCorrection, today: CalendarDate) throws(TrackerError)
        -> VisitCorrectionOutcome
    {
        guard !correction.isEmpty else {
            throw TrackerError(.invalidInput, en: "nothing to change; give --date, --by, --note or --check",
                               zh: "没有要修改的内容；请给出 --date、--by、--note 或 --check")
        }
        if let date = correction.date { try VisitRules.checkDate(date, today: today) }
        if let officials = correction.officials {
            var seen: Set<Int64> = []
            for official in officials where !seen.insert(official.id).inserted {
                throw TrackerError(.invalidInput,
                    en: "official \(official.label) is named twice in --by; name each official once",
                    zh: "干部 \(official.label(in: .zh)) 在 --by 中重复出现；每位干部只写一次")
            }
        }
        var seenItems: Set<ChecklistItem> = []
        for check in correction.checks where !seenItems.insert(check.item).inserted {
            throw TrackerError(.invalidInput,
                en: "\(check.item.label(in: .en)) is given twice; give one --check per item",
                zh: "\(check.item.label(in: .zh)) 重复给出；每个项目只写一个 --check")
        }
        // A blank --note clears the note; any other is stored in the form every note takes.
        let note = try correction.note.map { text throws(TrackerError) in
            try TextRules.optionalNote(text, field: "--note") ?? ""
        }
        let reason = try correction.reason.map { text throws(TrackerError) in
            try Self.reasonText(text, what: "correcting visit #\(id)", zh: "修改走访 #\(id)")
        }
        let body = { (connection: Connection) throws -> VisitCorrectionOutcome in
            let visit = try Self.visit(id: id, in: connection)
            if visit.voidedOn != nil {
                throw TrackerError(.refused, en: "visit #\(id) is voided; record a new visit instead",
                                   zh: "走访 #\(id) 已作废；请另行登记走访")
            }
            var outcome = VisitCorrectionOutcome(visit: visit)
            let opened = try Self.items(openedBy: id, in: connection)
            if let date = correction.date, date != visit.date {
                let household = try HouseholdStore.household(id: visit.householdID, in: connection)
                try VisitRules.checkRegistered(household, on: date)
                for item in opened where item.voidedOn == nil {
                    if let closed = item.closedOn, closed < date {
                        throw TrackerError(.refused,
                            en: "#\(item.id), opened at this visit, was closed on \(closed), before \(date); a visit cannot come after its item was closed",
                            zh: "本次走访发现的 #\(item.id) 已于 \(closed) 销号，早于 \(date)；走访日期不能晚于其事项的销号日期")
                    }
                    let due = max(item.dueDate, date)
                    try connection.run("UPDATE rectifications SET opened_on = :opened_on, due_date = :due_date WHERE id = :id",
                                       ["opened_on": date.description, "due_date": due.description, "id": item.id])
                    try connection.run("""
                        UPDATE rectification_events SET event_date = :event_date
                        WHERE rectification_id = :rectification_id AND event = 'opened'
                        """, ["event_date": date.description, "rectification_id": item.id])
                }
                try connection.run("UPDATE visits SET visit_date = :visit_date WHERE id = :id",
                                   ["visit_date": date.description, "id": id])
            }
            if let note {
                try connection.run("UPDATE visits SET note = :note WHERE id = :id", ["note": note, "id": id])
            }
            if let officials = correction.officials, !officials.isEmpty {
                try connection.run("DELETE FROM visit_officials WHERE visit_id = :visit_id", ["visit_id": id])
                for (position, official) in officials.enumerated() {
                    try VisitStore.addOfficial(official, lead: position == 0, to: id, in: connection)
                }
            }
            let date = correction.date ?? visit.date
            for check in correction.checks {
                let before = visit.checks.first { $0.item == check.item }?.result
                try connection.run("""
                    INSERT INTO checklist_results (visit_id, item, result, note) VALUES (:visit_id, :item, :result, :note)
                    ON CONFLICT (visit_id, item) DO UPDATE SET result = :result, note = :note
                    """, ["visit_id": id, "item": check.item.key, "result": check.result.key, "note": check.note])
                if before == .notMet, check.result != .notMet,
                    let item = opened.first(where: { $0.topic.checklistItem == check.item && $0.status == .open && $0.voidedOn == nil })
                {
                    try Self.voidItem(item, reason: reason ?? "visit #\(id) corrected", today: today, in: connection)
                    outcome.voidedItems.append(item.id)
                }
                if check.result == .notMet, before != .notMet,
                    try RectificationQueries.openChecklistItems(of: visit.householdID, in: connection)[check.item] == nil
                {
                    let lead = try Self.visit(id: id, in: connection).officials.first
                    outcome.openedItems.append(try RectificationStore.open(
                        household: visit.householdID, visit: id, topic: RectificationTopic(check.item),
                        description: check.note ?? "\(check.item.label(in: .zh)) 不达标", owner: lead,
                        on: date, due: date.adding(days: VisitDraft.standardDays), in: connection))
                }
            }
            outcome.visit = try Self.visit(id: id, in: connection)
            return outcome
        }
        if let reason { return try database.write(reason: reason, body) }
        return try database.write(body)
    }

    // MARK: Shared

    static func items(openedBy visit: Int64, in connection: Connection) throws -> [Rectification] {
        var items: [Rectification] = []
        try connection.forEach(
            RectificationQueries.selectColumns + " WHERE r.visit_id = :visit_id AND r.voided_on IS NULL ORDER BY r.id",
            ["visit_id": visit]) { items.append(RectificationQueries.read($0)) }
        return items
    }

    /// Voids an open item: it leaves the one-open-item-per-checklist-item
    /// rule (stored as closed, which the schema requires of a non-open item)
    /// and every list and report, and keeps its history.
    static func voidItem(_ item: Rectification, reason: String, today: CalendarDate, in connection: Connection) throws {
        try connection.run("""
            UPDATE rectifications SET status = 'closed', closed_on = max(opened_on, :today), resolution = :reason,
                voided_on = :today, void_reason = :reason
            WHERE id = :id
            """, ["id": item.id, "today": today.description, "reason": reason])

    }

    /// A reason trimmed and checked: required, and not longer than a note.
    static func reasonText(_ reason: String, what: String, zh: String) throws(TrackerError) -> String {
        guard !TextRules.canonical(reason).isEmpty else {
            throw TrackerError(.invalidInput, en: "\(what) needs a reason; say why with --reason TEXT",
                               zh: "\(zh)须说明原因；请用 --reason 说明")
        }
        return try TextRules.note(reason, field: "--reason")
    }
}
