import Bilingual

/// Why a household's case ends (`household close`).
public enum HouseholdCloseReason: String, DomainEnum {
    case naturalDecrease = "natural_decrease"
    case movedOut = "moved_out"
    case deregistered
    case other

    public static let fieldName = LocalizedText(en: "reason for closing", zh: "销户原因")

    public var names: EnumNames {
        switch self {
        case .naturalDecrease: EnumNames(en: "natural decrease", zh: "自然减少")
        case .movedOut: EnumNames(en: "moved out", zh: "迁出")
        case .deregistered: EnumNames(en: "deregistered", zh: "销户")
        case .other: EnumNames(en: "other", zh: "其他")
        }
    }
}
