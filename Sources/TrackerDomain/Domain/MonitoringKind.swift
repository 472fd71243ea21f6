import Bilingual

/// 监测对象类型: why a household is monitored (from 2021).
public enum MonitoringKind: String, DomainEnum {
    case unstable, marginal, hardship

    public static let fieldName = LocalizedText(en: "monitoring kind", zh: "监测对象类型")

    public var names: EnumNames {
        switch self {
        case .unstable: EnumNames(en: "unstable after lifting", zh: "脱贫不稳定户", aliases: ["不稳定户"])
        case .marginal: EnumNames(en: "marginal, prone to poverty", zh: "边缘易致贫户", aliases: ["边缘户", "边缘易致贫"])
        case .hardship: EnumNames(en: "sudden severe hardship", zh: "突发严重困难户", aliases: ["严重困难户", "突发困难户"])
        }
    }
}
