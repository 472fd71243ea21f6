import Bilingual

/// 帮扶措施: the kind of assistance a household received in a year.
public enum MeasureKind: String, DomainEnum {
    case industry, employment, education, health, housing, relocation
    case safetyNet = "safety_net"
    case finance, photovoltaic, ecology
    case publicJob = "public_job"
    /// 社会帮扶: help from society (charity, 慈善, 结对企业), a measure against illness and disability.
    case socialAssistance = "social_assistance"
    /// 饮水安全保障: the one measure that answers unsafe drinking water.
    case drinkingWater = "drinking_water"

    public static let fieldName = LocalizedText(en: "measure kind", zh: "帮扶措施")

    public var names: EnumNames {
        switch self {
        case .industry: EnumNames(en: "industry", zh: "产业", aliases: ["产业扶贫"])
        case .employment: EnumNames(en: "employment", zh: "就业", aliases: ["就业扶贫", "扶贫车间", "就业帮扶"])
        case .education: EnumNames(en: "education", zh: "教育", aliases: ["教育扶贫", "雨露计划", "教育帮扶", "义务教育保障"])
        case .health: EnumNames(en: "health", zh: "健康", aliases: ["健康扶贫", "健康帮扶"])
        case .housing: EnumNames(en: "housing renovation", zh: "危房改造", aliases: ["住房", "危改", "住房安全保障"])
        case .relocation: EnumNames(en: "relocation", zh: "易地搬迁", aliases: ["易地扶贫搬迁", "搬迁"])
        case .safetyNet: EnumNames(en: "safety net", zh: "兜底保障", aliases: ["兜底", "社会保障兜底", "综合保障"])
        case .finance: EnumNames(en: "finance", zh: "金融", aliases: ["金融扶贫", "小额信贷", "扶贫小额信贷"])
        case .photovoltaic: EnumNames(en: "photovoltaic", zh: "光伏", aliases: ["光伏扶贫", "solar"])
        case .ecology: EnumNames(en: "ecology", zh: "生态", aliases: ["生态扶贫", "生态补偿"])
        case .publicJob: EnumNames(en: "public-service job", zh: "公益岗位", aliases: ["公益岗", "公益性岗位"])
        case .socialAssistance: EnumNames(en: "social assistance", zh: "社会帮扶", aliases: ["社会救助"])
        case .drinkingWater: EnumNames(en: "safe drinking water", zh: "饮水安全保障", aliases: ["饮水", "饮水保障"])
        }
    }
}
