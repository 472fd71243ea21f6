/// Why a person is no longer a member of a household (`member remove`).
public enum MemberLeaveReason: String, DomainEnum {
    case death
    case movedOut = "moved_out"
    case marriedOut = "married_out"
    case other

    public static let fieldName = BilingualText(zh: "减员原因", en: "reason for leaving")

    public var names: EnumNames {
        switch self {
        case .death: EnumNames("死亡", "death", aliases: ["died", "deceased"])
        case .movedOut: EnumNames("迁出", "moved out")
        case .marriedOut: EnumNames("婚嫁", "married out", aliases: ["married"])
        case .other: EnumNames("其他", "other")
        }
    }
}
