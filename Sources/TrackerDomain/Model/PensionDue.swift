import Bilingual

/// A pensioner whose yearly eligibility check (生存认证) has lapsed or is
/// about to: payment stops when a year passes without one.
public struct PensionDue: Sendable, Hashable {
    public var member: Member
    public var householdLabel: LocalizedText
    public var age: Int
    /// The last check, if any.
    public var lastCheck: CalendarDate?
    public var lastMethod: PensionCheckMethod?
    /// The day the check lapses (or lapsed): 12 months after the last one;
    /// nil when there never was one.
    public var lapsesOn: CalendarDate?

    public init(member: Member, householdLabel: LocalizedText, age: Int, lastCheck: CalendarDate?,
                lastMethod: PensionCheckMethod?, lapsesOn: CalendarDate?) {
        self.member = member
        self.householdLabel = householdLabel
        self.age = age
        self.lastCheck = lastCheck
        self.lastMethod = lastMethod
        self.lapsesOn = lapsesOn
    }
}
