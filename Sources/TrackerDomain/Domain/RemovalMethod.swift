/// How a monitored household's risk was removed (风险消除方式).
public enum RemovalMethod: String, DomainEnum {
    /// The measures answered the risks.
    case assisted
    /// The risk went away of itself (an illness cured, a child finished school).
    case natural

    public static let fieldName = BilingualText(zh: "消除方式", en: "removal method")

    public var names: EnumNames {
        switch self {
        case .assisted: EnumNames("帮扶消除", "removed with assistance", aliases: ["帮扶"])
        case .natural: EnumNames("自然消除", "removed naturally", aliases: ["自然"])
        }
    }
}
