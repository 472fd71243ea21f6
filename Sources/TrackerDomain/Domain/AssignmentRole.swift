/// The role in which an official is assigned to a household.
public enum AssignmentRole: String, DomainEnum {
    case responsible
    case residentCadre = "resident_cadre"
    case firstSecretary = "first_secretary"
    case pairedCadre = "paired_cadre"

    public static let fieldName = BilingualText(zh: "帮扶角色", en: "role")

    public var names: EnumNames {
        switch self {
        case .responsible: EnumNames("帮扶责任人", "responsible official", aliases: ["帮扶人", "结对帮扶责任人"])
        case .residentCadre: EnumNames("驻村干部", "village-based cadre", aliases: ["驻村工作队员", "驻村工作队"])
        case .firstSecretary: EnumNames("第一书记", "first secretary")
        case .pairedCadre: EnumNames("包保干部", "paired cadre", aliases: ["包联干部", "包保/包联干部", "包保", "包联"])
        }
    }
}
