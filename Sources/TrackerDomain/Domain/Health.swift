/// 健康状况: a member's health, the input to 因病/因残 causes and medical checks.
public enum Health: String, DomainEnum {
    case healthy, chronic
    case seriousIllness = "serious_illness"
    case disabled

    public static let fieldName = BilingualText(zh: "健康状况", en: "health")

    public var names: EnumNames {
        switch self {
        case .healthy: EnumNames("健康", "healthy")
        case .chronic: EnumNames("长期慢性病", "chronic illness", aliases: ["慢性病"])
        case .seriousIllness: EnumNames("患有大病", "serious illness", aliases: ["大病"])
        case .disabled: EnumNames("残疾", "disabled", aliases: ["残疾人", "disability"])
        }
    }
}
