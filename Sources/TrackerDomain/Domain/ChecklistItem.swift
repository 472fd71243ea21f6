/// One of the six items a visitor verifies: 两不愁三保障 plus safe drinking
/// water. Cases are in the order forms and reports show them.
public enum ChecklistItem: String, DomainEnum {
    case food, clothing, education, medical, housing, water

    public static let fieldName = BilingualText(zh: "检查项目", en: "checklist item")

    public var names: EnumNames {
        switch self {
        case .food: EnumNames("不愁吃", "food", short: "吃", aliases: ["吃饭"])
        case .clothing: EnumNames("不愁穿", "clothing", short: "穿", aliases: ["穿衣"])
        case .education: EnumNames("义务教育有保障", "compulsory education", short: "教育", aliases: ["义务教育"])
        case .medical: EnumNames("基本医疗有保障", "basic medical care", short: "医疗", aliases: ["基本医疗"])
        case .housing: EnumNames("住房安全有保障", "safe housing", short: "住房", aliases: ["住房安全"])
        case .water:
            EnumNames("饮水安全", "safe drinking water", short: "饮水", aliases: ["饮水安全有保障", "安全饮水", "drinking water"])
        }
    }
}
