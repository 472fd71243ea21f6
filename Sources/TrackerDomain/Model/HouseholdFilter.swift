/// Which households `household list` and reports cover.
public struct HouseholdFilter: Sendable, Hashable {
    public var town: String?
    public var village: String?
    public var status: HouseholdStatus?

    /// Town and village are looked up as they are stored (`TextRules.canonical`).
    public init(town: String? = nil, village: String? = nil, status: HouseholdStatus? = nil) {
        self.town = town.map(TextRules.canonical)
        self.village = village.map(TextRules.canonical)
        self.status = status
    }
}
