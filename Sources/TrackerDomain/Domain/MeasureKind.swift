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

    public static let fieldName = BilingualText(zh: "帮扶措施", en: "measure kind")

    public var names: EnumNames {
        switch self {
        case .industry: EnumNames("产业", "industry", aliases: ["产业扶贫"])
        case .employment: EnumNames("就业", "employment", aliases: ["就业扶贫", "扶贫车间", "就业帮扶"])
        case .education: EnumNames("教育", "education", aliases: ["教育扶贫", "雨露计划", "教育帮扶", "义务教育保障"])
        case .health: EnumNames("健康", "health", aliases: ["健康扶贫", "健康帮扶"])
        case .housing: EnumNames("危房改造", "housing renovation", aliases: ["住房", "危改", "住房安全保障"])
        case .relocation: EnumNames("易地搬迁", "relocation", aliases: ["易地扶贫搬迁", "搬迁"])
        case .safetyNet: EnumNames("兜底保障", "safety net", aliases: ["兜底", "社会保障兜底", "综合保障"])
        case .finance: EnumNames("金融", "finance", aliases: ["金融扶贫", "小额信贷", "扶贫小额信贷"])
        case .photovoltaic: EnumNames("光伏", "photovoltaic", aliases: ["光伏扶贫", "solar"])
        case .ecology: EnumNames("生态", "ecology", aliases: ["生态扶贫", "生态补偿"])
        case .publicJob: EnumNames("公益岗位", "public-service job", aliases: ["公益岗", "公益性岗位"])
        case .socialAssistance: EnumNames("社会帮扶", "social assistance", aliases: ["社会救助"])
        case .drinkingWater: EnumNames("饮水安全保障", "safe drinking water", aliases: ["饮水", "饮水保障"])
        }
    }
}
