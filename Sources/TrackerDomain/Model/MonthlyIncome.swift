/// A monitored household's net income in one month.
public struct MonthlyIncome: Sendable, Hashable {
    public var month: YearMonth
    public var net: Money
    public var householdSize: Int

    public init(month: YearMonth, net: Money, householdSize: Int) {
        self.month = month
        self.net = net
        self.householdSize = householdSize
    }

    /// The month's per-capita income over a year (× 12), to set against a
    /// yearly threshold.
    public var annualPerCapita: Money {
        Money(fen: net.fen * 12).perCapita(among: householdSize)
    }
}
