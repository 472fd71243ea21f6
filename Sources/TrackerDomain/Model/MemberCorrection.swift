/// What `member edit` changes; nil leaves a field as it was.
public struct MemberCorrection: Sendable, Hashable {
    public var name: String?
    /// Any relation but 户主: the head changes with `household head`.
    public var relation: Relation?
    public var sex: Sex?
    public var birthDate: CalendarDate?
    public var idNumber: ResidentID?
    public var health: Health?
    public var schooling: Schooling?
    public var grade: String?
    public var labour: Labour?
    public var medicalInsurance: Bool?
    public var pensionInsurance: Bool?

    public init() {}

    public var isEmpty: Bool { self == MemberCorrection() }
}
