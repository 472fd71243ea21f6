/// A household that is due for a visit under the configured interval
/// (`household list --due-for-visit`).
public struct DueVisit: Sendable, Hashable {
    public var household: Household
    /// The latest visit on or before the "as of" date; nil: never visited.
    public var lastVisit: CalendarDate?
    /// The day it became due (see `VisitInterval`); nil: never visited.
    public var dueSince: CalendarDate?
    /// Visits so far in the counted period (current quarter or month) for
    /// the counted forms (`perQuarter`, `perMonth`); nil for the others.
    public var visitsInPeriod: Int?

    public init(household: Household, lastVisit: CalendarDate?, dueSince: CalendarDate?, visitsInPeriod: Int? = nil) {
        self.household = household
        self.lastVisit = lastVisit
        self.dueSince = dueSince
        self.visitsInPeriod = visitsInPeriod
    }
}
