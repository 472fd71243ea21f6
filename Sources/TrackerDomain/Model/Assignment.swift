/// An official's assignment to a household; ended, never deleted, when it changes.
public struct Assignment: Sendable, Hashable, Identifiable {
    public let id: Int64
    public var householdID: Int64
    public var official: Official
    public var role: AssignmentRole
    public var startDate: CalendarDate?
    public var endDate: CalendarDate?

    public init(id: Int64, householdID: Int64, official: Official, role: AssignmentRole,
                startDate: CalendarDate? = nil, endDate: CalendarDate? = nil) {
        self.id = id
        self.householdID = householdID
        self.official = official
        self.role = role
        self.startDate = startDate
        self.endDate = endDate
    }

    public var isCurrent: Bool { endDate == nil }
}
