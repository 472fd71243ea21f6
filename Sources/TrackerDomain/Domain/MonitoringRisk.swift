/// 风险类型: what puts a monitored household at risk. A case names one to
/// five of them, and each must be answered by a measure before the risk is
/// removed (`RiskAnswers`).
public enum MonitoringRisk: String, DomainEnum {
    case illness, schooling, disability, housing
    case drinkingWater = "drinking_water"
    case lackLabour = "lack_labour"
    case unstableWork = "unstable_work"
    case naturalDisaster = "natural_disaster"
    case accident
    case failedProject = "failed_project"
    case other

    public static let fieldName = BilingualText(zh: "风险类型", en: "risk")

    /// At most this many risks are recorded per household.
    public static let maximumPerCase = 5

    public var names: EnumNames {
        switch self {
        case .illness: EnumNames("因病", "illness", aliases: ["因病致贫", "因病返贫"])
        case .schooling: EnumNames("因学", "schooling costs", aliases: ["因学致贫", "education costs"])
        case .disability: EnumNames("因残", "disability", aliases: ["因残致贫"])
        case .housing: EnumNames("因安全住房", "unsafe housing", aliases: ["住房", "住房安全"])
        case .drinkingWater: EnumNames("因安全饮水", "unsafe drinking water", aliases: ["饮水", "饮水安全", "water"])
        case .lackLabour: EnumNames("缺劳动力", "lack of labour", aliases: ["lack_labor", "lack of labor"])
        case .unstableWork: EnumNames("因务工就业不稳", "unstable work", aliases: ["务工就业不稳", "就业不稳"])
        case .naturalDisaster: EnumNames("因自然灾害", "natural disaster", aliases: ["因灾", "自然灾害", "disaster"])
        case .accident: EnumNames("因意外事故", "accident", aliases: ["意外事故"])
        case .failedProject: EnumNames("因产业项目失败", "failed business project", aliases: ["产业项目失败"])
        case .other: EnumNames("其他", "other")
        }
    }
}
