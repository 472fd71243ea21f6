import Bilingual

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

    /// Town and village, enough to tell two same-named households apart:
    /// "焦庄村, 陈集镇" in English, "陈集镇焦庄村" in Chinese (large to small,
    /// no separators, as Chinese addresses are written).
    public func shortLabel(in language: Language) -> String {
        switch language {
        case .en: "\(village), \(town)"
        case .zh: town + village
        }
    }

    /// The whole address, county first in Chinese: "菏泽开发区陈集镇焦庄村";
    /// "焦庄村, 陈集镇, 菏泽开发区" in English.
    public func address(in language: Language) -> String {
        switch language {
        case .en: ([village, town] + [county].compactMap { $0 }).joined(separator: ", ")
        case .zh: (county ?? "") + town + village
        }
    }
}
