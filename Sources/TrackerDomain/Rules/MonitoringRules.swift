import Bilingual
/// The rules counties work monitoring cases by (issue 14): how long things
/// take, and what must hold before a risk is removed.
public enum MonitoringRules {
    /// From the first clue to the county's decision: at most this many days.
    public static let decisionDays = 15
    /// Under monitoring at least this many months before removal.
    public static let minimumMonitoredMonths = 6
    /// Income recorded and above the threshold for this many months before removal.
    public static let stableIncomeMonths = 6
    /// 三保障 and 饮水: what must be secure before removal.
    public static let securedItems: [ChecklistItem] = [.education, .medical, .housing, .water]
    /// Members who count as able-bodied.
    public static let ableBodied: Set<Labour> = [.ordinary, .skilled]

    /// The last day the county may decide on a clue of `clue`.
    public static func decisionDue(clue: CalendarDate) -> CalendarDate { clue.adding(days: decisionDays) }

    /// The six whole months before `date`'s month, oldest first.
    public static func incomeMonths(before date: CalendarDate) -> [YearMonth] {
        var months: [YearMonth] = []
        var month = date.yearMonth.previous
        for _ in 0..<stableIncomeMonths {
            months.insert(month, at: 0)
            month = month.previous
        }
        return months
    }

    /// Every condition of 风险消除 the case fails on `date`; empty when it may be removed.
    ///
    /// - monitored at least six months (since its latest confirmation, take-back or re-flag);
    /// - each risk has a measure that answers it (`RiskAnswers`);
    /// - in each of the six whole months before, income recorded and, per
    ///   person over a year, at or above the threshold of `date`'s year;
    /// - 三保障 and 饮水 met or not applicable at their latest check;
    /// - at least one member able to work.
    public static func removalBlockers(of monitoringCase: MonitoringCase, on date: CalendarDate,
                                       threshold: MonitoringThreshold?, incomes: [MonthlyIncome],
                                       checklist: [ItemStatus], labour: [Labour?]) -> [RemovalBlocker] {
        var blockers: [RemovalBlocker] = []
        if let since = monitoringCase.monitoredSince {
            let until = since.adding(months: minimumMonitoredMonths)
            if date < until { blockers.append(.tooSoon(since: since, until: until)) }
        }
        for risk in monitoringCase.risks {
            let kinds = monitoringCase.measures(against: risk).map(\.kind)
            if !kinds.contains(where: { RiskAnswers.answers($0, risk) }) {
                blockers.append(.unansweredRisk(risk, answeredBy: RiskAnswers.measures(answering: risk)))
            }
        }
        let months = incomeMonths(before: date)
        let byMonth = Dictionary(incomes.map { ($0.month, $0) }, uniquingKeysWith: { first, _ in first })
        let missing = months.filter { byMonth[$0] == nil }
        if !missing.isEmpty { blockers.append(.incomeMissing(months: missing)) }
        if let threshold {
            for month in months {
                guard let income = byMonth[month], income.annualPerCapita < threshold.amount else { continue }
                blockers.append(.incomeBelow(month: month, annualPerCapita: income.annualPerCapita, threshold: threshold.amount))
            }
        } else {
            blockers.append(.noThreshold(year: date.year))
        }
        for status in checklist where securedItems.contains(status.item) {
            switch status.result {
            case .met?, .notApplicable?: continue
            case .notMet?: blockers.append(.notSecure(status.item, result: .notMet))
            case .unrecorded?, nil: blockers.append(.notSecure(status.item, result: nil))
            }
        }
        if !labour.contains(where: { $0.map(ableBodied.contains) ?? false }) {
            blockers.append(.noAbleBodiedMember)
        }
        return blockers
    }
}

// MARK: Steps

extension MonitoringRules {
    /// Options that belong to one step only, refused on the others.
    public static func checkOptions(_ draft: StepDraft) throws(TrackerError) {
        func refuse(_ option: String, _ step: MonitoringStep) -> TrackerError {
            TrackerError(.invalidInput,
                en: "\(option) goes with step \(step.number) \(step.label(in: .en)) only, not \(draft.step.label(in: .en))",
                zh: "\(option) 仅用于第 \(step.number) 步\(step.label(in: .zh))，不用于\(draft.step.label(in: .zh))")
        }
        if draft.step != .villageReview {
            if draft.votesFor != nil { throw refuse("--votes-for", .villageReview) }
            if draft.votesAgainst != nil { throw refuse("--votes-against", .villageReview) }
        }
        if draft.step != .villageNotice {
            if draft.noticeFrom != nil { throw refuse("--notice-from", .villageNotice) }
            if draft.noticeTo != nil { throw refuse("--notice-to", .villageNotice) }
        }
        if draft.step != .homeCheck && draft.consent { throw refuse("--consent", .homeCheck) }
    }

    /// The step must be the next one: none skipped, none repeated.
    public static func checkOrder(_ step: MonitoringStep, caseID: Int64, procedure: MonitoringProcedure,
                           recorded: [MonitoringStepRecord]) throws(TrackerError) {
        if let done = recorded.first(where: { $0.step == step }) {
            throw TrackerError(.refused,
                en: "step \(step.number) \(step.label(in: .en)) of case #\(caseID)'s \(procedure.label(in: .en)) was already recorded on \(done.date); each step is recorded once",
                zh: "案件 #\(caseID) \(procedure.label(in: .zh))程序的第 \(step.number) 步\(step.label(in: .zh))已于 \(done.date) 登记；每步只登记一次")
        }
        let expected = recorded.last.map { $0.step.next } ?? MonitoringStep.allCases.first
        guard let expected, expected != step else { return }
        throw TrackerError(.refused,
            en: "steps happen in order: case #\(caseID)'s next step is \(expected.number) \(expected.label(in: .en)), not \(step.number) \(step.label(in: .en)); record \(expected.key) first",
            zh: "步骤须依次进行：案件 #\(caseID) 下一步为第 \(expected.number) 步\(expected.label(in: .zh))，不是第 \(step.number) 步\(step.label(in: .zh))；请先登记\(expected.label(in: .zh))")
    }

    /// 村级评议: both counts given; "passed" needs more votes for than against.
    public static func checkVotes(for votesFor: Int?, against votesAgainst: Int?, outcome: StepOutcome) throws(TrackerError) {
        guard let votesFor, let votesAgainst else {
            throw TrackerError(.invalidInput, en: "the village review needs its votes: --votes-for N --votes-against N",
                               zh: "村级评议须登记票数：--votes-for N --votes-against N")
        }
        if outcome == .passed && votesFor <= votesAgainst {
            throw TrackerError(.refused,
                en: "the review did not pass: \(votesFor) for, \(votesAgainst) against; record it with --outcome failed",
                zh: "评议未获通过：赞成 \(votesFor) 票，反对 \(votesAgainst) 票；请用 --outcome 未通过 登记")
        }
    }

    /// 村内公示: a window of at least five days, ended by the step's date and today.
    public static func checkNotice(from: CalendarDate?, to: CalendarDate?, earliest: CalendarDate, stepDate: CalendarDate,
                            today: CalendarDate) throws(TrackerError) {
        guard let from, let to else {
            throw TrackerError(.invalidInput,
                en: "the village notice needs its window: --notice-from YYYY-MM-DD --notice-to YYYY-MM-DD",
                zh: "村内公示须登记公示期：--notice-from YYYY-MM-DD --notice-to YYYY-MM-DD")
        }
        if to < from {
            throw TrackerError(.invalidInput, en: "--notice-to \(to) is before --notice-from \(from)",
                               zh: "--notice-to \(to) 早于 --notice-from \(from)")
        }
        if from < earliest {
            throw TrackerError(.refused, en: "the notice cannot start (\(from)) before the step before it (\(earliest)): steps happen in order",
                               zh: "公示开始日期（\(from)）不能早于上一步（\(earliest)）：步骤须依次进行")
        }
        let days = from.days(to: to) + 1
        if days < MonitoringStep.minimumNoticeDays {
            let end = from.adding(days: MonitoringStep.minimumNoticeDays - 1)
            throw TrackerError(.refused,
                en: "a notice lasts at least \(MonitoringStep.minimumNoticeDays) days; \(from) to \(to) is \(days): let it run until \(end) and record it then",
                zh: "公示期不少于 \(MonitoringStep.minimumNoticeDays) 天；\(from) 至 \(to) 仅 \(days) 天：请公示至 \(end) 后再登记")
        }
        if today < to {
            throw TrackerError(.invalidInput, en: "--notice-to \(to) is after today (\(today)); record the notice once it has ended",
                               zh: "--notice-to \(to) 晚于今天（\(today)）；请在公示结束后再登记")
        }
        if stepDate < to {
            throw TrackerError(.invalidInput, en: "--date \(stepDate) is before the notice ends (\(to)); leave --date out or give a later one",
                               zh: "--date \(stepDate) 早于公示结束日（\(to)）；请不写 --date 或给出更晚的日期")
        }
    }

    /// 县级审定 within 15 days of the clue, or with the reason it was late.
    public static func checkDecision(on date: CalendarDate, clue: CalendarDate, lateReason: String?) throws(TrackerError) {
        let due = decisionDue(clue: clue)
        if due < date {
            guard lateReason != nil else {
                throw TrackerError(.refused,
                    en: "the decision is due within \(decisionDays) days of the clue (\(clue), so by \(due)); \(date) is \(due.days(to: date)) days late: give --late-reason \"WHY\"",
                    zh: "自发现线索（\(clue)）起 \(decisionDays) 天内须作出认定（即 \(due) 前）；\(date) 已逾期 \(due.days(to: date)) 天：请用 --late-reason “原因” 说明")
            }
        } else if lateReason != nil {
            throw TrackerError(.invalidInput, en: "--late-reason is for a decision after \(due); \(date) is in time, so leave it out",
                               zh: "--late-reason 仅用于 \(due) 之后的认定；\(date) 未逾期，请去掉该选项")
        }
    }
}

// MARK: Deadlines

extension MonitoringRules {
    /// What is overdue in a case on `day`: a clue older than 15 days with no
    /// county decision by then, or a 公示 recorded shorter than five days.
    public static func overdue(_ monitoringCase: MonitoringCase, on day: CalendarDate) -> [MonitoringOverdue] {
        var overdue: [MonitoringOverdue] = []
        if monitoringCase.state(on: day) == .identifying {
            let due = decisionDue(clue: monitoringCase.clueOn)
            let decided = monitoringCase.steps.contains {
                $0.procedure == .identification && $0.step == .countyDecision && $0.date <= day
            }
            if !decided && due < day {
                overdue.append(.decisionLate(clue: monitoringCase.clueOn, due: due, daysLate: due.days(to: day)))
            }
        }
        for step in monitoringCase.steps where step.date <= day {
            if let days = step.noticeDays, days < MonitoringStep.minimumNoticeDays,
               let from = step.noticeFrom, let to = step.noticeTo {
                overdue.append(.shortNotice(from: from, to: to, days: days))
            }
        }
        return overdue
    }
}
