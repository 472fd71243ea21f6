/// A person of a household, the head included.
public struct Member: Sendable, Hashable, Identifiable {
    public let id: Int64
    public var householdID: Int64
    public var name: String
    public var relation: Relation
    public var sex: Sex?
    public var birthDate: CalendarDate?
    public var idNumber: String?
    public var health: Health?
    public var schooling: Schooling?
    public var grade: String?
    public var labour: Labour?
    public var medicalInsurance: Bool?
    public var pensionInsurance: Bool?
    /// Set when the person left the household (`member remove`); they stay in its history.
    public var leftOn: CalendarDate?
    public var leftReason: MemberLeaveReason?

    public init(id: Int64, householdID: Int64, name: String, relation: Relation, sex: Sex? = nil,
                birthDate: CalendarDate? = nil, idNumber: String? = nil, health: Health? = nil,
                schooling: Schooling? = nil, grade: String? = nil, labour: Labour? = nil,
                medicalInsurance: Bool? = nil, pensionInsurance: Bool? = nil, leftOn: CalendarDate? = nil,
                leftReason: MemberLeaveReason? = nil) {
        self.leftOn = leftOn
        self.leftReason = leftReason
        self.id = id
        self.householdID = householdID
        self.name = name
        self.relation = relation
        self.sex = sex
        self.birthDate = birthDate
        self.idNumber = idNumber
        self.health = health
        self.schooling = schooling
        self.grade = grade
        self.labour = labour
        self.medicalInsurance = medicalInsurance
        self.pensionInsurance = pensionInsurance
    }
}
