/// 脱贫状态: where a household stands. 监测对象 exists from 2021, when
/// households at risk of (re)falling into poverty came under monitoring.
public enum HouseholdStatus: String, DomainEnum {
    case notLifted = "not_lifted"
    case lifted, relapsed, monitored

    public static let fieldName = BilingualText(zh: "脱贫状态", en: "status")

    public var names: EnumNames {
        switch self {
        case .notLifted: EnumNames("未脱贫", "not lifted", aliases: ["未脱贫户"])
        case .lifted: EnumNames("已脱贫", "lifted", aliases: ["脱贫", "已脱贫户", "脱贫户"])
        case .relapsed: EnumNames("返贫", "relapsed", aliases: ["返贫户"])
        case .monitored: EnumNames("监测对象", "monitored", aliases: ["监测户", "防返贫监测对象"])
        }
    }
}
