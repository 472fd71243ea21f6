import Bilingual
/// How a monitored household's risk was removed (风险消除方式).
public enum RemovalMethod: String, DomainEnum {
    /// The measures answered the risks.
    case assisted
    /// The risk went away of itself (an illness cured, a child finished school).
    case natural

    public static let fieldName = LocalizedText(en: "removal method", zh: "消除方式")

    public var names: EnumNames {
        switch self {
        case .assisted: EnumNames(en: "removed with assistance", zh: "帮扶消除", aliases: ["帮扶"])
        case .natural: EnumNames(en: "removed naturally", zh: "自然消除", aliases: ["自然"])
        }
    }
}
