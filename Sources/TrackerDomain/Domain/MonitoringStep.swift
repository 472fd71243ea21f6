/// The seven steps of identifying a monitored household, and of removing its
/// risk, in the order they must happen.
public enum MonitoringStep: String, DomainEnum {
    case homeCheck = "home_check"
    case dataComparison = "data_comparison"
    case villageReview = "village_review"
    case villageNotice = "village_notice"
    case townshipReview = "township_review"
    case countyDecision = "county_decision"
    case entry

    public static let fieldName = BilingualText(zh: "程序步骤", en: "step")

    /// A 公示 lasts at least this many days, counting its first and last.
    public static let minimumNoticeDays = 5

    /// 1 to 7, as the rules number them.
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    /// The step that must come before this one; nil for the first.
    public var previous: MonitoringStep? { number == 1 ? nil : Self.allCases[number - 2] }

    /// The step after this one; nil after the last.
    public var next: MonitoringStep? { number == Self.allCases.count ? nil : Self.allCases[number] }

    public var names: EnumNames {
        switch self {
        case .homeCheck: EnumNames("入户核实", "home check", short: "核实", aliases: ["入户核查", "1"])
        case .dataComparison: EnumNames("信息比对", "data comparison", short: "比对", aliases: ["2"])
        case .villageReview: EnumNames("村级评议", "village review", short: "评议", aliases: ["民主评议", "3"])
        case .villageNotice: EnumNames("村内公示", "village notice", short: "公示", aliases: ["公示", "4"])
        case .townshipReview: EnumNames("乡镇审核", "township review", short: "审核", aliases: ["5"])
        case .countyDecision: EnumNames("县级审定", "county decision", short: "审定", aliases: ["县级审批", "6"])
        case .entry: EnumNames("录入", "entry into the system", short: "录入", aliases: ["系统录入", "标注", "7"])
        }
    }
}
