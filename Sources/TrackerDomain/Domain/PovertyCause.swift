import Bilingual

/// 致贫原因: why a household is poor; one is recorded as the main cause.
public enum PovertyCause: String, DomainEnum {
    case illness, disability, schooling, disaster
    case lackLand = "lack_land"
    case lackWater = "lack_water"
    case lackSkills = "lack_skills"
    case lackLabour = "lack_labour"
    case lackFunds = "lack_funds"
    case poorTransport = "poor_transport"
    case lowMotivation = "low_motivation"

    public static let fieldName = LocalizedText(en: "poverty cause", zh: "致贫原因")

    public var names: EnumNames {
        switch self {
        case .illness: EnumNames(en: "illness", zh: "因病", aliases: ["因病致贫"])
        case .disability: EnumNames(en: "disability", zh: "因残", aliases: ["因残致贫"])
        case .schooling: EnumNames(en: "schooling costs", zh: "因学", aliases: ["因学致贫", "education costs"])
        case .disaster: EnumNames(en: "disaster", zh: "因灾", aliases: ["因灾致贫"])
        case .lackLand: EnumNames(en: "lack of land", zh: "缺土地", aliases: ["缺地"])
        case .lackWater: EnumNames(en: "lack of water", zh: "缺水")
        case .lackSkills: EnumNames(en: "lack of skills", zh: "缺技术", aliases: ["缺技能"])
        case .lackLabour: EnumNames(en: "lack of labour", zh: "缺劳动力", aliases: ["lack_labor", "lack of labor"])
        case .lackFunds: EnumNames(en: "lack of funds", zh: "缺资金")
        case .poorTransport: EnumNames(en: "poor transport", zh: "交通条件落后", aliases: ["交通落后"])
        case .lowMotivation: EnumNames(en: "low motivation", zh: "自身发展动力不足", aliases: ["发展动力不足", "内生动力不足"])
        }
    }
}
