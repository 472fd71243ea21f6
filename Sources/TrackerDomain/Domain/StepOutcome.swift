import Bilingual
/// What a step decided: the case goes on, or the procedure ends there.
public enum StepOutcome: String, DomainEnum {
    case passed, failed

    public static let fieldName = LocalizedText(en: "outcome", zh: "结果")

    public var names: EnumNames {
        switch self {
        case .passed: EnumNames(en: "passed", zh: "通过", aliases: ["同意", "pass", "yes"])
        case .failed: EnumNames(en: "failed", zh: "未通过", aliases: ["不通过", "不同意", "fail", "no"])
        }
    }
}
