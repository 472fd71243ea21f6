import Bilingual
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

    public static let fieldName = LocalizedText(en: "step", zh: "程序步骤")

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
        case .homeCheck: EnumNames(en: "home check", zh: "入户核实", short: "核实", aliases: ["入户核查", "1"])
        case .dataComparison: EnumNames(en: "data comparison", zh: "信息比对", short: "比对", aliases: ["2"])
        case .villageReview: EnumNames(en: "village review", zh: "村级评议", short: "评议", aliases: ["民主评议", "3"])
        case .villageNotice: EnumNames(en: "village notice", zh: "村内公示", short: "公示", aliases: ["公示", "4"])
        case .townshipReview: EnumNames(en: "township review", zh: "乡镇审核", short: "审核", aliases: ["5"])
        case .countyDecision: EnumNames(en: "county decision", zh: "县级审定", short: "审定", aliases: ["县级审批", "6"])
        case .entry: EnumNames(en: "entry into the system", zh: "录入", short: "录入", aliases: ["系统录入", "标注", "7"])
        }
    }
}
