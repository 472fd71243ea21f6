/// Where a household lives: county (optional) → town → village.
public struct PlacePath: Sendable, Hashable {
    public var county: String?
    public var town: String
    public var village: String

    public init(county: String? = nil, town: String, village: String) {
        self.county = county
        self.town = town
        self.village = village
    }

    /// "焦庄村， 陈集镇" — enough to tell two same-named households apart.
    public var shortLabel: String { "\(village), \(town)" }
}
