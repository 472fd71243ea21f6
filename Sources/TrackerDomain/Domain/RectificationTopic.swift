/// What raised a rectification item: a failed checklist item, a family's
/// request (诉求), or anything else found on a visit.
public enum RectificationTopic: String, DomainEnum {
    case food, clothing, education, medical, housing, water, request, other

    public static let fieldName = BilingualText(zh: "问题类别", en: "rectification topic")

    /// The topic for a failed checklist item.
    public init(_ item: ChecklistItem) {
        self = Self(rawValue: item.rawValue)!
    }

    /// The checklist item this topic stands for, if it is one.
    public var checklistItem: ChecklistItem? { ChecklistItem(rawValue: rawValue) }

    public var names: EnumNames {
        switch self {
        case .request: EnumNames("诉求", "request", aliases: ["群众诉求", "need"])
        case .other: EnumNames("其他", "other", aliases: ["其它"])
        default: checklistItem!.names
        }
    }
}
