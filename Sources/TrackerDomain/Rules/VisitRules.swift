/// What a visit must satisfy before anything is written, checked here so the
/// user gets a message naming the option instead of a SQL constraint, and so
/// a refused visit leaves no trace.
package enum VisitRules {
    static let maximumCampaignLength = 200

    /// The draft with its free text trimmed (blank optional text becomes nil),
    /// or the first rule it breaks.
    package static func validated(_ draft: VisitDraft, today: CalendarDate) throws(TrackerError) -> VisitDraft {
        var draft = draft
        guard !draft.officials.isEmpty else {
            throw TrackerError(.invalidInput,
                en: "a visit needs at least one official; add --by OFFICIAL (the first one leads)",
                zh: "走访至少要有一名干部；请加 --by 干部姓名（第一个为带队人）")
        }
        var seenOfficials: Set<Int64> = []
        for official in draft.officials where !seenOfficials.insert(official.id).inserted {
            throw TrackerError(.invalidInput,
                en: "official \(official.label) is named twice in --by; name each official once",
                zh: "干部 \(official.label(in: .zh)) 在 --by 中重复出现；每位干部只写一次")
        }
        try checkDate(draft.date, today: today)
        try checkRegistered(draft.household, on: draft.date)
        var seenItems: Set<ChecklistItem> = []
        for check in draft.checks where !seenItems.insert(check.item).inserted {
            throw TrackerError(.invalidInput,
                en: "\(check.item.label(in: .en)) is checked twice in one visit; give one --check per item",
                zh: "\(check.item.label(in: .zh)) 在同一次走访中检查了两次；每个项目只写一个 --check")
        }
        for index in draft.checks.indices {
            draft.checks[index].note = try optionalNote(draft.checks[index].note, option: "--check \(draft.checks[index].item.key) note")
        }
        if let due = draft.defaultDue { try checkDue(due, visitDate: draft.date) }
        for index in draft.followUps.indices {
            let followUp = draft.followUps[index]
            guard !TextRules.canonical(followUp.description).isEmpty else {
                throw TrackerError(.invalidInput, en: "--followup must not be empty; say what is to be done",
                                   zh: "--followup 不能为空；请写明要做的事")
            }
            let text = try TextRules.note(followUp.description, field: "--followup")
            if followUp.topic.checklistItem != nil {
                throw TrackerError(.invalidInput,
                    en: "a follow-up cannot be filed under the checklist item \(followUp.topic.label(in: .en)); record it as --check \(followUp.topic.key)=fail",
                    zh: "后续事项不能归入检查项目 \(followUp.topic.label(in: .zh))；请用 --check \(followUp.topic.key)=不达标 登记")
            }
            if let due = followUp.due { try checkDue(due, visitDate: draft.date) }
            draft.followUps[index].description = text
        }
        for index in draft.requests.indices {
            guard !TextRules.canonical(draft.requests[index]).isEmpty else {
                throw TrackerError(.invalidInput, en: "--need must not be empty; write the family's request",
                                   zh: "--need 不能为空；请写明群众诉求")
            }
            let text = try TextRules.note(draft.requests[index], field: "--need")
            draft.requests[index] = text
        }
        if let campaign = draft.campaign, !TextRules.canonical(campaign).isEmpty {
            draft.campaign = try TextRules.line(campaign, field: "--campaign", limit: maximumCampaignLength)
        } else {
            draft.campaign = nil
        }
        draft.note = try optionalNote(draft.note, option: "--note")
        draft.findings = try optionalNote(draft.findings, option: "findings")
        draft.plans = try optionalNote(draft.plans, option: "plans")
        return draft
    }

    /// A visit before the household's registration (建档日期) would fall
    /// outside every monthly report, so it is refused rather than recorded
    /// out of sight; usually the registration is what is wrong.
    /// The earliest year a visit can be dated: the programme's records start
    /// with reform and opening-up; an earlier year is a typo.
    static let earliestYear = 1978

    /// A visit date not after `today` and not before 1978.
    package static func checkDate(_ date: CalendarDate, today: CalendarDate) throws(TrackerError) {
        if today < date {
            throw TrackerError(.invalidInput,
                en: "--date \(date) is in the future (today is \(today)); a visit is recorded after it happened",
                zh: "--date \(date) 晚于今天（\(today)）；走访须在发生后登记")
        }
        if date.year < earliestYear {
            throw TrackerError(.invalidInput,
                en: "--date \(date) is before \(earliestYear); check the year",
                zh: "--date \(date) 早于 \(earliestYear) 年；请检查年份")
        }
    }

    package static func checkRegistered(_ household: Household, on date: CalendarDate) throws(TrackerError) {
        guard let registered = household.registeredOn, date < registered else { return }
        let reference = household.code ?? household.headName
        throw TrackerError(.refused,
            en: "the visit date \(date) is before \(household.label) was registered (\(registered)); if it was registered earlier, correct that first: tracker household edit \(reference) --registered YYYY-MM-DD",
            zh: "走访日期 \(date) 早于 \(household.label(in: .zh)) 的建档日期（\(registered)）；如建档更早，请先更正：tracker household edit \(reference) --registered YYYY-MM-DD")
    }

    /// A deadline may fall on the visit day but not before it (the schema
    /// says `due_date >= opened_on`).
    static func checkDue(_ due: CalendarDate, visitDate: CalendarDate) throws(TrackerError) {
        if due < visitDate {
            throw TrackerError(.invalidInput,
                en: "--due \(due) is before the visit date \(visitDate); give a deadline on or after the visit",
                zh: "--due \(due) 早于走访日期 \(visitDate)；整改时限不能早于走访日期")
        }
    }

    private static func optionalNote(_ text: String?, option: String) throws(TrackerError) -> String? {
        try TextRules.optionalNote(text, field: option)
    }
}
