import Bilingual

/// A step in a rectification item's history, kept so a reopened item still
/// shows when and how it was first closed.
public enum RectificationEvent: String, DomainEnum {
    case opened, closed, reopened, verified

    public static let fieldName = LocalizedText(en: "rectification event", zh: "整改记录")

    public var names: EnumNames {
        switch self {
        case .opened: EnumNames(en: "opened", zh: "登记", aliases: ["立项", "新增"])
        case .closed: EnumNames(en: "closed", zh: "销号", aliases: ["已销号"])
        case .reopened: EnumNames(en: "reopened", zh: "重新打开", aliases: ["重新整改"])
        case .verified: EnumNames(en: "verified", zh: "复核", aliases: ["核验", "回访核验"])
        }
    }
}
