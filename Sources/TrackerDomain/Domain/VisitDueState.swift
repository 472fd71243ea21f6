/// Where a household listed by `household list --due-for-visit` stands:
/// a visit is due (the deadline has not passed) or overdue (it has).
public enum VisitDueState: String, DomainEnum {
    case overdue
    case due

    public static let fieldName = BilingualText(zh: "走访状态", en: "visit state")

    public var names: EnumNames {
        switch self {
        case .overdue: EnumNames("已逾期", "overdue")
        case .due: EnumNames("应走访", "due")
        }
    }
}
