/// How a monitoring case started: the household applied, a cadre found it on
/// a visit, or another department's list warned of it.
public enum MonitoringSource: String, DomainEnum {
    case householdApplication = "household_application"
    case cadreScreening = "cadre_screening"
    case departmentWarning = "department_warning"

    public static let fieldName = BilingualText(zh: "线索来源", en: "source")

    public var names: EnumNames {
        switch self {
        case .householdApplication: EnumNames("农户自主申报", "household applied", short: "申报", aliases: ["自主申报", "application"])
        case .cadreScreening: EnumNames("基层干部排查", "cadre screening", short: "排查", aliases: ["干部排查", "screening"])
        case .departmentWarning: EnumNames("部门筛查预警", "department warning", short: "预警", aliases: ["部门预警", "warning"])
        }
    }
}
