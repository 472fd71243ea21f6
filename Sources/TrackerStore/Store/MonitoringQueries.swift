import Bilingual
internal import SQLiteKit
import TrackerDomain

/// Reading monitoring cases: one case with its risks, events, steps and
/// measures, and the ids of cases that match a list's filter.
enum MonitoringQueries {
    static func monitoringCase(id: Int64, in connection: Connection) throws -> MonitoringCase {
        let rows = try connection.query("""
            SELECT household_id, kind, source, clue_on, rectification_id, prior_status, prior_lifted_year, note
            FROM monitoring_cases WHERE id = :id
            """, ["id": id])
        guard let row = rows.first, let householdID = row.optionalInt64("household_id") else {
            throw TrackerError(.notFound, en: "no monitoring case #\(id); see 'tracker monitor list'",
                               zh: "没有监测案件 #\(id)；可用 tracker monitor list 查看")
        }
        var found = MonitoringCase(
            id: id, household: try HouseholdStore.household(id: householdID, in: connection),
            kind: row.optionalText("kind").flatMap(MonitoringKind.init(rawValue:)) ?? .marginal,
            source: row.optionalText("source").flatMap(MonitoringSource.init(rawValue:)) ?? .cadreScreening,
            clueOn: row.optionalText("clue_on").flatMap(CalendarDate.parse)!,
            rectificationID: row.optionalInt64("rectification_id"),
            priorStatus: row.optionalText("prior_status").flatMap(HouseholdStatus.init(rawValue:)) ?? .notLifted,
            priorLiftedYear: row.optionalInt("prior_lifted_year"), note: row.optionalText("note"))
        try connection.forEach("SELECT risk FROM monitoring_risks WHERE case_id = :case_id ORDER BY id", ["case_id": id]) { row in
            if let risk = MonitoringRisk(rawValue: row.text("risk")) { found.risks.append(risk) }
        }
        try connection.forEach("""
            SELECT id, event, on_date, method, kind, reason FROM monitoring_events
            WHERE case_id = :case_id ORDER BY on_date, id
            """, ["case_id": id]) { row in
            guard let kind = MonitoringEventKind(rawValue: row.text("event")), let date = CalendarDate.parse(row.text("on_date"))
            else { return }
            found.events.append(MonitoringEventRecord(
                id: row.int64("id"), kind: kind, date: date,
                method: row.optionalText("method").flatMap(RemovalMethod.init(rawValue:)),
                monitoringKind: row.optionalText("kind").flatMap(MonitoringKind.init(rawValue:)),
                reason: row.optionalText("reason")))
        }
        try connection.forEach("""
            SELECT s.id, s.procedure_id, e.event, s.step, s.done_on, s.done_by, s.outcome, s.consent, s.votes_for,
                   s.votes_against, s.notice_from, s.notice_to, s.late_reason, s.note
            FROM monitoring_steps s JOIN monitoring_events e ON e.id = s.procedure_id
            WHERE s.case_id = :case_id ORDER BY e.on_date, e.id, s.done_on, s.id
            """, ["case_id": id]) { row in
            guard let step = MonitoringStep(rawValue: row.text("step")), let date = CalendarDate.parse(row.text("done_on"))
            else { return }
            var record = MonitoringStepRecord(
                id: row.int64("id"), procedureID: row.int64("procedure_id"),
                procedure: row.text("event") == MonitoringEventKind.opened.key ? .identification : .removal,
                step: step, date: date, by: row.text("done_by"), outcome: StepOutcome(rawValue: row.text("outcome")) ?? .passed)
            record.consent = row.optionalInt("consent").map { $0 != 0 }
            record.votesFor = row.optionalInt("votes_for")
            record.votesAgainst = row.optionalInt("votes_against")
            record.noticeFrom = row.optionalText("notice_from").flatMap(CalendarDate.parse)
            record.noticeTo = row.optionalText("notice_to").flatMap(CalendarDate.parse)
            record.lateReason = row.optionalText("late_reason")
            record.note = row.optionalText("note")
            found.steps.append(record)
        }
        try connection.forEach("""
            SELECT mm.risk, m.id, m.household_id, m.year, m.kind, m.note, m.amount_fen
            FROM monitoring_measures mm JOIN measures m ON m.id = mm.measure_id
            WHERE mm.case_id = :case_id ORDER BY mm.id
            """, ["case_id": id]) { row in
            guard let risk = MonitoringRisk(rawValue: row.text("risk")) else { return }
            found.measures.append(RiskMeasure(risk: risk, measure: Measure(
                id: row.int64("id"), householdID: row.int64("household_id"), year: row.int("year"),
                kind: MeasureKind(rawValue: row.text("kind")) ?? .industry, note: row.text("note"),
                amount: row.optionalInt64("amount_fen").map { Money(fen: $0) })))
        }
        return found
    }

    /// The household's cases, newest first.
    static func caseIDs(of household: Int64, in connection: Connection) throws -> [Int64] {
        try connection.query("""
            SELECT id FROM monitoring_cases WHERE household_id = :household_id ORDER BY clue_on DESC, id DESC
            """, ["household_id": household]).compactMap { $0.optionalInt64("id") }
    }

    /// The status of a household on a day, from its dated facts (else its record).
    static func status(of household: Int64, on day: CalendarDate, in connection: Connection)
        throws -> (status: HouseholdStatus, liftedYear: Int?) {
        let row = try connection.query("""
            SELECT coalesce(\(HouseholdFactQueries.asOf(.status, column: "status")), h.status) AS status,
                   CASE WHEN EXISTS (SELECT 1 FROM household_facts WHERE household_id = h.id AND fact = 'status')
                        THEN \(HouseholdFactQueries.asOf(.status, column: "lifted_year")) ELSE h.lifted_year END AS lifted_year
            FROM households h WHERE h.id = :household
            """, ["household": household, "day": day.description]).first
        return (row?.optionalText("status").flatMap(HouseholdStatus.init(rawValue:)) ?? .notLifted,
                row?.optionalInt("lifted_year"))
    }
}
