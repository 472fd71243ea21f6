/// What a step decided: the case goes on, or the procedure ends there.
public enum StepOutcome: String, DomainEnum {
    case passed, failed

    public static let fieldName = BilingualText(zh: "结果", en: "outcome")

    public var names: EnumNames {
        switch self {
        case .passed: EnumNames("通过", "passed", aliases: ["同意", "pass", "yes"])
        case .failed: EnumNames("未通过", "failed", aliases: ["不通过", "不同意", "fail", "no"])
        }
    }
}
