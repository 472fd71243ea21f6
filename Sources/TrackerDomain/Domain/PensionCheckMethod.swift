/// How a pensioner's yearly eligibility check (生存认证) was done; home
/// visits are for the frail who can use neither the app nor a window.
public enum PensionCheckMethod: String, DomainEnum {
    case app, window
    case homeVisit = "home_visit"

    public static let fieldName = BilingualText(zh: "认证方式", en: "check method")

    public var names: EnumNames {
        switch self {
        case .app: EnumNames("手机APP", "phone app", aliases: ["手机", "APP认证", "人脸识别"])
        case .window: EnumNames("服务窗口", "service window", aliases: ["窗口"])
        case .homeVisit: EnumNames("上门认证", "home visit", aliases: ["上门"])
        }
    }
}
