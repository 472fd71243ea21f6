/// 性别, as recorded on the member's card (the ID number's sequence encodes it).
public enum Sex: String, DomainEnum {
    case male, female

    public static let fieldName = BilingualText(zh: "性别", en: "sex")

    public var names: EnumNames {
        switch self {
        case .male: EnumNames("男", "male", aliases: ["男性", "m"])
        case .female: EnumNames("女", "female", aliases: ["女性", "f"])
        }
    }
}
