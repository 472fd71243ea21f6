/// A household that is due or overdue for a visit under the configured
/// interval (`household list --due-for-visit`); see `VisitInterval` for the
/// rule of each form.
public struct DueVisit: Sendable, Hashable {
    public var household: Household
    /// The latest visit on or before the "as of" date; nil: never visited.
    public var lastVisit: CalendarDate?
    public var state: VisitDueState
    /// The deadline of the visit(s) now due: the end of the current month or
    /// quarter for the counted forms, last visit + N months for `everyMonths`.
    public var dueBy: CalendarDate?
    /// For an overdue household, the deadline it missed; nil when not
    /// overdue or when no deadline is known (never visited, registration unknown).
    public var missedDeadline: CalendarDate?
    /// Visits so far in the counted period (current quarter or month) for
    /// the counted forms; nil for `everyMonths`.
    public var visitsInPeriod: Int?
    /// Visits the counted period asks for (N); nil for `everyMonths`.
    public var visitsRequired: Int?

    public init(household: Household, lastVisit: CalendarDate?, state: VisitDueState, dueBy: CalendarDate?,
                missedDeadline: CalendarDate? = nil, visitsInPeriod: Int? = nil, visitsRequired: Int? = nil) {
        self.household = household
        self.lastVisit = lastVisit
        self.state = state
        self.dueBy = dueBy
        self.missedDeadline = missedDeadline
        self.visitsInPeriod = visitsInPeriod
        self.visitsRequired = visitsRequired
    }

    /// Days past the missed deadline as of `today`; nil when not overdue or unknown.
    public func daysOverdue(asOf today: CalendarDate) -> Int? {
        missedDeadline.map { $0.days(to: today) }
    }
}
