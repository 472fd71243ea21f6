import Bilingual

/// Where a household listed by `household list --due-for-visit` stands:
/// a visit is due (the deadline has not passed) or overdue (it has).
public enum VisitDueState: String, DomainEnum {
    case overdue
    case due

    public static let fieldName = LocalizedText(en: "visit state", zh: "走访状态")

    public var names: EnumNames {
        switch self {
        case .overdue: EnumNames(en: "overdue", zh: "已逾期")
        case .due: EnumNames(en: "due", zh: "应走访")
        }
    }
}
