import Bilingual
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

    public static let fieldName = LocalizedText(en: "risk", zh: "风险类型")

    /// At most this many risks are recorded per household.
    public static let maximumPerCase = 5

    public var names: EnumNames {
        switch self {
        case .illness: EnumNames(en: "illness", zh: "因病", aliases: ["因病致贫", "因病返贫"])
        case .schooling: EnumNames(en: "schooling costs", zh: "因学", aliases: ["因学致贫", "education costs"])
        case .disability: EnumNames(en: "disability", zh: "因残", aliases: ["因残致贫"])
        case .housing: EnumNames(en: "unsafe housing", zh: "因安全住房", aliases: ["住房", "住房安全"])
        case .drinkingWater: EnumNames(en: "unsafe drinking water", zh: "因安全饮水", aliases: ["饮水", "饮水安全", "water"])
        case .lackLabour: EnumNames(en: "lack of labour", zh: "缺劳动力", aliases: ["lack_labor", "lack of labor"])
        case .unstableWork: EnumNames(en: "unstable work", zh: "因务工就业不稳", aliases: ["务工就业不稳", "就业不稳"])
        case .naturalDisaster: EnumNames(en: "natural disaster", zh: "因自然灾害", aliases: ["因灾", "自然灾害", "disaster"])
        case .accident: EnumNames(en: "accident", zh: "因意外事故", aliases: ["意外事故"])
        case .failedProject: EnumNames(en: "failed business project", zh: "因产业项目失败", aliases: ["产业项目失败"])
        case .other: EnumNames(en: "other", zh: "其他")
        }
    }
}
