import Bilingual

/// Why a person is no longer a member of a household (`member remove`).
public enum MemberLeaveReason: String, DomainEnum {
    case death
    case movedOut = "moved_out"
    case marriedOut = "married_out"
    case other

    public static let fieldName = LocalizedText(en: "reason for leaving", zh: "减员原因")

    public var names: EnumNames {
        switch self {
        case .death: EnumNames(en: "death", zh: "死亡", aliases: ["died", "deceased"])
        case .movedOut: EnumNames(en: "moved out", zh: "迁出")
        case .marriedOut: EnumNames(en: "married out", zh: "婚嫁", aliases: ["married"])
        case .other: EnumNames(en: "other", zh: "其他")
        }
    }
}
