import Bilingual

/// What kind of contact a visit was; a phone follow-up counts as a visit
/// but cannot look at housing or water.
public enum VisitKind: String, DomainEnum {
    case homeVisit = "home_visit"
    case survey
    case returnVisit = "return_visit"
    case verification, phone

    public static let fieldName = LocalizedText(en: "visit kind", zh: "走访类型")

    public var names: EnumNames {
        switch self {
        case .homeVisit: EnumNames(en: "home visit", zh: "走访慰问", aliases: ["走访", "入户走访", "慰问"])
        case .survey: EnumNames(en: "survey", zh: "摸底调查", aliases: ["摸底", "排查", "摸排"])
        case .returnVisit: EnumNames(en: "return visit", zh: "回访")
        case .verification: EnumNames(en: "verification", zh: "入户核查", aliases: ["核查"])
        case .phone: EnumNames(en: "phone follow-up", zh: "电话回访", aliases: ["电话", "phone call"])
        }
    }
}
