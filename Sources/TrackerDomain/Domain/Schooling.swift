/// 文化程度/在校情况: a member's schooling, which decides whether the
/// compulsory-education item applies to the household.
public enum Schooling: String, DomainEnum {
    case preschool
    case inSchool = "in_school"
    case droppedOut = "dropped_out"
    case illiterate
    case primary, junior, senior, college

    public static let fieldName = BilingualText(zh: "在校情况", en: "schooling")

    public var names: EnumNames {
        switch self {
        case .preschool: EnumNames("学前", "preschool", aliases: ["学龄前", "学龄前儿童"])
        case .inSchool: EnumNames("在校", "in school", aliases: ["在校生", "在读"])
        case .droppedOut: EnumNames("辍学", "dropped out")
        case .illiterate: EnumNames("文盲或半文盲", "illiterate", aliases: ["文盲", "半文盲"])
        case .primary: EnumNames("小学", "primary school", aliases: ["primary"])
        case .junior: EnumNames("初中", "junior secondary", aliases: ["junior"])
        case .senior: EnumNames("高中", "senior secondary", aliases: ["senior", "中专", "高中或中专"])
        case .college: EnumNames("大专及以上", "college or above", aliases: ["大专", "本科", "本科及以上", "college"])
        }
    }
}
