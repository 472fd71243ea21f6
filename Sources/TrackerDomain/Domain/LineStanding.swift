import Bilingual

/// Where a per-capita income stands against a poverty line: 达到 (at or
/// above it) or 未达到 (below it).
///
/// The one comparison the tool makes, so the monthly report, the summary,
/// `household show`, `income add` and the rules of 脱贫 can never disagree
/// about an income exactly at the line: that income 达到 the line.
public enum LineStanding: String, DomainEnum {
    case atOrAbove = "at_or_above"
    case below

    public static let fieldName = LocalizedText(en: "against the poverty line", zh: "与贫困线相比")

    public var names: EnumNames {
        switch self {
        case .atOrAbove: EnumNames(en: "at or above", zh: "达到", aliases: ["达到贫困线", "at_or_above"])
        case .below: EnumNames(en: "below", zh: "未达到", aliases: ["未达到贫困线"])
        }
    }

    /// How `income` compares with `line`; equal amounts are at the line.
    public init(_ income: Money, line: Money) {
        self = income.fen >= line.fen ? .atOrAbove : .below
    }
}
