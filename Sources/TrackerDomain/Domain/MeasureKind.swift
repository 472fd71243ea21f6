/// 帮扶措施: the kind of assistance a household received in a year.
public enum MeasureKind: String, DomainEnum {
    case industry, employment, education, health, housing, relocation
    case safetyNet = "safety_net"
    case finance, photovoltaic, ecology
    case publicJob = "public_job"

    public static let fieldName = BilingualText(zh: "帮扶措施", en: "measure kind")

    public var names: EnumNames {
        switch self {
        case .industry: EnumNames("产业", "industry", aliases: ["产业扶贫"])
        case .employment: EnumNames("就业", "employment", aliases: ["就业扶贫", "扶贫车间"])
        case .education: EnumNames("教育", "education", aliases: ["教育扶贫", "雨露计划"])
        case .health: EnumNames("健康", "health", aliases: ["健康扶贫"])
        case .housing: EnumNames("危房改造", "housing renovation", aliases: ["住房", "危改"])
        case .relocation: EnumNames("易地搬迁", "relocation", aliases: ["易地扶贫搬迁"])
        case .safetyNet: EnumNames("兜底保障", "safety net", aliases: ["兜底", "社会保障兜底"])
        case .finance: EnumNames("金融", "finance", aliases: ["金融扶贫", "小额信贷", "扶贫小额信贷"])
        case .photovoltaic: EnumNames("光伏", "photovoltaic", aliases: ["光伏扶贫", "solar"])
        case .ecology: EnumNames("生态", "ecology", aliases: ["生态扶贫", "生态补偿"])
        case .publicJob: EnumNames("公益岗位", "public-service job", aliases: ["公益岗", "公益性岗位"])
        }
    }
}
