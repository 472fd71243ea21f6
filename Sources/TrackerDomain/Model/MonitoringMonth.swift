/// A household's monitoring (防止返贫监测) as the monthly report counts it:
/// as of the report's last day, and what happened within the month.
public struct MonitoringMonth: Sendable, Hashable {
    /// 监测对象类型 at month end, from the household's dated status.
    public var kind: MonitoringKind?
    /// The risks of the case open at month end (or closed within the month).
    public var risks: [MonitoringRisk] = []
    /// That case's state at month end.
    public var caseState: MonitoringState?
    /// Confirmed as monitored (or flagged again) within the month.
    public var identified = false
    /// Risk removed within the month.
    public var removed = false
    /// What was overdue in the case at month end (see `MonitoringRules.overdue`).
    public var overdueSteps = 0

    public init(kind: MonitoringKind? = nil) { self.kind = kind }

    /// The case open at month end, or closed within the month, for a
    /// household's cases: what the report's row shows.
    public init(kind: MonitoringKind?, cases: [MonitoringCase], from first: CalendarDate, to last: CalendarDate) {
        self.kind = kind
        let shown = cases.filter { found in
            guard let state = found.state(on: last) else { return false }
            return state.isOpen || found.events.contains { $0.date >= first && $0.date <= last }
        }
        guard let found = shown.first(where: { $0.state(on: last)?.isOpen ?? false }) ?? shown.last else { return }
        risks = found.risks
        caseState = found.state(on: last)
        let inMonth = found.events.filter { $0.date >= first && $0.date <= last }
        identified = inMonth.contains { $0.kind == .confirmed || $0.kind == .reflagged }
        removed = inMonth.contains { $0.kind == .removed }
        overdueSteps = MonitoringRules.overdue(found, on: last).count
    }

    /// Whether the household's case is open at month end.
    public var isOpen: Bool { caseState?.isOpen ?? false }
}
