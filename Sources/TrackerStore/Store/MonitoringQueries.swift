import Bilingual
internal import SQLiteKit
import TrackerDomain

/// Reading monitoring cases: one case with its risks, events, steps and
/// measures, and the ids of cases that match a list's filter.
enum MonitoringQueries {
    static func monitoringCase(id: Int64, in connection: Connection) throws -> MonitoringCase {
        let rows = try connection.query("""
            SELECT household_id, kind, source, clue_on, rectification_id, prior_status, prior_lifted_year, note
            FROM monitoring_cases WHERE id = ?
            """, id)
        guard let row = rows.first, let householdID = row[0].int64 else {
            throw TrackerError(.notFound, en: "no monitoring case #\(id); see 'tracker monitor list'",
                               zh: "没有监测案件 #\(id)；可用 tracker monitor list 查看")
        }
        var found = MonitoringCase(
            id: id, household: try HouseholdStore.household(id: householdID, in: connection),
            kind: row[1].string.flatMap(MonitoringKind.init(rawValue:)) ?? .marginal,
            source: row[2].string.flatMap(MonitoringSource.init(rawValue:)) ?? .cadreScreening,
            clueOn: row[3].string.flatMap(CalendarDate.parse)!, rectificationID: row[4].int64,
            priorStatus: row[5].string.flatMap(HouseholdStatus.init(rawValue:)) ?? .notLifted,
            priorLiftedYear: row[6].int, note: row[7].string)
        try connection.forEach("SELECT risk FROM monitoring_risks WHERE case_id = ? ORDER BY id", [id]) { row in
            if let risk = MonitoringRisk(rawValue: row.text(0)) { found.risks.append(risk) }
        }
        try connection.forEach("""
            SELECT id, event, on_date, method, kind, reason FROM monitoring_events WHERE case_id = ? ORDER BY on_date, id
            """, [id]) { row in
            guard let kind = MonitoringEventKind(rawValue: row.text(1)), let date = CalendarDate.parse(row.text(2)) else { return }
            found.events.append(MonitoringEventRecord(
                id: row.int64(0), kind: kind, date: date, method: row.optionalText(3).flatMap(RemovalMethod.init(rawValue:)),
                monitoringKind: row.optionalText(4).flatMap(MonitoringKind.init(rawValue:)), reason: row.optionalText(5)))
        }
        try connection.forEach("""
            SELECT s.id, s.procedure_id, e.event, s.step, s.done_on, s.done_by, s.outcome, s.consent, s.votes_for,
                   s.votes_against, s.notice_from, s.notice_to, s.late_reason, s.note
            FROM monitoring_steps s JOIN monitoring_events e ON e.id = s.procedure_id
            WHERE s.case_id = ? ORDER BY e.on_date, e.id, s.done_on, s.id
            """, [id]) { row in
            guard let step = MonitoringStep(rawValue: row.text(3)), let date = CalendarDate.parse(row.text(4)) else { return }
            var record = MonitoringStepRecord(
                id: row.int64(0), procedureID: row.int64(1),
                procedure: row.text(2) == MonitoringEventKind.opened.key ? .identification : .removal,
                step: step, date: date, by: row.text(5), outcome: StepOutcome(rawValue: row.text(6)) ?? .passed)
            record.consent = row.optionalInt(7).map { $0 != 0 }
            record.votesFor = row.optionalInt(8)
            record.votesAgainst = row.optionalInt(9)
            record.noticeFrom = row.optionalText(10).flatMap(CalendarDate.parse)
            record.noticeTo = row.optionalText(11).flatMap(CalendarDate.parse)
            record.lateReason = row.optionalText(12)
            record.note = row.optionalText(13)
            found.steps.append(record)
        }
        try connection.forEach("""
            SELECT mm.risk, m.id, m.household_id, m.year, m.kind, m.note, m.amount_fen
            FROM monitoring_measures mm JOIN measures m ON m.id = mm.measure_id
            WHERE mm.case_id = ? ORDER BY mm.id
            """, [id]) { row in
            guard let risk = MonitoringRisk(rawValue: row.text(0)) else { return }
            found.measures.append(RiskMeasure(risk: risk, measure: Measure(
                id: row.int64(1), householdID: row.int64(2), year: row.int(3),
                kind: MeasureKind(rawValue: row.text(4)) ?? .industry, note: row.text(5),
                amount: row.optionalInt64(6).map { Money(fen: $0) })))
        }
        return found
    }

    /// The household's cases, newest first.
    static func caseIDs(of household: Int64, in connection: Connection) throws -> [Int64] {
        try connection.query("SELECT id FROM monitoring_cases WHERE household_id = ? ORDER BY clue_on DESC, id DESC", household)
            .compactMap { $0[0].int64 }
    }

    /// The status of a household on a day, from its dated facts (else its record).
    static func status(of household: Int64, on day: CalendarDate, in connection: Connection)
        throws -> (status: HouseholdStatus, liftedYear: Int?) {
        let row = try connection.query("""
            SELECT coalesce(\(HouseholdFactQueries.asOf(.status, column: "status")), h.status),
                   CASE WHEN EXISTS (SELECT 1 FROM household_facts WHERE household_id = h.id AND fact = 'status')
                        THEN \(HouseholdFactQueries.asOf(.status, column: "lifted_year")) ELSE h.lifted_year END
            FROM households h WHERE h.id = :household
            """, ["household": household, "day": day.description]).first
        return (row?[0].string.flatMap(HouseholdStatus.init(rawValue:)) ?? .notLifted, row?[1].int)
    }
}
