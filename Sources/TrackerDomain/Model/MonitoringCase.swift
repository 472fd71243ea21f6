/// A household's monitoring case (防止返贫监测): from the clue through
/// identification, measures and removal of the risk, with everything that
/// happened to it.
public struct MonitoringCase: Sendable, Hashable, Identifiable {
    public let id: Int64
    public var household: Household
    public var kind: MonitoringKind
    public var source: MonitoringSource
    /// The day of the first clue; the decision is due 15 days after it.
    public var clueOn: CalendarDate
    /// The rectification item (a visit's failing check) that gave the clue.
    public var rectificationID: Int64?
    /// The status the household had before the case; it returns to it when
    /// the risk is removed.
    public var priorStatus: HouseholdStatus
    public var priorLiftedYear: Int?
    public var note: String?
    public var risks: [MonitoringRisk]
    /// Oldest first.
    public var events: [MonitoringEventRecord]
    /// Of every procedure, oldest first.
    public var steps: [MonitoringStepRecord]
    public var measures: [RiskMeasure]

    public init(id: Int64, household: Household, kind: MonitoringKind, source: MonitoringSource, clueOn: CalendarDate,
                rectificationID: Int64? = nil, priorStatus: HouseholdStatus, priorLiftedYear: Int? = nil,
                note: String? = nil, risks: [MonitoringRisk] = [], events: [MonitoringEventRecord] = [],
                steps: [MonitoringStepRecord] = [], measures: [RiskMeasure] = []) {
        self.id = id
        self.household = household
        self.kind = kind
        self.source = source
        self.clueOn = clueOn
        self.rectificationID = rectificationID
        self.priorStatus = priorStatus
        self.priorLiftedYear = priorLiftedYear
        self.note = note
        self.risks = risks
        self.events = events
        self.steps = steps
        self.measures = measures
    }

    /// The state its latest event left it in.
    public var state: MonitoringState { events.last?.kind.state ?? .identifying }

    /// The state on `day`: after the latest event on or before it; nil
    /// before the case was opened.
    public func state(on day: CalendarDate) -> MonitoringState? {
        events.last { $0.date <= day }?.kind.state
    }

    /// The event that started the procedure under way (opened or
    /// removal_proposed); nil when none is.
    public var currentProcedure: MonitoringEventRecord? {
        guard state.procedure != nil else { return nil }
        return events.last { $0.kind == .opened || $0.kind == .removalProposed }
    }

    /// The steps recorded in the procedure under way.
    public var currentSteps: [MonitoringStepRecord] {
        guard let procedure = currentProcedure else { return [] }
        return steps.filter { $0.procedureID == procedure.id }
    }

    /// The step the procedure under way needs next; nil when none is under
    /// way or all seven are done.
    public var nextStep: MonitoringStep? {
        guard currentProcedure != nil else { return nil }
        guard let last = currentSteps.last else { return MonitoringStep.allCases.first }
        return last.step.next
    }

    /// The day the household was last confirmed as monitored: the latest
    /// confirmation, take-back or re-flag. Removal counts six months from it.
    public var monitoredSince: CalendarDate? {
        events.last { [.confirmed, .takenBack, .reflagged].contains($0.kind) }?.date
    }

    /// The latest event's day: nothing may be recorded before it.
    public var lastEventDate: CalendarDate? { events.last?.date }

    /// The measures recorded against `risk`.
    public func measures(against risk: MonitoringRisk) -> [Measure] {
        measures.filter { $0.risk == risk }.map(\.measure)
    }
}

/// One event of a case, on its day.
public struct MonitoringEventRecord: Sendable, Hashable, Identifiable {
    public let id: Int64
    public var kind: MonitoringEventKind
    public var date: CalendarDate
    /// For a removal: 帮扶消除 or 自然消除.
    public var method: RemovalMethod?
    /// The monitoring kind a re-flag gave the household, when it changed.
    public var monitoringKind: MonitoringKind?
    public var reason: String?

    public init(id: Int64, kind: MonitoringEventKind, date: CalendarDate, method: RemovalMethod? = nil,
                monitoringKind: MonitoringKind? = nil, reason: String? = nil) {
        self.id = id
        self.kind = kind
        self.date = date
        self.method = method
        self.monitoringKind = monitoringKind
        self.reason = reason
    }
}

/// A measure recorded against one risk of a case.
public struct RiskMeasure: Sendable, Hashable {
    public var risk: MonitoringRisk
    public var measure: Measure

    public init(risk: MonitoringRisk, measure: Measure) {
        self.risk = risk
        self.measure = measure
    }
}
