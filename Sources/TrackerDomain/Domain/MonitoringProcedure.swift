import Bilingual
/// The two procedures of seven steps a case goes through.
public enum MonitoringProcedure: String, DomainEnum {
    /// 识别: from the clue to the household confirmed as monitored.
    case identification
    /// 风险消除: from the proposal to the risk removed.
    case removal

    public static let fieldName = LocalizedText(en: "procedure", zh: "程序")

    public var names: EnumNames {
        switch self {
        case .identification: EnumNames(en: "identification", zh: "识别")
        case .removal: EnumNames(en: "removal", zh: "风险消除")
        }
    }
}
