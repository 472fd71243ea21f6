import Bilingual
internal import SQLiteKit
import TrackerDomain

extension MonitoringStore {
    /// Records the next step of the procedure under way. A failed step ends
    /// it: an identification is dismissed, a removal rejected (the
    /// household stays monitored).
    ///
    /// Refused: no procedure under way; a step out of order; a date after
    /// today or before the step before it; 入户核实 without signed consent;
    /// 村级评议 passed without a majority; a 公示 shorter than five days;
    /// 县级审定 more than 15 days after the clue without `lateReason`.
    public func recordStep(_ monitoringCase: MonitoringCase, _ draft: StepDraft,
                           today: CalendarDate) throws(TrackerError) -> MonitoringCase {
        guard let procedureEvent = monitoringCase.currentProcedure, let procedure = monitoringCase.state.procedure else {
            try Self.require([.identifying, .removing], monitoringCase, to: LocalizedText(en: "record a step of", zh: "登记步骤于"))
            preconditionFailure("require refuses every other state")
        }
        let by = try TextRules.name(draft.by, field: "--by")
        let note = try TextRules.optionalNote(draft.note, field: "--note")
        let lateReason = try TextRules.optionalNote(draft.lateReason, field: "--late-reason")
        try MonitoringRules.checkOptions(draft)
        let previous = monitoringCase.currentSteps.last
        try MonitoringRules.checkOrder(draft.step, caseID: monitoringCase.id, procedure: procedure,
                                       recorded: monitoringCase.currentSteps)
        let date = draft.date ?? draft.noticeTo ?? today
        if today < date {
            throw TrackerError(.invalidInput, en: "--date \(date) is after today (\(today)); record the step once it is done",
                               zh: "--date \(date) 晚于今天（\(today)）；请在步骤完成后再登记")
        }
        let earliest = previous?.date ?? procedureEvent.date
        if date < earliest {
            let after = previous.map { LocalizedText(en: "step \($0.step.number) \($0.step.label(in: .en)) (\($0.date))", zh: "第 \($0.step.number) 步\($0.step.label(in: .zh))（\($0.date)）") }
                ?? LocalizedText(en: "the start of the procedure (\(procedureEvent.date))", zh: "程序开始（\(procedureEvent.date)）")
            throw TrackerError(.refused, en: "--date \(date) is before \(after.en): steps happen in order; give a later date",
                               zh: "--date \(date) 早于\(after.zh)：步骤须依次进行；请给出更晚的日期")
        }
        switch draft.step {
        case .homeCheck where procedure == .identification && !draft.consent:
            throw TrackerError(.refused,
                en: "the home check needs the household's signed consent to the check of its data: add --consent once it is signed",
                zh: "入户核实须有农户签字的授权承诺书：签字后加 --consent 登记")
        case .villageReview:
            try MonitoringRules.checkVotes(for: draft.votesFor, against: draft.votesAgainst, outcome: draft.outcome)
        case .villageNotice:
            try MonitoringRules.checkNotice(from: draft.noticeFrom, to: draft.noticeTo, earliest: earliest, stepDate: date, today: today)
        case .countyDecision where procedure == .identification:
            try MonitoringRules.checkDecision(on: date, clue: monitoringCase.clueOn, lateReason: lateReason)
        default:
            if lateReason != nil {
                throw TrackerError(.invalidInput, en: "--late-reason goes with a late county decision of an identification only",
                                   zh: "--late-reason 仅用于识别程序中逾期的县级审定")
            }
        }
        return try database.write { connection in
            try connection.run("""
                INSERT INTO monitoring_steps (case_id, procedure_id, step, done_on, done_by, outcome, consent, votes_for,
                                              votes_against, notice_from, notice_to, late_reason, note)
                VALUES (:case_id, :procedure_id, :step, :done_on, :done_by, :outcome, :consent, :votes_for,
                        :votes_against, :notice_from, :notice_to, :late_reason, :note)
                """, ["case_id": monitoringCase.id, "procedure_id": procedureEvent.id, "step": draft.step.key,
                      "done_on": date.description, "done_by": by, "outcome": draft.outcome.key,
                      "consent": draft.step == .homeCheck ? draft.consent : nil, "votes_for": draft.votesFor,
                      "votes_against": draft.votesAgainst, "notice_from": draft.noticeFrom?.description,
                      "notice_to": draft.noticeTo?.description, "late_reason": lateReason, "note": note])
            if draft.outcome == .failed {
                try Self.addEvent(procedure == .identification ? .dismissed : .removalRejected, case: monitoringCase.id,
                                  on: date, reason: note, in: connection)
            }
            return try MonitoringQueries.monitoringCase(id: monitoringCase.id, in: connection)
        }
    }

    /// Confirms an identified household as monitored from `date` (default
    /// today): its status becomes 监测对象 of the case's kind from that day.
    ///
    /// Refused: the case is not identifying, a step is missing, the date is
    /// before 录入 or after today.
    public func confirm(_ monitoringCase: MonitoringCase, on date: CalendarDate?,
                        today: CalendarDate) throws(TrackerError) -> MonitoringCase {
        try Self.require([.identifying], monitoringCase, to: LocalizedText(en: "confirm", zh: "确认"))
        let day = try Self.decisionDay(monitoringCase, on: date, today: today, unfinished: LocalizedText(
            en: "case #\(monitoringCase.id) cannot be confirmed yet", zh: "案件 #\(monitoringCase.id) 尚不能确认"))
        return try database.write { connection in
            try Self.addEvent(.confirmed, case: monitoringCase.id, on: day, in: connection)
            try Self.setStatus(.monitored, liftedYear: nil, kind: monitoringCase.kind, household: monitoringCase.household.id,
                               from: day, today: today, in: connection)
            return try MonitoringQueries.monitoringCase(id: monitoringCase.id, in: connection)
        }
    }
}
