import Bilingual

/// 贫困户属性: which kind of registered poor household, which decides the
/// support it is entitled to (低保 allowance, 特困 support).
public enum HouseholdAttribute: String, DomainEnum {
    case general, dibao, tekun

    public static let fieldName = LocalizedText(en: "household attribute", zh: "贫困户属性")

    public var names: EnumNames {
        switch self {
        case .general: EnumNames(en: "general", zh: "一般贫困户", aliases: ["一般户", "一般"])
        case .dibao: EnumNames(en: "dibao", zh: "低保贫困户", aliases: ["低保户", "低保", "minimum living allowance"])
        case .tekun: EnumNames(en: "tekun", zh: "特困供养贫困户", aliases: ["特困供养户", "特困户", "特困", "五保户", "extreme hardship"])
        }
    }
}
