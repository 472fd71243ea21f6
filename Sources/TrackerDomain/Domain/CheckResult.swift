import Bilingual

/// The outcome of one checklist item at one visit.
///
/// `unrecorded` means the item was looked at but no outcome was written
/// down, as in the source article; users record real outcomes, so it is
/// accepted but not offered.
public enum CheckResult: String, DomainEnum {
    case met
    case notMet = "not_met"
    case notApplicable = "not_applicable"
    case unrecorded

    public static let fieldName = LocalizedText(en: "check result", zh: "检查结果")
    public static let offeredCases: [CheckResult] = [.met, .notMet, .notApplicable]

    public var names: EnumNames {
        switch self {
        case .met: EnumNames(en: "met", zh: "达标", short: "ok", aliases: ["pass", "passed", "合格"])
        case .notMet: EnumNames(en: "not met", zh: "不达标", short: "fail", aliases: ["failed", "不合格"])
        case .notApplicable: EnumNames(en: "not applicable", zh: "不适用", short: "na", aliases: ["n/a", "无需"])
        case .unrecorded: EnumNames(en: "unrecorded", zh: "未记录结果", aliases: ["未记录"])
        }
    }

    /// Whether the result is a problem that must open a rectification item.
    public var isProblem: Bool { self == .notMet }
}
