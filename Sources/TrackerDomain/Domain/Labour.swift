/// 劳动能力: a member's ability to work, the basis of employment measures.
public enum Labour: String, DomainEnum {
    case ordinary, skilled, weak, lost
    /// Named apart from its key so that `.none` never reads as `Optional.none`.
    case noLabour = "none"

    public static let fieldName = BilingualText(zh: "劳动能力", en: "labour ability")

    public var names: EnumNames {
        switch self {
        case .ordinary: EnumNames("普通劳动力", "ordinary labour", aliases: ["普通"])
        case .skilled: EnumNames("技能劳动力", "skilled labour", aliases: ["技能"])
        case .weak: EnumNames("弱劳动力", "weak labour", aliases: ["弱劳动力或半劳动力", "半劳动力"])
        case .lost: EnumNames("丧失劳动力", "lost labour ability", aliases: ["丧失劳动能力"])
        case .noLabour: EnumNames("无劳动力", "no labour ability", aliases: ["无劳动能力"])
        }
    }
}
