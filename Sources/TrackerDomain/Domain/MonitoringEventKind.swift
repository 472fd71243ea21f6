import Bilingual
/// What happened to a monitoring case on a day. The latest event on or
/// before a day gives the case's state then (`state`).
public enum MonitoringEventKind: String, DomainEnum {
    /// The clue was taken up: identification starts.
    case opened
    /// Identified: the household is monitored.
    case confirmed
    /// A step of the identification failed: the household is not monitored.
    case dismissed
    /// Removal of the risk starts (its own seven steps).
    case removalProposed = "removal_proposed"
    /// The risk is removed (风险消除).
    case removed
    /// A step of the removal failed: the household stays monitored.
    case removalRejected = "removal_rejected"
    /// 回退: a removal taken back; monitored again.
    case takenBack = "taken_back"
    /// 再标注: a removed household flagged again.
    case reflagged

    public static let fieldName = LocalizedText(en: "event", zh: "监测事项")

    /// The case's state after this event.
    public var state: MonitoringState {
        switch self {
        case .opened: .identifying
        case .confirmed, .removalRejected, .takenBack, .reflagged: .monitored
        case .dismissed: .dismissed
        case .removalProposed: .removing
        case .removed: .removed
        }
    }

    public var names: EnumNames {
        switch self {
        case .opened: EnumNames(en: "opened", zh: "立案核实")
        case .confirmed: EnumNames(en: "confirmed", zh: "确认为监测对象")
        case .dismissed: EnumNames(en: "dismissed", zh: "未纳入监测")
        case .removalProposed: EnumNames(en: "removal proposed", zh: "启动风险消除")
        case .removed: EnumNames(en: "risk removed", zh: "风险消除")
        case .removalRejected: EnumNames(en: "removal rejected", zh: "风险消除未通过")
        case .takenBack: EnumNames(en: "removal taken back", zh: "回退")
        case .reflagged: EnumNames(en: "flagged again", zh: "再标注")
        }
    }
}
