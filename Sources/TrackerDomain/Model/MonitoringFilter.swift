/// Which cases `monitor list` and the notice cover.
public struct MonitoringFilter: Sendable, Hashable {
    public var town: String?
    public var village: String?
    public var state: MonitoringState?
    /// Only cases with something overdue.
    public var overdueOnly = false

    public init(town: String? = nil, village: String? = nil, state: MonitoringState? = nil, overdueOnly: Bool = false) {
        self.town = town.map(TextRules.canonical)
        self.village = village.map(TextRules.canonical)
        self.state = state
        self.overdueOnly = overdueOnly
    }
}
