import Bilingual
/// Where a monitoring case stands.
public enum MonitoringState: String, DomainEnum {
    /// Opened on a clue; the identification steps are under way.
    case identifying
    /// Identified: the household is a 监测对象.
    case monitored
    /// Removal of the risk is under way; still monitored until it ends.
    case removing
    /// The risk was removed (风险消除); the case is closed unless taken back.
    case removed
    /// Not identified; the case is closed.
    case dismissed

    public static let fieldName = LocalizedText(en: "case state", zh: "监测状态")

    /// Identifying, monitored or removing: the case still asks for work.
    public var isOpen: Bool { self != .removed && self != .dismissed }

    /// Which procedure's steps a case in this state records, if any.
    public var procedure: MonitoringProcedure? {
        switch self {
        case .identifying: .identification
        case .removing: .removal
        default: nil
        }
    }

    public var names: EnumNames {
        switch self {
        case .identifying: EnumNames(en: "identifying", zh: "识别中")
        case .monitored: EnumNames(en: "monitored", zh: "监测中")
        case .removing: EnumNames(en: "removing", zh: "消除中")
        case .removed: EnumNames(en: "removed", zh: "已消除")
        case .dismissed: EnumNames(en: "dismissed", zh: "未纳入")
        }
    }
}
