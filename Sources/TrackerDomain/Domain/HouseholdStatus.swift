import Bilingual

/// 脱贫状态: where a household stands. 监测对象 exists from 2021, when
/// households at risk of (re)falling into poverty came under monitoring.
public enum HouseholdStatus: String, DomainEnum {
    case notLifted = "not_lifted"
    case lifted, relapsed, monitored

    public static let fieldName = LocalizedText(en: "status", zh: "脱贫状态")

    public var names: EnumNames {
        switch self {
        case .notLifted: EnumNames(en: "not lifted", zh: "未脱贫", aliases: ["未脱贫户"])
        case .lifted: EnumNames(en: "lifted", zh: "已脱贫", aliases: ["脱贫", "已脱贫户", "脱贫户"])
        case .relapsed: EnumNames(en: "relapsed", zh: "返贫", aliases: ["返贫户"])
        case .monitored: EnumNames(en: "monitored", zh: "监测对象", aliases: ["监测户", "防返贫监测对象"])
        }
    }
}
