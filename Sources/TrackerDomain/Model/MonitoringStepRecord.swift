/// One step of an identification or a removal, as recorded.
public struct MonitoringStepRecord: Sendable, Hashable, Identifiable {
    public let id: Int64
    /// The event that started its procedure.
    public var procedureID: Int64
    public var procedure: MonitoringProcedure
    public var step: MonitoringStep
    public var date: CalendarDate
    /// Who did it: a person or a body (村委会, 陈集镇人民政府).
    public var by: String
    public var outcome: StepOutcome
    /// 入户核实: whether the household signed its consent.
    public var consent: Bool?
    /// 村级评议: the votes for and against.
    public var votesFor: Int?
    public var votesAgainst: Int?
    /// 村内公示: the first and last day of the notice.
    public var noticeFrom: CalendarDate?
    public var noticeTo: CalendarDate?
    /// 县级审定 later than 15 days after the clue: why.
    public var lateReason: String?
    public var note: String?

    public init(id: Int64, procedureID: Int64, procedure: MonitoringProcedure, step: MonitoringStep,
                date: CalendarDate, by: String, outcome: StepOutcome) {
        self.id = id
        self.procedureID = procedureID
        self.procedure = procedure
        self.step = step
        self.date = date
        self.by = by
        self.outcome = outcome
    }

    /// The notice's length in days, its first and last day included.
    public var noticeDays: Int? {
        guard let noticeFrom, let noticeTo else { return nil }
        return noticeFrom.days(to: noticeTo) + 1
    }
}
