import Bilingual

/// Whether a rectification item is still open or has been closed (销号).
/// "Overdue" is not a status: it is an open item past its deadline.
public enum RectificationStatus: String, DomainEnum {
    case open, closed

    public static let fieldName = LocalizedText(en: "rectification status", zh: "整改状态")

    public var names: EnumNames {
        switch self {
        case .open: EnumNames(en: "open", zh: "整改中", aliases: ["未销号", "未整改", "待整改"])
        case .closed: EnumNames(en: "closed", zh: "已销号", aliases: ["销号", "已整改", "已完成"])
        }
    }
}
