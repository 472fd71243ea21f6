/// Bounds on years and amounts, checked before writing so the user gets a
/// message naming the option rather than a CHECK constraint failure.
package enum MoneyRules {
    static let years = 1978...2100
    /// No component of a poor household's yearly income, and no single
    /// measure, comes near ten million yuan; a larger figure is a typo
    /// (an extra digit, fen typed as yuan). It also keeps sums far from overflow.
    static let maximumAmount = Money(yuan: 10_000_000)
    /// A per-person yearly line is thousands of yuan; 100,000 is a typo.
    package static let maximumLine = Money(yuan: 100_000)

    package static func checkYear(_ year: Int) throws(TrackerError) {
        guard years.contains(year) else {
            throw TrackerError(.invalidInput, en: "--year must be between 1978 and 2100 (got \(year))",
                               zh: "--year 须在 1978 到 2100 之间（输入为 \(year)）")
        }
    }

    /// A non-negative amount up to the maximum; `mayBeNegative` for net
    /// business income, which is a loss in a bad year.
    package static func checkAmount(_ amount: Money, option: String, mayBeNegative: Bool = false,
                                    limit: Money = maximumAmount) throws(TrackerError) {
        if amount.fen < 0, !mayBeNegative {
            throw TrackerError(.invalidInput, en: "\(option) must not be negative (got \(amount))",
                               zh: "\(option) 不能为负数（输入为 \(amount)）")
        }
        if amount.fen.magnitude > limit.fen.magnitude {
            throw TrackerError(.invalidInput,
                en: "\(option) \(amount.formatted(grouping: true)) is more than \(limit.formatted(grouping: true)) yuan; check for an extra digit",
                zh: "\(option) \(amount.formatted(grouping: true)) 超过 \(limit.formatted(grouping: true)) 元；请检查是否多输了位数")
        }
    }
}
