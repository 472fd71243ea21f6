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

    package init(
        household: Household,
        members: [Member],
        history: [HouseholdFact],
        assignments: [Assignment],
        checklist: [ItemStatus],
        rectifications: [Rectification],
        incomes: [IncomeYear],
        measures: [Measure],
        visits: [Visit],
        today: CalendarDate
    ) {
        self.household = household
        self.members = members
        self.history = history
        self.assignments = assignments
        self.checklist = checklist
        self.rectifications = rectifications
        self.incomes = incomes
        self.measures = measures
        self.visits = visits
        self.today = today
    }
}
