/// The values `household add` and `household edit` may set; nil means
/// "not given" (add leaves the column empty, edit leaves it unchanged).
public struct HouseholdFields: Sendable, Hashable {
    public var code: String?
    public var headName: String?
    public var county: String?
    public var town: String?
    public var village: String?
    public var headIDNumber: ResidentID?
    public var phone: String?
    public var attribute: HouseholdAttribute?
    /// The main cause first; given as a whole, it replaces the causes.
    public var causes: [PovertyCause]?
    public var status: HouseholdStatus?
    public var liftedYear: Int?
    public var monitoringKind: MonitoringKind?
    public var size: Int?
    /// 建档日期: reports for months before it leave the household out.
    public var registeredOn: CalendarDate?

    public init() {}

    public var isEmpty: Bool { self == HouseholdFields() }
}
