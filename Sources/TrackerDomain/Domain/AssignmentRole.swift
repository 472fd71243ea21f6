import Bilingual

/// The role in which an official is assigned to a household.
public enum AssignmentRole: String, DomainEnum {
    case responsible
    case residentCadre = "resident_cadre"
    case firstSecretary = "first_secretary"
    case pairedCadre = "paired_cadre"

    public static let fieldName = LocalizedText(en: "role", zh: "帮扶角色")

    public var names: EnumNames {
        switch self {
        case .responsible: EnumNames(en: "responsible official", zh: "帮扶责任人", aliases: ["帮扶人", "结对帮扶责任人"])
        case .residentCadre: EnumNames(en: "village-based cadre", zh: "驻村干部", aliases: ["驻村工作队员", "驻村工作队"])
        case .firstSecretary: EnumNames(en: "first secretary", zh: "第一书记")
        case .pairedCadre: EnumNames(en: "paired cadre", zh: "包保干部", aliases: ["包联干部", "包保/包联干部", "包保", "包联"])
        }
    }
}
