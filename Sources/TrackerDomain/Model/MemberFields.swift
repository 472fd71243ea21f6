/// What `member add` (and the roster import) gives for one person.
public struct MemberFields: Sendable, Hashable {
    public var name: String
    public var relation: Relation
    public var sex: Sex?
    public var birthDate: CalendarDate?
    public var idNumber: ResidentID?
    public var health: Health?
    public var schooling: Schooling?
    public var grade: String?
    public var labour: Labour?
    public var medicalInsurance: Bool?
    public var pensionInsurance: Bool?

    public init(name: String, relation: Relation) {
        self.name = name
        self.relation = relation
    }
}
