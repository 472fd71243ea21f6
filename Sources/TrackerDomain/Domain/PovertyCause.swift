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

    public static let fieldName = BilingualText(zh: "致贫原因", en: "poverty cause")

    public var names: EnumNames {
        switch self {
        case .illness: EnumNames("因病", "illness", aliases: ["因病致贫"])
        case .disability: EnumNames("因残", "disability", aliases: ["因残致贫"])
        case .schooling: EnumNames("因学", "schooling costs", aliases: ["因学致贫", "education costs"])
        case .disaster: EnumNames("因灾", "disaster", aliases: ["因灾致贫"])
        case .lackLand: EnumNames("缺土地", "lack of land", aliases: ["缺地"])
        case .lackWater: EnumNames("缺水", "lack of water")
        case .lackSkills: EnumNames("缺技术", "lack of skills", aliases: ["缺技能"])
        case .lackLabour: EnumNames("缺劳动力", "lack of labour", aliases: ["lack_labor", "lack of labor"])
        case .lackFunds: EnumNames("缺资金", "lack of funds")
        case .poorTransport: EnumNames("交通条件落后", "poor transport", aliases: ["交通落后"])
        case .lowMotivation: EnumNames("自身发展动力不足", "low motivation", aliases: ["发展动力不足", "内生动力不足"])
        }
    }
}
