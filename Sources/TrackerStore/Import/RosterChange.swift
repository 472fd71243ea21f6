import TrackerDomain

/// One household or person the import adds or changes, for the report.
public struct RosterChange: Hashable, Sendable {
    /// The line of the row it comes from (the head's row for a household).
    public var line: Int
    public var householdCode: String
    /// The head's name for a household, the person's name for a member.
    public var name: String
    /// For an update, the columns whose values differ from the database;
    /// empty for an addition.
    public var columns: [RosterColumn]

    public init(line: Int, householdCode: String, name: String, columns: [RosterColumn] = []) {
        self.line = line
        self.householdCode = householdCode
        self.name = name
        self.columns = columns
    }
}
