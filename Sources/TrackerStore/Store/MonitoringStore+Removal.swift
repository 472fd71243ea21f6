import Bilingual
internal import SQLiteKit
import TrackerDomain

extension MonitoringStore {
    // MARK: Measures and income

    /// Records a measure against one of the case's risks: a row of the
    /// household's measures for the year of `date`, tied to the risk.
    ///
    /// Refused: a closed case, a risk the case does not name, a kind that
    /// does not answer the risk (`RiskAnswers`).
    public func addMeasure(_ monitoringCase: MonitoringCase, risk: MonitoringRisk, kind: MeasureKind, note: String,
                           amount: Money?, date: CalendarDate?, today: CalendarDate) throws(TrackerError) -> Measure {
        try Self.require([.identifying, .monitored, .removing], monitoringCase,
                         to: LocalizedText(en: "add a measure to", zh: "登记帮扶措施于"))
        guard monitoringCase.risks.contains(risk) else {
            let named = monitoringCase.risks
            throw TrackerError(.refused,
                en: "case #\(monitoringCase.id) has no risk '\(risk.label(in: .en))'; its risks: \(named.map { $0.label(in: .en) }.joined(separator: ", "))",
                zh: "案件 #\(monitoringCase.id) 没有风险“\(risk.label(in: .zh))”；其风险为：\(named.map { $0.label(in: .zh) }.joined(separator: "、"))")
        }
        if let kinds = RiskAnswers.measures(answering: risk), !kinds.contains(kind) {
            throw TrackerError(.refused,
                en: "\(kind.label(in: .en)) does not answer the risk '\(risk.label(in: .en))'; measures that do: \(kinds.map { $0.label(in: .en) }.joined(separator: ", "))",
                zh: "\(kind.label(in: .zh))不能化解“\(risk.label(in: .zh))”风险；对应措施为：\(kinds.map { $0.label(in: .zh) }.joined(separator: "、"))")
        }
        let day = date ?? today
        if today < day {
            throw TrackerError(.invalidInput, en: "--date \(day) is after today (\(today))", zh: "--date \(day) 晚于今天（\(today)）")
        }
        let note = try MeasureStore.checked(year: day.year, note: note, amount: amount)
        return try database.write { connection in
            let measure = try MeasureStore.insert(household: monitoringCase.household.id, year: day.year, kind: kind,
                                                  note: note, amount: amount, in: connection)
            try connection.run("""
                INSERT INTO monitoring_measures (case_id, risk, measure_id) VALUES (:case_id, :risk, :measure_id)
                """, ["case_id": monitoringCase.id, "risk": risk.key, "measure_id": measure.id])
            return measure
        }
    }

    /// Records a household's net income for a month (replacing one recorded).
    public func recordIncome(household: Household, month: YearMonth, net: Money, size: Int?,
                             today: CalendarDate) throws(TrackerError) -> MonthlyIncome {
        if today.yearMonth < month {
            throw TrackerError(.invalidInput, en: "--month \(month) has not begun (today is \(today))",
                               zh: "--month \(month) 尚未开始（今天是 \(today)）")
        }
        try MoneyRules.checkAmount(net, option: "--net", mayBeNegative: true)
        guard let size = size ?? household.size else {
            throw TrackerError(.invalidInput, en: "\(household.label) has no recorded size; give --size N",
                               zh: "\(household.label(in: .zh)) 未登记家庭人口；请用 --size N 给出")
        }
        let income = MonthlyIncome(month: month, net: net, householdSize: size)
        return try database.write { connection in
            try connection.run("""
                INSERT INTO monthly_incomes (household_id, month, net_fen, household_size)
                VALUES (:household_id, :month, :net_fen, :household_size)
                ON CONFLICT (household_id, month) DO UPDATE SET net_fen = :net_fen, household_size = :household_size
                WHERE (net_fen, household_size) IS NOT (:net_fen, :household_size)
                """, ["household_id": household.id, "month": month.description, "net_fen": net.fen, "household_size": size])
            return income
        }
    }

    static func incomes(of household: Int64, in connection: Connection) throws -> [MonthlyIncome] {
        var incomes: [MonthlyIncome] = []
        try connection.forEach("""
            SELECT month, net_fen, household_size FROM monthly_incomes WHERE household_id = :household_id ORDER BY month
            """, ["household_id": household]) { row in
            guard let month = YearMonth.parse(row.text("month")) else { return }
            incomes.append(MonthlyIncome(month: month, net: Money(fen: row.int64("net_fen")),
                                         householdSize: row.int("household_size")))
        }
        return incomes
    }

    // MARK: Removal

    /// What keeps the case's risk from being removed on `date`; empty when nothing does.
    public func removalBlockers(_ monitoringCase: MonitoringCase, on date: CalendarDate) throws(TrackerError) -> [RemovalBlocker] {
        try database.read { connection in try Self.removalBlockers(monitoringCase, on: date, in: connection) }
    }

    static func removalBlockers(_ monitoringCase: MonitoringCase, on date: CalendarDate,
                                in connection: Connection) throws -> [RemovalBlocker] {
        let household = monitoringCase.household.id
        let labour = try connection.query("""
            SELECT labour FROM members
            WHERE household_id = :household_id AND left_on IS NULL AND (joined_on IS NULL OR joined_on <= :day)
            """, ["household_id": household, "day": date.description]).map { $0.optionalText("labour").flatMap(Labour.init(rawValue:)) }
        return MonitoringRules.removalBlockers(
            of: monitoringCase, on: date,
            threshold: try ThresholdStore.threshold(for: household, year: date.year, in: connection),
            incomes: try incomes(of: household, in: connection),
            checklist: try ChecklistQueries.status(of: household, asOf: date, in: connection), labour: labour)
    }

    static func removalRefusal(_ monitoringCase: MonitoringCase, _ blockers: [RemovalBlocker]) -> TrackerError {
        let count = blockers.count
        return TrackerError(.refused,
            en: "the risk of case #\(monitoringCase.id) (\(monitoringCase.household.label)) cannot be removed: \(count) condition\(count == 1 ? " is" : "s are") not met",
            zh: "案件 #\(monitoringCase.id)（\(monitoringCase.household.label(in: .zh))）风险不能消除：有 \(count) 项条件未满足",
            detailLines: blockers.map(\.message))
    }

    /// Starts the removal of the risk on `date`, once every condition holds.
    public func proposeRemoval(_ monitoringCase: MonitoringCase, method: RemovalMethod, on date: CalendarDate?,
                               today: CalendarDate) throws(TrackerError) -> MonitoringCase {
        try Self.require([.monitored], monitoringCase, to: LocalizedText(en: "propose the removal of", zh: "启动风险消除于"))
        let day = date ?? today
        try Self.checkDate(day, option: "--date", of: monitoringCase, today: today)
        return try database.write { connection in
            let blockers = try Self.removalBlockers(monitoringCase, on: day, in: connection)
            guard blockers.isEmpty else { throw Self.removalRefusal(monitoringCase, blockers) }
            try Self.addEvent(.removalProposed, case: monitoringCase.id, on: day, method: method, in: connection)
            return try MonitoringQueries.monitoringCase(id: monitoringCase.id, in: connection)
        }
    }

    /// Removes the risk on `date`, once the removal's seven steps are done
    /// and every condition still holds: the household returns to the status
    /// it had before the case.
    public func remove(_ monitoringCase: MonitoringCase, on date: CalendarDate?,
                       today: CalendarDate) throws(TrackerError) -> MonitoringCase {
        try Self.require([.removing], monitoringCase, to: LocalizedText(en: "remove the risk of", zh: "消除风险于"))
        let day = try Self.decisionDay(monitoringCase, on: date, today: today, unfinished: LocalizedText(
            en: "the removal of case #\(monitoringCase.id) is not finished", zh: "案件 #\(monitoringCase.id) 的风险消除程序未完成"))
        let method = monitoringCase.currentProcedure?.method ?? .assisted
        return try database.write { connection in
            let blockers = try Self.removalBlockers(monitoringCase, on: day, in: connection)
            guard blockers.isEmpty else { throw Self.removalRefusal(monitoringCase, blockers) }
            try Self.addEvent(.removed, case: monitoringCase.id, on: day, method: method, in: connection)
            try Self.setStatus(monitoringCase.priorStatus, liftedYear: monitoringCase.priorLiftedYear, kind: nil,
                               household: monitoringCase.household.id, from: day, today: today, in: connection)
            return try MonitoringQueries.monitoringCase(id: monitoringCase.id, in: connection)
        }
    }

    /// 回退: takes a removal back from `date`; the household is monitored again.
    public func takeBack(_ monitoringCase: MonitoringCase, reason: String, on date: CalendarDate?,
                         today: CalendarDate) throws(TrackerError) -> MonitoringCase {
        try monitoredAgain(monitoringCase, event: .takenBack, reason: reason, kind: nil, risks: [], on: date, today: today)
    }

    /// 再标注: flags a household whose risk was removed again from `date`,
    /// with new risks and kind when given.
    public func reflag(_ monitoringCase: MonitoringCase, reason: String, kind: MonitoringKind?, risks: [MonitoringRisk],
                       on date: CalendarDate?, today: CalendarDate) throws(TrackerError) -> MonitoringCase {
        try monitoredAgain(monitoringCase, event: .reflagged, reason: reason, kind: kind, risks: risks, on: date, today: today)
    }

    private func monitoredAgain(_ monitoringCase: MonitoringCase, event: MonitoringEventKind, reason: String,
                                kind: MonitoringKind?, risks: [MonitoringRisk], on date: CalendarDate?,
                                today: CalendarDate) throws(TrackerError) -> MonitoringCase {
        let action = event == .takenBack ? LocalizedText(en: "take back", zh: "回退") : LocalizedText(en: "flag again", zh: "再标注")
        try Self.require([.removed], monitoringCase, to: action)
        guard !TextRules.canonical(reason).isEmpty else {
            throw TrackerError(.invalidInput, en: "--reason must say why", zh: "--reason 须写明原因")
        }
        let reason = try TextRules.note(reason, field: "--reason")
        let added = risks.filter { !monitoringCase.risks.contains($0) }
        if Set(monitoringCase.risks + added).count > MonitoringRisk.maximumPerCase {
            throw TrackerError(.invalidInput,
                en: "a household has at most \(MonitoringRisk.maximumPerCase) risks; case #\(monitoringCase.id) has \(monitoringCase.risks.count) and \(added.count) were added",
                zh: "每户风险类型最多 \(MonitoringRisk.maximumPerCase) 项；案件 #\(monitoringCase.id) 已有 \(monitoringCase.risks.count) 项，又新增 \(added.count) 项")
        }
        let day = date ?? today
        try Self.checkDate(day, option: "--date", of: monitoringCase, today: today)
        database.commandReason = reason
        let newKind = kind ?? monitoringCase.kind
        return try database.write { connection in
            try Self.addEvent(event, case: monitoringCase.id, on: day, monitoringKind: kind, reason: reason, in: connection)
            if newKind != monitoringCase.kind {
                try connection.run("UPDATE monitoring_cases SET kind = :kind WHERE id = :id",
                                   ["kind": newKind.key, "id": monitoringCase.id])
            }
            for risk in Set(added).sorted(by: { $0.key < $1.key }) {
                try MonitoringStore.addRisk(risk, case: monitoringCase.id, on: day, in: connection)
            }
            try Self.setStatus(.monitored, liftedYear: nil, kind: newKind, household: monitoringCase.household.id,
                               from: day, today: today, in: connection)
            return try MonitoringQueries.monitoringCase(id: monitoringCase.id, in: connection)
        }
    }
}
