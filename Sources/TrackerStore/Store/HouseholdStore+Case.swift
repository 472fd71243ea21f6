import TrackerDomain

extension HouseholdStore {
    /// The whole case of one household, read from one snapshot.
    public func caseFile(of household: Household, today: CalendarDate) throws(TrackerError) -> HouseholdCase {
        try database.read { connection in
            HouseholdCase(
                household: try Self.household(id: household.id, in: connection),
                members: try MemberStore.members(of: household.id, in: connection),
                history: try HouseholdFactQueries.history(of: household.id, in: connection),
                assignments: try AssignmentStore.assignments(of: household.id, in: connection),
                checklist: try ChecklistQueries.status(of: household.id, asOf: nil, in: connection),
                rectifications: try RectificationQueries.items(of: household.id, in: connection),
                incomes: try MoneyQueries.incomes(of: household.id, in: connection),
                measures: try MoneyQueries.measures(of: household.id, in: connection),
                visits: try VisitQueries.visits(of: household.id, in: connection),
                today: today)
        }
    }
}
