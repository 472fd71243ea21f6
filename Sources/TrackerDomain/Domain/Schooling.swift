import Bilingual

/// 文化程度/在校情况: a member's schooling, which decides whether the
/// compulsory-education item applies to the household.
public enum Schooling: String, DomainEnum {
    case preschool
    case inSchool = "in_school"
    case droppedOut = "dropped_out"
    case illiterate
    case primary, junior, senior, college

    public static let fieldName = LocalizedText(en: "schooling", zh: "在校情况")

    public var names: EnumNames {
        switch self {
        case .preschool: EnumNames(en: "preschool", zh: "学前", aliases: ["学龄前", "学龄前儿童"])
        case .inSchool: EnumNames(en: "in school", zh: "在校", aliases: ["在校生", "在读"])
        case .droppedOut: EnumNames(en: "dropped out", zh: "辍学")
        case .illiterate: EnumNames(en: "illiterate", zh: "文盲或半文盲", aliases: ["文盲", "半文盲"])
        case .primary: EnumNames(en: "primary school", zh: "小学", aliases: ["primary"])
        case .junior: EnumNames(en: "junior secondary", zh: "初中", aliases: ["junior"])
        case .senior: EnumNames(en: "senior secondary", zh: "高中", aliases: ["senior", "中专", "高中或中专"])
        case .college: EnumNames(en: "college or above", zh: "大专及以上", aliases: ["大专", "本科", "本科及以上", "college"])
        }
    }
}
