internal import SQLCore
internal import SQLiteKit
import TrackerDomain

/// Visits (走访): record one with its checks, requests and the
/// rectification items it opens; list them.
public struct VisitStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// Records a visit and opens its rectification items, all in one
    /// transaction: a refused visit leaves the database as it was.
    ///
    /// Every rule is checked before the first write (`VisitRules`): at
    /// least one official and none twice, a date not after `today`, each
    /// checklist item at most once, deadlines not before the visit, text
    /// limits. Then each `notMet` check opens an item for that household and
    /// checklist item (description: the check's note, else "<item> 不达标")
    /// unless one is already open, which is reported in `alreadyOpen`
    /// instead; each follow-up opens an item of its own. A `met` check does
    /// not close an open item (closing needs a resolution): the item is
    /// reported in `mayBeReadyToClose`. See `VisitDraft` for deadlines and owners.
    public func record(_ draft: VisitDraft, today: CalendarDate) throws(TrackerError) -> VisitOutcome {
        let draft = try VisitRules.validated(draft, today: today)
        return try database.write { connection in try Self.record(draft, source: nil, in: connection) }
    }

    /// The one writer of visits with their officials, checks and requests,
    /// and of the items they open or verify: `record` and the seed (whose
    /// visits carry the source they come from) go through it. The draft has
    /// passed `VisitRules.validated`; the caller holds the write transaction.
    /// Runs on both engines (`SQLConnection`, issue 16).
    static func record(_ draft: VisitDraft, source: Int64?, in connection: any SQLConnection) throws -> VisitOutcome {
        let lead = draft.officials[0]
        // Read before writing: which of this household's checklist items are open now.
        let open = try RectificationQueries.openChecklistItems(of: draft.household.id, in: connection)

        let visitID = try connection.insert("""
            INSERT INTO visits (household_id, visit_date, kind, campaign, findings, plans, note, source_id)
            VALUES (:household_id, :visit_date, :kind, :campaign, :findings, :plans, :note, :source_id)
            RETURNING id
            """, binding: ["household_id": draft.household.id, "visit_date": draft.date.description, "kind": draft.kind.key,
                           "campaign": draft.campaign, "findings": draft.findings, "plans": draft.plans, "note": draft.note,
                           "source_id": source])
        for (position, official) in draft.officials.enumerated() {
            try addOfficial(official, lead: position == 0, to: visitID, in: connection)
        }
        for check in draft.checks {
            try connection.run("""
                INSERT INTO checklist_results (visit_id, item, result, note) VALUES (:visit_id, :item, :result, :note)
                """, binding: ["visit_id": visitID, "item": check.item.key, "result": check.result.key, "note": check.note])
        }
        for request in draft.requests {
            try connection.run("INSERT INTO visit_requests (visit_id, text) VALUES (:visit_id, :text)",
                               binding: ["visit_id": visitID, "text": request])
        }

        var outcome = VisitOutcome(visitID: visitID)

        var openedIDs: [Int64] = []
        var verifiedIDs: [Int64] = []
        let owner = draft.defaultOwner ?? lead
        for check in Self.inChecklistOrder(draft.checks) {
            switch check.result {
            case .notMet:
                if let existing = open[check.item] {
                    outcome.alreadyOpen.append(existing)
                    continue
                }
                openedIDs.append(try RectificationStore.open(
                    household: draft.household.id, visit: visitID, topic: RectificationTopic(check.item),
                    description: check.note ?? "\(check.item.label(in: .zh)) 不达标", owner: owner,
                    on: draft.date, due: draft.dueDate(own: nil), in: connection))
            case .met:
                if let existing = open[check.item] {
                    outcome.mayBeReadyToClose.append(existing)
                } else {
                    verifiedIDs += try RectificationStore.verify(
                        household: draft.household.id, item: check.item, visit: visitID, on: draft.date, in: connection)
                }
            case .notApplicable, .unrecorded:
                break
            }
        }
        for followUp in draft.followUps {
            openedIDs.append(try RectificationStore.open(
                household: draft.household.id, visit: visitID, topic: followUp.topic,
                description: followUp.description, owner: followUp.owner ?? owner,
                on: draft.date, due: draft.dueDate(own: followUp.due), in: connection))
        }
        outcome.opened = try openedIDs.map { id in try RectificationQueries.item(id: id, in: connection) }
        outcome.verified = try verifiedIDs.map { id in try RectificationQueries.item(id: id, in: connection) }
        return outcome
    }

    /// Adds an official to a visit's party (the lead is the first).
    static func addOfficial(_ official: Official, lead: Bool, to visit: Int64, in connection: any SQLConnection) throws {
        try connection.run("""
            INSERT INTO visit_officials (visit_id, official_id, is_lead) VALUES (:visit_id, :official_id, :is_lead)
            """, binding: ["visit_id": visit, "official_id": official.id, "is_lead": lead])
    }

    /// Records many visits in ONE write transaction: every draft goes through
    /// `record` (same rules, same rectification items, same audit rows), so
    /// the only difference is one commit instead of one per visit.
    ///
    /// All or nothing: the first refused draft is thrown (as `record` would
    /// throw it) and nothing of the batch is written. Drafts are recorded in
    /// order, so a later draft sees the items an earlier one opened.
    public func recordBatch(_ drafts: [VisitDraft], today: CalendarDate) throws(TrackerError) -> [VisitOutcome] {
        // Refuse a bad draft before the transaction starts, as `record` does.
        for draft in drafts { _ = try VisitRules.validated(draft, today: today) }
        return try database.batch {
            var outcomes: [VisitOutcome] = []
            outcomes.reserveCapacity(drafts.count)
            for draft in drafts { outcomes.append(try record(draft, today: today)) }
            return outcomes
        }
    }

    /// Visits matching `filter`, newest first, with officials, checks and requests.
    public func list(filter: VisitFilter = VisitFilter()) throws(TrackerError) -> [Visit] {
        try database.read { connection in try VisitQueries.visits(matching: filter, in: connection) }
    }

    private static func inChecklistOrder(_ checks: [Visit.Check]) -> [Visit.Check] {
        let order = Dictionary(uniqueKeysWithValues: ChecklistItem.allCases.enumerated().map { ($1, $0) })
        return checks.sorted { order[$0.item]! < order[$1.item]! }
    }
}
