import Bilingual
/// How a monitoring case started: the household applied, a cadre found it on
/// a visit, or another department's list warned of it.
public enum MonitoringSource: String, DomainEnum {
    case householdApplication = "household_application"
    case cadreScreening = "cadre_screening"
    case departmentWarning = "department_warning"

    public static let fieldName = LocalizedText(en: "source", zh: "线索来源")

    public var names: EnumNames {
        switch self {
        case .householdApplication: EnumNames(en: "household applied", zh: "农户自主申报", short: "申报", aliases: ["自主申报", "application"])
        case .cadreScreening: EnumNames(en: "cadre screening", zh: "基层干部排查", short: "排查", aliases: ["干部排查", "screening"])
        case .departmentWarning: EnumNames(en: "department warning", zh: "部门筛查预警", short: "预警", aliases: ["部门预警", "warning"])
        }
    }
}
