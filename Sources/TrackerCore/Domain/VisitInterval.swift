/// How often each household must be visited. Places differ (seen: at least
/// once a month, every 2 months, 2 per quarter, twice a month), so it is
/// configuration (`SettingsStore`), not a constant.
///
/// When a household is due, as of `today`:
/// - `monthly`: no visit yet in the current calendar month (the last visit
///   is before its first day). Due since the first day of the month after
///   the last visit.
/// - `everyMonths(n)`: `n` calendar months have passed since the last visit
///   (2020-04-15 with n = 2 is due from 2020-06-15; a day the month lacks
///   becomes its last day: 2020-03-31 + 1 month = 2020-04-30). Due since that day.
/// - `perQuarter(n)`: fewer than `n` visits so far in the current quarter
///   (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec). Due since the quarter's first day.
/// - `perMonth(n)`: fewer than `n` visits so far in the current calendar
///   month. Due since the month's first day.
///
/// A household never visited is always due, with no "since". Every visit
/// counts, a phone follow-up included.
///
/// Stored as text: `monthly`, `every:N:months`, `per-quarter:N`, `per-month:N`.
public enum VisitInterval: Hashable, Sendable, CustomStringConvertible {
    case monthly
    case everyMonths(Int)
    case perQuarter(Int)
    case perMonth(Int)

    /// What applies when nothing is configured.
    public static let standard = VisitInterval.monthly

    public static let fieldName = BilingualText(zh: "走访频次", en: "visit interval")
    static let everyMonthsRange = 1...12
    static let perQuarterRange = 1...90
    static let perMonthRange = 1...31

    /// The accepted forms, for error messages and help.
    public static let acceptedForms = BilingualText(
        zh: "monthly（每月至少一次）、every:N:months（每 N 个月至少一次，N 为 1–12）、per-quarter:N（每季度至少 N 次，N 为 1–90）、per-month:N（每月至少 N 次，N 为 1–31）",
        en: "monthly (at least once a calendar month), every:N:months (N 1–12), per-quarter:N (N 1–90), per-month:N (N 1–31)")

    /// Reads the stored form, exactly (surrounding whitespace aside): the
    /// setting decides who appears as overdue, so nothing is guessed.
    public init(_ text: String) throws(DomainError) {
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        func count(_ part: String, in range: ClosedRange<Int>) -> Int? {
            // Plain ASCII digits without a leading zero: "02" or "+2" is not a form we write.
            guard !part.hasPrefix("0"), let value = ASCIIDigits.value(part.utf8), range.contains(value) else { return nil }
            return value
        }
        let parsed: VisitInterval? =
            switch (parts.count, parts.first) {
            case (1, "monthly"): .monthly
            case (3, "every") where parts[2] == "months": count(parts[1], in: Self.everyMonthsRange).map(Self.everyMonths)
            case (2, "per-quarter"): count(parts[1], in: Self.perQuarterRange).map(Self.perQuarter)
            case (2, "per-month"): count(parts[1], in: Self.perMonthRange).map(Self.perMonth)
            default: nil
            }
        guard let parsed else {
            throw .invalidValue(field: Self.fieldName, value: text,
                                reason: BilingualText(zh: "可用的写法：" + Self.acceptedForms.zh,
                                                      en: "expected one of: " + Self.acceptedForms.en))
        }
        self = parsed
    }

    /// The stored form, which `init(_:)` reads back.
    public var description: String {
        switch self {
        case .monthly: "monthly"
        case .everyMonths(let n): "every:\(n):months"
        case .perQuarter(let n): "per-quarter:\(n)"
        case .perMonth(let n): "per-month:\(n)"
        }
    }

    /// A phrase for people: "每季度至少 2 次", "at least 2 visits a quarter".
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.monthly, .zh): "每月至少走访一次"
        case (.monthly, .en): "at least one visit each calendar month"
        case (.everyMonths(let n), .zh): "每 \(n) 个月至少走访一次"
        case (.everyMonths(let n), .en): n == 1 ? "a visit every month" : "a visit every \(n) months"
        case (.perQuarter(let n), .zh): "每季度至少走访 \(n) 次"
        case (.perQuarter(let n), .en): "at least \(n) visit\(n == 1 ? "" : "s") a quarter"
        case (.perMonth(let n), .zh): "每月至少走访 \(n) 次"
        case (.perMonth(let n), .en): "at least \(n) visit\(n == 1 ? "" : "s") a month"
        }
    }

    /// The first day of the period whose visits are counted (current quarter
    /// or month) for the counted forms; nil for the others.
    public func countingPeriodStart(asOf today: CalendarDate) -> CalendarDate? {
        switch self {
        case .monthly, .everyMonths: nil
        case .perQuarter: CalendarDate(year: today.year, month: (today.month - 1) / 3 * 3 + 1, day: 1)!
        case .perMonth: today.firstOfMonth
        }
    }

    /// Whether a household is due as of `today`. `visitsInPeriod` counts
    /// its visits from `countingPeriodStart(asOf:)` to `today`; only the
    /// counted forms use it.
    public func isDue(lastVisit: CalendarDate?, visitsInPeriod: Int, asOf today: CalendarDate) -> Bool {
        guard let lastVisit else { return true }
        switch self {
        case .monthly: return lastVisit < today.firstOfMonth
        case .everyMonths(let n): return lastVisit.adding(months: n) <= today
        case .perQuarter(let n), .perMonth(let n): return visitsInPeriod < n
        }
    }

    /// The day a due household became due (see the type's summary); nil
    /// for a household never visited.
    public func dueSince(lastVisit: CalendarDate?, asOf today: CalendarDate) -> CalendarDate? {
        guard let lastVisit else { return nil }
        switch self {
        case .monthly: return lastVisit.yearMonth.next.firstDay
        case .everyMonths(let n): return lastVisit.adding(months: n)
        case .perQuarter, .perMonth: return countingPeriodStart(asOf: today)
        }
    }
}
