import Bilingual

/// The status choice of `followup list --status`. Unlike
/// `RectificationStatus` it has "overdue" (open past the deadline as of
/// today) and "all", which are views, not stored states.
public enum RectificationListStatus: String, DomainEnum {
    case open, overdue, closed, all

    public static let fieldName = LocalizedText(en: "rectification status", zh: "整改状态")

    public var names: EnumNames {
        switch self {
        case .open: EnumNames(en: "open", zh: "整改中", aliases: ["未销号", "未整改", "待整改"])
        case .overdue: EnumNames(en: "overdue", zh: "已逾期", aliases: ["逾期", "超期"])
        case .closed: EnumNames(en: "closed", zh: "已销号", aliases: ["销号", "已整改", "已完成"])
        case .all: EnumNames(en: "all", zh: "全部", aliases: ["所有"])
        }
    }
}
