import Bilingual
internal import SQLiteKit
import TrackerDomain

/// Monitoring cases (防止返贫监测): opened on a clue, identified in seven
/// steps, helped with measures, and closed when the risk is removed. The
/// household's status and monitoring kind follow the case as dated facts.
public struct MonitoringStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    // MARK: Reading

    public func monitoringCase(id: Int64) throws(TrackerError) -> MonitoringCase {
        try database.read { connection in try MonitoringQueries.monitoringCase(id: id, in: connection) }
    }

    /// The case a user means: `N` or `#N` is a case number; anything else
    /// names a household (code or head's name), whose open case is meant,
    /// else its latest one.
    public func resolve(_ reference: String, village: String? = nil) throws(TrackerError) -> MonitoringCase {
        try database.read { connection in
            let text = TextRules.canonical(reference)
            let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
            if !digits.isEmpty, digits.count <= 12, digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }),
               let id = Int64(digits), try connection.scalarInt("SELECT 1 FROM monitoring_cases WHERE id = :id", ["id": id]) != nil {
                return try MonitoringQueries.monitoringCase(id: id, in: connection)
            }
            let household = try HouseholdStore.resolve(reference, village: village, in: connection)
            let cases = try MonitoringQueries.caseIDs(of: household.id, in: connection)
                .map { id in try MonitoringQueries.monitoringCase(id: id, in: connection) }
            guard let chosen = cases.first(where: { $0.state.isOpen }) ?? cases.first else {
                throw TrackerError(.notFound,
                    en: "\(household.label) has no monitoring case; open one with 'tracker monitor open'",
                    zh: "\(household.label(in: .zh)) 没有监测案件；可用 tracker monitor open 立案")
            }
            return chosen
        }
    }

    // MARK: Opening

    /// Opens a case on a clue of `clueOn` (default: the day the item was
    /// opened, else today). A rectification item (a visit's failing check)
    /// may be the clue; its household must be the case's.
    ///
    /// Refused: no risk or more than five, a clue in the future, a
    /// household closed or with an open case already.
    public func open(household: Household, kind: MonitoringKind, source: MonitoringSource?, risks: [MonitoringRisk],
                     clueOn: CalendarDate?, item: Int64?, note: String?, today: CalendarDate) throws(TrackerError) -> MonitoringCase {
        var unique: [MonitoringRisk] = []
        for risk in risks where !unique.contains(risk) { unique.append(risk) }
        guard !unique.isEmpty else {
            throw TrackerError(.invalidInput, en: "name the household's risks with --risk (1 to 5, e.g. --risk 因病)",
                               zh: "请用 --risk 写明风险类型（1 至 5 项，如 --risk 因病）")
        }
        guard unique.count <= MonitoringRisk.maximumPerCase else {
            throw TrackerError(.invalidInput,
                en: "a household has at most \(MonitoringRisk.maximumPerCase) risks; \(unique.count) were given: keep the main ones",
                zh: "每户风险类型最多 \(MonitoringRisk.maximumPerCase) 项，现有 \(unique.count) 项：请保留主要的")
        }
        let note = try TextRules.optionalNote(note, field: "--note")
        return try database.write { connection in
            var clue = clueOn
            var source = source
            if let item {
                let rectification = try RectificationQueries.item(id: item, in: connection)
                guard rectification.householdID == household.id else {
                    throw TrackerError(.refused,
                        en: "rectification item #\(item) belongs to \(rectification.householdLabel.en), not \(household.label); check the item number",
                        zh: "整改事项 #\(item) 属于 \(rectification.householdLabel.zh)，不属于 \(household.label(in: .zh))；请核对编号")
                }
                clue = clue ?? rectification.openedOn
                source = source ?? .cadreScreening
            }
            let clueDate = clue ?? today
            if today < clueDate {
                throw TrackerError(.invalidInput, en: "--clue-date \(clueDate) is after today (\(today))",
                                   zh: "--clue-date \(clueDate) 晚于今天（\(today)）")
            }
            if let closed = household.closedOn {
                throw TrackerError(.refused, en: "\(household.label) was closed on \(closed); a closed household is not monitored",
                                   zh: "\(household.label(in: .zh)) 已于 \(closed) 销户，不再纳入监测")
            }
            for id in try MonitoringQueries.caseIDs(of: household.id, in: connection) {
                let existing = try MonitoringQueries.monitoringCase(id: id, in: connection)
                if existing.state.isOpen {
                    throw TrackerError(.refused,
                        en: "\(household.label) already has open monitoring case #\(id) (\(existing.state.label(in: .en))); work on it with 'tracker monitor show \(id)'",
                        zh: "\(household.label(in: .zh)) 已有未结监测案件 #\(id)（\(existing.state.label(in: .zh))）；请用 tracker monitor show \(id) 查看")
                }
            }
            var prior = try MonitoringQueries.status(of: household.id, on: clueDate, in: connection)
            if prior.status == .monitored {
                // Marked 监测对象 by hand before the case: after removal it returns to
                // what its kind implies (脱贫不稳定户 had been lifted).
                prior = (kind == .unstable ? .lifted : .notLifted, kind == .unstable ? prior.liftedYear : nil)
            }
            try connection.run("""
                INSERT INTO monitoring_cases (household_id, kind, source, clue_on, rectification_id, prior_status, prior_lifted_year, note)
                VALUES (:household_id, :kind, :source, :clue_on, :rectification_id, :prior_status, :prior_lifted_year, :note)
                """, ["household_id": household.id, "kind": kind.key, "source": (source ?? .cadreScreening).key,
                      "clue_on": clueDate.description, "rectification_id": item, "prior_status": prior.status.key,
                      "prior_lifted_year": prior.liftedYear, "note": note])
            let id = connection.lastInsertRowID
            for risk in unique {
                try Self.addRisk(risk, case: id, on: clueDate, in: connection)
            }
            try Self.addEvent(.opened, case: id, on: clueDate, in: connection)
            return try MonitoringQueries.monitoringCase(id: id, in: connection)
        }
    }

    // MARK: Shared writing

    @discardableResult
    static func addEvent(_ kind: MonitoringEventKind, case id: Int64, on date: CalendarDate, method: RemovalMethod? = nil,
                         monitoringKind: MonitoringKind? = nil, reason: String? = nil, in connection: Connection) throws -> Int64 {
        try connection.run("""
            INSERT INTO monitoring_events (case_id, event, on_date, method, kind, reason)
            VALUES (:case_id, :event, :on_date, :method, :kind, :reason)
            """, ["case_id": id, "event": kind.key, "on_date": date.description, "method": method?.key,
                  "kind": monitoringKind?.key, "reason": reason])
        return connection.lastInsertRowID
    }

    /// The one INSERT of a case's risk (when the case opens or is flagged again).
    static func addRisk(_ risk: MonitoringRisk, case id: Int64, on date: CalendarDate, in connection: Connection) throws {
        try connection.run("INSERT INTO monitoring_risks (case_id, risk, noted_on) VALUES (:case_id, :risk, :noted_on)",
                           ["case_id": id, "risk": risk.key, "noted_on": date.description])
    }

    /// Records the household's status from `date` as a dated fact, and
    /// brings its current columns to today's facts.
    static func setStatus(_ status: HouseholdStatus, liftedYear: Int?, kind: MonitoringKind?, household: Int64,
                          from date: CalendarDate, today: CalendarDate, in connection: Connection) throws {
        try HouseholdFactQueries.insert(.status, household: household, from: date, status: status,
                                        liftedYear: status == .lifted ? liftedYear : nil,
                                        monitoringKind: status == .monitored ? kind : nil, in: connection)
        try HouseholdFactQueries.refreshCurrent(household: household, today: today, in: connection)
    }

    /// Refuses a date after today or before the case's latest event.
    static func checkDate(_ date: CalendarDate, option: String, of monitoringCase: MonitoringCase,
                          today: CalendarDate) throws(TrackerError) {
        if today < date {
            throw TrackerError(.invalidInput, en: "\(option) \(date) is after today (\(today)); record it once it has happened",
                               zh: "\(option) \(date) 晚于今天（\(today)）；请在发生后再登记")
        }
        if let last = monitoringCase.events.last, date < last.date {
            throw TrackerError(.refused,
                en: "\(option) \(date) is before case #\(monitoringCase.id)'s latest event (\(last.kind.label(in: .en)), \(last.date)); give a later date",
                zh: "\(option) \(date) 早于案件 #\(monitoringCase.id) 的最近事项（\(last.kind.label(in: .zh))，\(last.date)）；请给出更晚的日期")
        }
    }

    /// The day a decision (confirmation or removal) takes effect: `date`, or
    /// the later of 录入 and today. Refused while a step of the current
    /// procedure is missing (`unfinished` leads the message) or when the day
    /// is before 录入.
    static func decisionDay(_ monitoringCase: MonitoringCase, on date: CalendarDate?, today: CalendarDate,
                            unfinished: LocalizedText) throws(TrackerError) -> CalendarDate {
        if let missing = monitoringCase.nextStep {
            throw TrackerError(.refused,
                en: "\(unfinished.en): step \(missing.number) \(missing.label(in: .en)) is not recorded; record it with 'tracker monitor step \(monitoringCase.id) \(missing.key)'",
                zh: "\(unfinished.zh)：第 \(missing.number) 步\(missing.label(in: .zh))尚未登记；请用 tracker monitor step \(monitoringCase.id) \(missing.label(in: .zh)) 登记")
        }
        let entry = monitoringCase.currentSteps.last!.date
        let day = date ?? max(entry, today)
        try checkDate(day, option: "--date", of: monitoringCase, today: today)
        if day < entry {
            throw TrackerError(.refused, en: "--date \(day) is before the entry into the system (\(entry)); give a later date",
                               zh: "--date \(day) 早于录入日期（\(entry)）；请给出更晚的日期")
        }
        return day
    }

    /// Refuses unless the case is in `state`, saying what would move it there.
    static func require(_ states: [MonitoringState], _ monitoringCase: MonitoringCase, to action: LocalizedText) throws(TrackerError) {
        guard !states.contains(monitoringCase.state) else { return }
        let state = monitoringCase.state
        let hint: LocalizedText =
            switch state {
            case .identifying: LocalizedText(en: "finish its identification steps and confirm it first (tracker monitor step / confirm)", zh: "请先完成识别程序并确认（tracker monitor step / confirm）")
            case .monitored: LocalizedText(en: "propose its removal first (tracker monitor propose-removal)", zh: "请先启动风险消除（tracker monitor propose-removal）")
            case .removing: LocalizedText(en: "finish its removal steps first (tracker monitor step / remove)", zh: "请先完成风险消除程序（tracker monitor step / remove）")
            case .removed: LocalizedText(en: "its risk was removed; take it back (take-back) or flag it again (reflag)", zh: "其风险已消除；可回退（take-back）或再标注（reflag）")
            case .dismissed: LocalizedText(en: "it was dismissed; open a new case on a new clue", zh: "该案件未纳入监测，已结案；如有新线索请重新立案")
            }
        throw TrackerError(.refused,
            en: "cannot \(action.en) case #\(monitoringCase.id): it is \(state.label(in: .en)); \(hint.en)",
            zh: "无法\(action.zh)案件 #\(monitoringCase.id)：当前为\(state.label(in: .zh))；\(hint.zh)")
    }
}
