import Bilingual

/// How a pensioner's yearly eligibility check (生存认证) was done; home
/// visits are for the frail who can use neither the app nor a window.
public enum PensionCheckMethod: String, DomainEnum {
    case app, window
    case homeVisit = "home_visit"

    public static let fieldName = LocalizedText(en: "check method", zh: "认证方式")

    public var names: EnumNames {
        switch self {
        case .app: EnumNames(en: "phone app", zh: "手机APP", aliases: ["手机", "APP认证", "人脸识别"])
        case .window: EnumNames(en: "service window", zh: "服务窗口", aliases: ["窗口"])
        case .homeVisit: EnumNames(en: "home visit", zh: "上门认证", aliases: ["上门"])
        }
    }
}
