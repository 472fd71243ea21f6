/// 监测对象类型: why a household is monitored (from 2021).
public enum MonitoringKind: String, DomainEnum {
    case unstable, marginal, hardship

    public static let fieldName = BilingualText(zh: "监测对象类型", en: "monitoring kind")

    public var names: EnumNames {
        switch self {
        case .unstable: EnumNames("脱贫不稳定户", "unstable after lifting", aliases: ["不稳定户"])
        case .marginal: EnumNames("边缘易致贫户", "marginal, prone to poverty", aliases: ["边缘户", "边缘易致贫"])
        case .hardship: EnumNames("突发严重困难户", "sudden severe hardship", aliases: ["严重困难户", "突发困难户"])
        }
    }
}
