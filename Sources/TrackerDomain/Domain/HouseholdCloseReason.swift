/// Why a household's case ends (`household close`).
public enum HouseholdCloseReason: String, DomainEnum {
    case naturalDecrease = "natural_decrease"
    case movedOut = "moved_out"
    case deregistered
    case other

    public static let fieldName = BilingualText(zh: "销户原因", en: "reason for closing")

    public var names: EnumNames {
        switch self {
        case .naturalDecrease: EnumNames("自然减少", "natural decrease")
        case .movedOut: EnumNames("迁出", "moved out")
        case .deregistered: EnumNames("销户", "deregistered")
        case .other: EnumNames("其他", "other")
        }
    }
}
