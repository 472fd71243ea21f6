/// What `visit edit` changes; nil (or empty) leaves that part as it was.
public struct VisitCorrection: Sendable {
    public var date: CalendarDate?
    /// Replaces who went, the lead first.
    public var officials: [Official]?
    public var note: String?
    /// Each replaces the visit's result for its checklist item.
    public var checks: [Visit.Check] = []
    /// Why the visit is corrected, for the audit trail.
    public var reason: String?

    public init() {}

    public var isEmpty: Bool { date == nil && officials == nil && note == nil && checks.isEmpty }
}

/// What voiding or correcting a visit did to its rectification items.
public struct VisitCorrectionOutcome: Sendable {
    public var visit: Visit
    /// Items voided because the result that opened them no longer stands.
    public var voidedItems: [Int64] = []
    /// Items opened because a result now fails.
    public var openedItems: [Int64] = []
    /// Items the visit opened that were closed since, and so were kept.
    public var keptItems: [Int64] = []

    public init(visit: Visit) { self.visit = visit }
}
