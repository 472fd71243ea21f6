/// What kind of contact a visit was; a phone follow-up counts as a visit
/// but cannot look at housing or water.
public enum VisitKind: String, DomainEnum {
    case homeVisit = "home_visit"
    case survey
    case returnVisit = "return_visit"
    case verification, phone

    public static let fieldName = BilingualText(zh: "走访类型", en: "visit kind")

    public var names: EnumNames {
        switch self {
        case .homeVisit: EnumNames("走访慰问", "home visit", aliases: ["走访", "入户走访", "慰问"])
        case .survey: EnumNames("摸底调查", "survey", aliases: ["摸底", "排查", "摸排"])
        case .returnVisit: EnumNames("回访", "return visit")
        case .verification: EnumNames("入户核查", "verification", aliases: ["核查"])
        case .phone: EnumNames("电话回访", "phone follow-up", aliases: ["电话", "phone call"])
        }
    }
}
