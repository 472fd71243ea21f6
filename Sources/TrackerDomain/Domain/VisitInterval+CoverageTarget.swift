extension VisitInterval {
    /// The share of households that must be visited in a calendar month for
    /// the interval to be kept, in tenths of a percent (1000 = 100%): the
    /// line the monthly coverage is read against.
    ///
    /// - `monthly`, `per-month:N`: every household, every month (100%).
    /// - `every:N:months`: one household in N each month, visits spread
    ///   evenly (every:2:months → 50.0%).
    /// - `per-quarter:N`: N visits in three months; spread evenly, N/3 of the
    ///   households are visited each month, at most all of them
    ///   (per-quarter:1 → 33.3%, per-quarter:2 → 66.7%, 3 or more → 100%).
    ///
    /// Rounded half up, in integers so the figure is the same everywhere.
    public var monthlyCoverageTargetPermille: Int {
        switch self {
        case .monthly, .perMonth: 1000
        case .everyMonths(let n): (2000 + n) / (2 * n)
        case .perQuarter(let n): min(1000, (2000 * n + 3) / 6)
        }
    }
}
