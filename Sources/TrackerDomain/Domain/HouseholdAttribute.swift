/// 贫困户属性: which kind of registered poor household, which decides the
/// support it is entitled to (低保 allowance, 特困 support).
public enum HouseholdAttribute: String, DomainEnum {
    case general, dibao, tekun

    public static let fieldName = BilingualText(zh: "贫困户属性", en: "household attribute")

    public var names: EnumNames {
        switch self {
        case .general: EnumNames("一般贫困户", "general", aliases: ["一般户", "一般"])
        case .dibao: EnumNames("低保贫困户", "dibao", aliases: ["低保户", "低保", "minimum living allowance"])
        case .tekun: EnumNames("特困供养贫困户", "tekun", aliases: ["特困供养户", "特困户", "特困", "五保户", "extreme hardship"])
        }
    }
}
