/// What a visitor reports about one visit, before it is recorded
/// (`tracker visit add`). `VisitStore.record` checks all of it, then writes
/// the visit, its checks and the rectification items it opens in one
/// transaction.
///
/// Deadlines and owners of the items a visit opens: a follow-up's own
/// `due`/`owner` win; otherwise `defaultDue`/`defaultOwner` apply, to the
/// items opened by `notMet` checks and to follow-ups alike; otherwise the
/// deadline is the visit date + 30 days (`VisitDraft.standardDays`) and the
/// owner is the lead official. The CLI maps a `--due`/`--owner` that follows
/// a `--followup` to that follow-up, and one given without a `--followup`
/// before it to the defaults.
public struct VisitDraft: Sendable, Hashable {
    /// Days from the visit to the deadline of an item opened without one.
    public static let standardDays = 30

    public var household: Household
    /// Officials present, the lead first; at least one, each once.
    public var officials: [Official]
    public var date: CalendarDate
    public var kind: VisitKind
    public var campaign: String?
    /// At most one per item; `unrecorded` is accepted (looked at, no outcome written).
    public var checks: [Visit.Check]
    /// Requests (诉求) the family raised (`--need`); recorded with the visit,
    /// they open no item by themselves: a request to follow up is a `--followup`.
    public var requests: [String]
    public var note: String?
    public var findings: String?
    public var plans: String?
    public var followUps: [FollowUpDraft]
    /// Deadline for opened items that do not carry their own.
    public var defaultDue: CalendarDate?
    /// Owner for opened items that do not name their own.
    public var defaultOwner: Official?

    public init(household: Household, officials: [Official], date: CalendarDate, kind: VisitKind = .homeVisit,
                campaign: String? = nil, checks: [Visit.Check] = [], requests: [String] = [], note: String? = nil,
                findings: String? = nil, plans: String? = nil, followUps: [FollowUpDraft] = [],
                defaultDue: CalendarDate? = nil, defaultOwner: Official? = nil) {
        self.household = household
        self.officials = officials
        self.date = date
        self.kind = kind
        self.campaign = campaign
        self.checks = checks
        self.requests = requests
        self.note = note
        self.findings = findings
        self.plans = plans
        self.followUps = followUps
        self.defaultDue = defaultDue
        self.defaultOwner = defaultOwner
    }

    /// The official who leads the visit: the first one named.
    public var lead: Official? { officials.first }

    /// The deadline of an item this visit opens, given the item's own.
    public func dueDate(own: CalendarDate?) -> CalendarDate {
        own ?? defaultDue ?? date.adding(days: Self.standardDays)
    }
}
