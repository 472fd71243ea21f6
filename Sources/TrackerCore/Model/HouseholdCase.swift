/// Everything known about one household: what `household show` prints.
public struct HouseholdCase: Sendable {
    public var household: Household
    public var members: [Member]
    /// Dated facts kind by kind, oldest first.
    public var history: [HouseholdFact]
    public var assignments: [Assignment]
    /// The six checklist items in display order.
    public var checklist: [ItemStatus]
    /// Open items first (by deadline), then closed ones.
    public var rectifications: [Rectification]
    /// Newest year first.
    public var incomes: [IncomeYear]
    public var measures: [Measure]
    /// Newest first.
    public var visits: [Visit]
    /// The date "overdue" and ages are computed against.
    public var today: CalendarDate
}
