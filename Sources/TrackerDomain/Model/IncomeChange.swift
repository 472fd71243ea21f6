/// The outcome of recording a year's income: the row now stored, and the
/// one it replaced, so the caller can say "replaced 2019 (was …)".
public struct IncomeChange: Sendable, Hashable {
    public var income: IncomeYear
    /// The year's previous row; nil when the year was new.
    public var replaced: IncomeYear?
    /// False when the values given equal the stored ones (nothing was written).
    public var changed: Bool

    public init(income: IncomeYear, replaced: IncomeYear?, changed: Bool) {
        self.income = income
        self.replaced = replaced
        self.changed = changed
    }
}
