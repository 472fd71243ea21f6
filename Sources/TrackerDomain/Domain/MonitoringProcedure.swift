/// The two procedures of seven steps a case goes through.
public enum MonitoringProcedure: String, DomainEnum {
    /// 识别: from the clue to the household confirmed as monitored.
    case identification
    /// 风险消除: from the proposal to the risk removed.
    case removal

    public static let fieldName = BilingualText(zh: "程序", en: "procedure")

    public var names: EnumNames {
        switch self {
        case .identification: EnumNames("识别", "identification")
        case .removal: EnumNames("风险消除", "removal")
        }
    }
}
