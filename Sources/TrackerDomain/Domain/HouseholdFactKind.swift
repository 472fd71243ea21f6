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

    public static let fieldName = BilingualText(zh: "户情事项", en: "household fact")

    public var names: EnumNames {
        switch self {
        case .status: EnumNames("脱贫状态", "status")
        case .attribute: EnumNames("贫困户属性", "attribute")
        case .village: EnumNames("所在村", "village")
        case .size: EnumNames("家庭人口", "household size")
        case .head: EnumNames("户主", "head of household")
        }
    }
}
