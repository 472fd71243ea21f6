/// A step as the user gives it, before the rules have looked at it.
public struct StepDraft: Sendable, Hashable {
    public var step: MonitoringStep
    public var date: CalendarDate?
    public var by: String
    public var outcome: StepOutcome
    public var consent: Bool
    public var votesFor: Int?
    public var votesAgainst: Int?
    public var noticeFrom: CalendarDate?
    public var noticeTo: CalendarDate?
    public var lateReason: String?
    public var note: String?

    public init(step: MonitoringStep, date: CalendarDate? = nil, by: String, outcome: StepOutcome = .passed,
                consent: Bool = false, votesFor: Int? = nil, votesAgainst: Int? = nil,
                noticeFrom: CalendarDate? = nil, noticeTo: CalendarDate? = nil, lateReason: String? = nil,
                note: String? = nil) {
        self.step = step
        self.date = date
        self.by = by
        self.outcome = outcome
        self.consent = consent
        self.votesFor = votesFor
        self.votesAgainst = votesAgainst
        self.noticeFrom = noticeFrom
        self.noticeTo = noticeTo
        self.lateReason = lateReason
        self.note = note
    }
}
