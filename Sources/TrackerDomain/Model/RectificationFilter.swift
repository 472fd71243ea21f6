/// Which rectification items `followup list` shows; nil fields do not narrow.
public struct RectificationFilter: Sendable, Hashable {
    public var status: RectificationListStatus
    public var householdID: Int64?
    public var ownerID: Int64?
    /// Town (乡镇/街道) and village (村/社区) names, as `HouseholdFilter` takes them.
    public var town: String?
    public var village: String?

    public init(status: RectificationListStatus = .open, householdID: Int64? = nil, ownerID: Int64? = nil,
                town: String? = nil, village: String? = nil) {
        self.status = status
        self.householdID = householdID
        self.ownerID = ownerID
        self.town = town.map(TextRules.canonical)
        self.village = village.map(TextRules.canonical)
    }
}
