import Bilingual

/// One of the six items a visitor verifies: 两不愁三保障 plus safe drinking
/// water. Cases are in the order forms and reports show them.
public enum ChecklistItem: String, DomainEnum {
    case food, clothing, education, medical, housing, water

    public static let fieldName = LocalizedText(en: "checklist item", zh: "检查项目")

    public var names: EnumNames {
        switch self {
        case .food: EnumNames(en: "food", zh: "不愁吃", short: "吃", aliases: ["吃饭"])
        case .clothing: EnumNames(en: "clothing", zh: "不愁穿", short: "穿", aliases: ["穿衣"])
        case .education: EnumNames(en: "compulsory education", zh: "义务教育有保障", short: "教育", aliases: ["义务教育"])
        case .medical: EnumNames(en: "basic medical care", zh: "基本医疗有保障", short: "医疗", aliases: ["基本医疗"])
        case .housing: EnumNames(en: "safe housing", zh: "住房安全有保障", short: "住房", aliases: ["住房安全"])
        case .water:
            EnumNames(en: "safe drinking water", zh: "饮水安全", short: "饮水", aliases: ["饮水安全有保障", "安全饮水", "drinking water"])
        }
    }
}
