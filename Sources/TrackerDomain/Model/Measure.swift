/// An assistance measure (帮扶措施) a household received in a year.
public struct Measure: Sendable, Hashable, Identifiable {
    public let id: Int64
    public var householdID: Int64
    public var year: Int
    public var kind: MeasureKind
    public var note: String
    public var amount: Money?

    public init(id: Int64, householdID: Int64, year: Int, kind: MeasureKind, note: String, amount: Money?) {
        self.id = id
        self.householdID = householdID
        self.year = year
        self.kind = kind
        self.note = note
        self.amount = amount
    }
}
