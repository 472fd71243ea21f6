import Bilingual

/// 健康状况: a member's health, the input to 因病/因残 causes and medical checks.
public enum Health: String, DomainEnum {
    case healthy, chronic
    case seriousIllness = "serious_illness"
    case disabled

    public static let fieldName = LocalizedText(en: "health", zh: "健康状况")

    public var names: EnumNames {
        switch self {
        case .healthy: EnumNames(en: "healthy", zh: "健康")
        case .chronic: EnumNames(en: "chronic illness", zh: "长期慢性病", aliases: ["慢性病"])
        case .seriousIllness: EnumNames(en: "serious illness", zh: "患有大病", aliases: ["大病"])
        case .disabled: EnumNames(en: "disabled", zh: "残疾", aliases: ["残疾人", "disability"])
        }
    }
}
