import Bilingual

/// A visit to a household, with who went and what was checked.
public struct Visit: Sendable, Hashable, Identifiable {
    /// One checklist item's result at this visit.
    public struct Check: Sendable, Hashable {
        public var item: ChecklistItem
        public var result: CheckResult
        public var note: String?

        public init(item: ChecklistItem, result: CheckResult, note: String? = nil) {
            self.item = item
            self.result = result
            self.note = note
        }
    }

    public let id: Int64
    public var householdID: Int64
    public var date: CalendarDate
    public var kind: VisitKind
    public var campaign: String?
    /// Officials present, the lead first.
    public var officials: [Official]
    public var checks: [Check]
    public var requests: [String]
    public var findings: String?
    public var plans: String?
    public var note: String?
    public var source: String?
    /// The household as `Household.label` names it, for lists that span households.
    public var householdLabel: LocalizedText?
    /// Set when the visit was voided (`visit void`): kept, but counted nowhere.
    public var voidedOn: CalendarDate?
    public var voidReason: String?

    public init(id: Int64, householdID: Int64, date: CalendarDate, kind: VisitKind, campaign: String? = nil,
                officials: [Official] = [], checks: [Check] = [], requests: [String] = [],
                findings: String? = nil, plans: String? = nil, note: String? = nil, source: String? = nil,
                householdLabel: LocalizedText? = nil, voidedOn: CalendarDate? = nil, voidReason: String? = nil) {
        self.voidedOn = voidedOn
        self.voidReason = voidReason
        self.id = id
        self.householdID = householdID
        self.date = date
        self.kind = kind
        self.campaign = campaign
        self.officials = officials
        self.checks = checks
        self.requests = requests
        self.findings = findings
        self.plans = plans
        self.note = note
        self.source = source
        self.householdLabel = householdLabel
    }
}
