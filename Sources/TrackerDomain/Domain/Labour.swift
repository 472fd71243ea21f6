import Bilingual

/// 劳动能力: a member's ability to work, the basis of employment measures.
public enum Labour: String, DomainEnum {
    case ordinary, skilled, weak, lost
    /// Named apart from its key so that `.none` never reads as `Optional.none`.
    case noLabour = "none"

    public static let fieldName = LocalizedText(en: "labour ability", zh: "劳动能力")

    public var names: EnumNames {
        switch self {
        case .ordinary: EnumNames(en: "ordinary labour", zh: "普通劳动力", aliases: ["普通"])
        case .skilled: EnumNames(en: "skilled labour", zh: "技能劳动力", aliases: ["技能"])
        case .weak: EnumNames(en: "weak labour", zh: "弱劳动力", aliases: ["弱劳动力或半劳动力", "半劳动力"])
        case .lost: EnumNames(en: "lost labour ability", zh: "丧失劳动力", aliases: ["丧失劳动能力"])
        case .noLabour: EnumNames(en: "no labour ability", zh: "无劳动力", aliases: ["无劳动能力"])
        }
    }
}
