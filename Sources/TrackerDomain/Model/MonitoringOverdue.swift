import Bilingual
/// Why a monitoring case is listed as overdue on a day.
public enum MonitoringOverdue: Sendable, Hashable {
    /// The clue is more than 15 days old and the county has not decided.
    case decisionLate(clue: CalendarDate, due: CalendarDate, daysLate: Int)
    /// A 公示 recorded shorter than five days (made outside tracker's rules).
    case shortNotice(from: CalendarDate, to: CalendarDate, days: Int)

    /// A stable English key, for JSON.
    public var key: String {
        switch self {
        case .decisionLate: "decision_late"
        case .shortNotice: "short_notice"
        }
    }

    public var message: LocalizedText {
        switch self {
        case let .decisionLate(clue, due, days):
            LocalizedText(en: "no decision on the clue of \(clue): \(days) days past the 15-day limit (\(due))", zh: "线索 \(clue) 至今未认定，已超过 15 天期限（\(due)）\(days) 天")
        case let .shortNotice(from, to, days):
            LocalizedText(en: "the notice from \(from) to \(to) ran \(days) days, under 5", zh: "公示 \(from) 至 \(to) 仅 \(days) 天，不足 5 天")
        }
    }
}
