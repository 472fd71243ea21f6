/// A household's income for one year, compared with that year's poverty line.
public struct IncomeYear: Sendable, Hashable {
    public var year: Int
    public var wage: Money
    public var business: Money
    public var property: Money
    public var transfer: Money
    public var householdSize: Int
    /// The national (or configured) line for the year, when one is recorded.
    public var line: PovertyLine?

    public init(year: Int, wage: Money, business: Money, property: Money, transfer: Money, householdSize: Int,
                line: PovertyLine? = nil) {
        self.year = year
        self.wage = wage
        self.business = business
        self.property = property
        self.transfer = transfer
        self.householdSize = householdSize
        self.line = line
    }

    /// Net household income: the four kinds together.
    public var total: Money { Money(fen: wage.fen + business.fen + property.fen + transfer.fen) }

    /// 人均纯收入: total divided by household size.
    public var perCapita: Money { total.perCapita(among: householdSize) }

    /// The per-capita income against the line (达到 / 未达到); nil without a line.
    public var standing: LineStanding? { line.map { LineStanding(perCapita, line: $0.amount) } }

    /// Whether the per-capita income is below the line; nil without a line.
    public var isBelowLine: Bool? { standing.map { $0 == .below } }
}

/// A per-person yearly poverty line.
public struct PovertyLine: Sendable, Hashable {
    public var year: Int
    public var region: String
    public var amount: Money
    public var approximate: Bool
    public var note: String?

    public init(year: Int, region: String, amount: Money, approximate: Bool, note: String?) {
        self.year = year
        self.region = region
        self.amount = amount
        self.approximate = approximate
        self.note = note
    }
}
