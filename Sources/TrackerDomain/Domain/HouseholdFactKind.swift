import Bilingual

/// What a dated household fact is about: the parts of a household's record
/// that change over the years and that a monthly report shows as they stood.
public enum HouseholdFactKind: String, DomainEnum {
    /// 脱贫状态, with the lifted year and the monitoring kind.
    case status
    case attribute
    /// The village the household lives in.
    case village
    case size
    /// 户主.
    case head

    public static let fieldName = LocalizedText(en: "household fact", zh: "户情事项")

    public var names: EnumNames {
        switch self {
        case .status: EnumNames(en: "status", zh: "脱贫状态")
        case .attribute: EnumNames(en: "attribute", zh: "贫困户属性")
        case .village: EnumNames(en: "village", zh: "所在村")
        case .size: EnumNames(en: "household size", zh: "家庭人口")
        case .head: EnumNames(en: "head of household", zh: "户主")
        }
    }
}
