import Bilingual

/// What raised a rectification item: a failed checklist item, a family's
/// request (诉求), or anything else found on a visit.
public enum RectificationTopic: String, DomainEnum {
    case food, clothing, education, medical, housing, water, request, other

    public static let fieldName = LocalizedText(en: "rectification topic", zh: "问题类别")

    /// The topic for a failed checklist item.
    public init(_ item: ChecklistItem) {
        self = Self(rawValue: item.rawValue)!
    }

    /// The checklist item this topic stands for, if it is one.
    public var checklistItem: ChecklistItem? { ChecklistItem(rawValue: rawValue) }

    public var names: EnumNames {
        switch self {
        case .request: EnumNames(en: "request", zh: "诉求", aliases: ["群众诉求", "need"])
        case .other: EnumNames(en: "other", zh: "其他", aliases: ["其它"])
        default: checklistItem!.names
        }
    }
}
