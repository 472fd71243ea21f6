import Bilingual

/// 性别, as recorded on the member's card (the ID number's sequence encodes it).
public enum Sex: String, DomainEnum {
    case male, female

    public static let fieldName = LocalizedText(en: "sex", zh: "性别")

    public var names: EnumNames {
        switch self {
        case .male: EnumNames(en: "male", zh: "男", aliases: ["男性", "m"])
        case .female: EnumNames(en: "female", zh: "女", aliases: ["女性", "f"])
        }
    }
}
