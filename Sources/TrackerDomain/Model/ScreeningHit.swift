import Bilingual
/// A household `monitor screen` puts forward, and why.
public struct ScreeningHit: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable {
        /// A lifted household whose per-capita income is below the year's threshold, not monitored.
        case belowThreshold = "below_threshold"
        /// A monitored household with a risk no measure answers.
        case unansweredRisk = "unanswered_risk"
        /// An open 不达标 item older than 30 days, with no open case: a clue.
        case failingItem = "failing_item"
    }

    public var household: Household
    public var reason: Reason
    public var detail: LocalizedText
    /// The case it concerns (unanswered risks).
    public var caseID: Int64?
    /// The rectification item that is the clue (failing items).
    public var itemID: Int64?
    /// The risk the item suggests, for the offered `monitor open`.
    public var suggestedRisk: MonitoringRisk?
    public var itemOpenedOn: CalendarDate?

    public init(household: Household, reason: Reason, detail: LocalizedText, caseID: Int64? = nil, itemID: Int64? = nil,
                suggestedRisk: MonitoringRisk? = nil, itemOpenedOn: CalendarDate? = nil) {
        self.household = household
        self.reason = reason
        self.detail = detail
        self.caseID = caseID
        self.itemID = itemID
        self.suggestedRisk = suggestedRisk
        self.itemOpenedOn = itemOpenedOn
    }
}
