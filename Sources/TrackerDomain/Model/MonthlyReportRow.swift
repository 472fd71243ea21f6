/// One household's line in the monthly report: who it is, who answers for
/// it, how it was visited in the month and where it stood at month end.
///
/// Everything is as of the last day of the month, so a report for a past
/// month comes out the same however much happened afterwards, including
/// the household's own dated facts (head, place, attribute, status, size).
public struct MonthlyReportRow: Sendable, Hashable {
    public var householdID: Int64
    public var code: String?
    public var headName: String
    public var place: PlacePath
    public var attribute: HouseholdAttribute?
    public var status: HouseholdStatus
    /// Persons at month end: the size given, else the members counted; nil when neither is known.
    public var size: Int?
    /// Officials assigned on the last day of the month, each with the role
    /// (帮扶责任人, 驻村干部, …), in the order they were assigned.
    public var officials: [Official]
    /// Dates of the month's visits, oldest first (one entry per visit, so
    /// two visits on one day appear twice).
    public var visitDates: [CalendarDate]
    /// The latest visit on or before the last day of the month.
    public var lastVisit: CalendarDate?
    /// Per checklist item, the standing at month end: the latest recorded
    /// outcome; `.unrecorded` when the item was only looked at without an
    /// outcome; absent when it was never checked.
    public var checks: [ChecklistItem: CheckResult]
    /// Rectification items opened in the month.
    public var opened: Int
    /// Rectification items closed (销号) in the month, each counted once even
    /// when closed, reopened and closed again within it.
    public var closed: Int
    /// Items open at the end of the month's last day.
    public var openAtMonthEnd: Int
    /// Of those, the ones past their deadline on the last day.
    public var overdueAtMonthEnd: Int
    /// The income of the year before the month's (the last complete year)
    /// with that year's line; nil when none is recorded.
    public var lastYearIncome: IncomeYear?
    /// 防止返贫监测 at month end and within the month.
    public var monitoring = MonitoringMonth()

    public init(
        householdID: Int64, code: String? = nil, headName: String, place: PlacePath,
        attribute: HouseholdAttribute? = nil, status: HouseholdStatus = .notLifted, officials: [Official] = [],
        visitDates: [CalendarDate] = [], lastVisit: CalendarDate? = nil,
        checks: [ChecklistItem: CheckResult] = [:], opened: Int = 0, closed: Int = 0,
        openAtMonthEnd: Int = 0, overdueAtMonthEnd: Int = 0, size: Int? = nil
    ) {
        self.size = size
        self.householdID = householdID
        self.code = code
        self.headName = headName
        self.place = place
        self.attribute = attribute
        self.status = status
        self.officials = officials
        self.visitDates = visitDates
        self.lastVisit = lastVisit
        self.checks = checks
        self.opened = opened
        self.closed = closed
        self.openAtMonthEnd = openAtMonthEnd
        self.overdueAtMonthEnd = overdueAtMonthEnd
    }

    /// Visits in the month.
    public var visitCount: Int { visitDates.count }

    /// The item's standing at month end; nil when it was never checked.
    public func check(_ item: ChecklistItem) -> CheckResult? { checks[item] }

    /// Whether the item's latest recorded outcome at month end is 不达标.
    public func fails(_ item: ChecklistItem) -> Bool { checks[item] == .notMet }

    /// One official assigned to the household at month end, and in what role.
    public struct Official: Sendable, Hashable {
        public var name: String
        public var role: AssignmentRole

        public init(name: String, role: AssignmentRole) {
            self.name = name
            self.role = role
        }
    }
}
