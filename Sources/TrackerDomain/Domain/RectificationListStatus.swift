/// The status choice of `followup list --status`. Unlike
/// `RectificationStatus` it has "overdue" (open past the deadline as of
/// today) and "all", which are views, not stored states.
public enum RectificationListStatus: String, DomainEnum {
    case open, overdue, closed, all

    public static let fieldName = BilingualText(zh: "整改状态", en: "rectification status")

    public var names: EnumNames {
        switch self {
        case .open: EnumNames("整改中", "open", aliases: ["未销号", "未整改", "待整改"])
        case .overdue: EnumNames("已逾期", "overdue", aliases: ["逾期", "超期"])
        case .closed: EnumNames("已销号", "closed", aliases: ["销号", "已整改", "已完成"])
        case .all: EnumNames("全部", "all", aliases: ["所有"])
        }
    }
}
