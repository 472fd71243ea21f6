import Bilingual

/// 帮扶措施: the kind of assistance a household received in a year.
public enum MeasureKind: String, DomainEnum {
    case industry, employment, education, health, housing, relocation
    case safetyNet = "safety_net"
    case finance, photovoltaic, ecology
    case publicJob = "public_job"

    public static let fieldName = LocalizedText(en: "measure kind", zh: "帮扶措施")

    public var names: EnumNames {
        switch self {
        case .industry: EnumNames(en: "industry", zh: "产业", aliases: ["产业扶贫"])
        case .employment: EnumNames(en: "employment", zh: "就业", aliases: ["就业扶贫", "扶贫车间"])
        case .education: EnumNames(en: "education", zh: "教育", aliases: ["教育扶贫", "雨露计划"])
        case .health: EnumNames(en: "health", zh: "健康", aliases: ["健康扶贫"])
        case .housing: EnumNames(en: "housing renovation", zh: "危房改造", aliases: ["住房", "危改"])
        case .relocation: EnumNames(en: "relocation", zh: "易地搬迁", aliases: ["易地扶贫搬迁"])
        case .safetyNet: EnumNames(en: "safety net", zh: "兜底保障", aliases: ["兜底", "社会保障兜底"])
        case .finance: EnumNames(en: "finance", zh: "金融", aliases: ["金融扶贫", "小额信贷", "扶贫小额信贷"])
        case .photovoltaic: EnumNames(en: "photovoltaic", zh: "光伏", aliases: ["光伏扶贫", "solar"])
        case .ecology: EnumNames(en: "ecology", zh: "生态", aliases: ["生态扶贫", "生态补偿"])
        case .publicJob: EnumNames(en: "public-service job", zh: "公益岗位", aliases: ["公益岗", "公益性岗位"])
        }
    }
}
