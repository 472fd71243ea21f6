/// A step in a rectification item's history, kept so a reopened item still
/// shows when and how it was first closed.
public enum RectificationEvent: String, DomainEnum {
    case opened, closed, reopened, verified

    public static let fieldName = BilingualText(zh: "整改记录", en: "rectification event")

    public var names: EnumNames {
        switch self {
        case .opened: EnumNames("登记", "opened", aliases: ["立项", "新增"])
        case .closed: EnumNames("销号", "closed", aliases: ["已销号"])
        case .reopened: EnumNames("重新打开", "reopened", aliases: ["重新整改"])
        case .verified: EnumNames("复核", "verified", aliases: ["核验", "回访核验"])
        }
    }
}
