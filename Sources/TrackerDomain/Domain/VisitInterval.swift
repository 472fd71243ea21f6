import Bilingual

/// How often each household must be visited. Places differ (seen: at least
/// once a month, every 2 months, 2 per quarter, twice a month), so it is
/// configuration (`SettingsStore`), not a constant.
///
/// Each form says when a household is **due** (a visit is needed and its
/// deadline has not passed) and when it is **overdue** (the deadline passed
/// without the visit), as of `today`:
///
/// - `perQuarter(n)` (`per-quarter:N`): due while it has fewer than `n`
///   visits in the current quarter (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec), by
///   the quarter's last day. Overdue only once a quarter has ended: the
///   previous quarter ended with fewer than `n` visits and there has been no
///   visit since. In the middle of a quarter a household visited once of
///   twice is due, not overdue.
/// - `perMonth(n)` (`per-month:N`): the same by calendar month.
/// - `monthly`: `per-month:1`.
/// - `everyMonths(n)` (`every:N:months`): the next visit is due by the last
///   visit + `n` calendar months (2020-04-15 with n = 2: by 2020-06-15; a day
///   the month lacks becomes its last day). Due from the first day of the
///   deadline's month, overdue the day after the deadline.
///
/// A household never visited counts from its registration: under the
/// counted forms it is overdue when it was registered before the current
/// period (or its registration is unknown), else due; under `everyMonths`
/// its deadline is registration + `n` months, and with no registration it
/// is overdue with no known deadline. Every visit counts, a phone follow-up included.
///
/// Stored as text: `monthly`, `every:N:months`, `per-quarter:N`, `per-month:N`.
public enum VisitInterval: Hashable, Sendable, CustomStringConvertible {
    case monthly
    case everyMonths(Int)
    case perQuarter(Int)
    case perMonth(Int)

    /// What applies when nothing is configured.
    public static let standard = VisitInterval.monthly

    public static let fieldName = LocalizedText(en: "visit interval", zh: "走访频次")
    static let everyMonthsRange = 1...12
    static let perQuarterRange = 1...90
    static let perMonthRange = 1...31

    /// The accepted forms, for error messages and help.
    public static let acceptedForms = LocalizedText(
        en: "monthly (at least once a calendar month), every:N:months (N 1–12), per-quarter:N (N 1–90), per-month:N (N 1–31)",
        zh: "monthly（每月至少一次）、every:N:months（每 N 个月至少一次，N 为 1–12）、per-quarter:N（每季度至少 N 次，N 为 1–90）、per-month:N（每月至少 N 次，N 为 1–31）")

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
                                reason: LocalizedText(en: "expected one of: " + Self.acceptedForms.en,
                                                      zh: "可用的写法：" + Self.acceptedForms.zh))
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

    /// The counted period (calendar month or quarter) containing `date`,
    /// with the visits it asks for; nil for `everyMonths`.
    public func countedPeriod(containing date: CalendarDate) -> (start: CalendarDate, end: CalendarDate, required: Int)? {
        switch self {
        case .everyMonths: return nil
        case .monthly: return (date.firstOfMonth, date.lastOfMonth, 1)
        case .perMonth(let n): return (date.firstOfMonth, date.lastOfMonth, n)
        case .perQuarter(let n):
            let start = CalendarDate(year: date.year, month: (date.month - 1) / 3 * 3 + 1, day: 1)!
            return (start, start.adding(months: 2).lastOfMonth, n)
        }
    }

    /// Whether a household is due or overdue as of `today`, and its
    /// deadlines; nil when no visit is needed yet (see the type's summary).
    /// `visitsInPeriod` and `visitsInPreviousPeriod` count its visits in the
    /// current counted period up to `today` and in the one before; only the
    /// counted forms use them.
    public func standing(lastVisit: CalendarDate?, visitsInPeriod: Int, visitsInPreviousPeriod: Int,
                         registeredOn: CalendarDate?, asOf today: CalendarDate)
        -> (state: VisitDueState, dueBy: CalendarDate?, missedDeadline: CalendarDate?)?
    {
        if let period = countedPeriod(containing: today) {
            guard visitsInPeriod < period.required else { return nil }
            let previousEnd = period.start.adding(days: -1)
            let existedThen = registeredOn.map { $0 <= previousEnd } ?? true
            if visitsInPeriod == 0 && visitsInPreviousPeriod < period.required && existedThen {
                return (.overdue, period.end, previousEnd)
            }
            return (.due, period.end, nil)
        }
        guard case .everyMonths(let n) = self else { preconditionFailure("only everyMonths has no counted period") }
        guard let base = lastVisit ?? registeredOn else { return (.overdue, nil, nil) }
        let deadline = base.adding(months: n)
        if deadline < today { return (.overdue, deadline, deadline) }
        if deadline.firstOfMonth <= today { return (.due, deadline, nil) }
        return nil
    }
}
