import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// How a monitoring case reads in lists, in `monitor show`, in JSON and in
/// what the commands report, so they never describe a case differently.
struct MonitoringRendering {
    let language: Language
    /// The day "overdue" is judged against.
    let today: CalendarDate

    private func t(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

    func risks(_ monitoringCase: MonitoringCase) -> String {
        monitoringCase.risks.map { $0.label(in: language) }.joined(separator: language == .zh ? "、" : ", ")
    }

    /// "step 3 village review" / "第 3 步 村级评议".
    func step(_ step: MonitoringStep) -> String {
        t("step \(step.number) \(step.label(in: .en))", "第 \(step.number) 步 \(step.label(in: .zh))")
    }

    /// What the case needs next, for people.
    func nextText(_ monitoringCase: MonitoringCase) -> String {
        if let next = monitoringCase.nextStep { return step(next) }
        switch monitoringCase.state {
        case .identifying: return t("confirm", "确认")
        case .removing: return t("remove", "风险消除")
        case .monitored: return t("measures, then removal", "落实帮扶，再消除风险")
        case .removed, .dismissed: return ""
        }
    }

    /// One line saying what to do next, with the command.
    func next(_ monitoringCase: MonitoringCase) -> String {
        let id = monitoringCase.id
        if let next = monitoringCase.nextStep {
            let extra: String =
                switch next {
                case .homeCheck where monitoringCase.state == .identifying: " --consent"
                case .villageReview: " --votes-for N --votes-against N"
                case .villageNotice: " --notice-from YYYY-MM-DD --notice-to YYYY-MM-DD"
                default: ""
                }
            return t("Next: \(step(next)) (tracker monitor step \(id) \(next.key) --by NAME\(extra))",
                     "下一步：\(step(next))（tracker monitor step \(id) \(next.label(in: .zh)) --by 办理人\(extra)）")
        }
        switch monitoringCase.state {
        case .identifying: return t("Next: confirm (tracker monitor confirm \(id))", "下一步：确认（tracker monitor confirm \(id)）")
        case .removing: return t("Next: remove the risk (tracker monitor remove \(id))", "下一步：风险消除（tracker monitor remove \(id)）")
        case .monitored:
            return t("Next: measures against each risk (tracker monitor measure \(id)), then tracker monitor propose-removal \(id)",
                     "下一步：针对各项风险落实帮扶（tracker monitor measure \(id)），再启动风险消除（tracker monitor propose-removal \(id)）")
        case .removed: return t("The risk is removed.", "风险已消除。")
        case .dismissed: return t("The case is closed: not monitored.", "已结案：未纳入监测。")
        }
    }

    func overdueText(_ overdue: [MonitoringOverdue]) -> String {
        overdue.map { $0.message.text(in: language) }.joined(separator: language == .zh ? "；" : "; ")
    }

    static let columns: [Listing.Column] = [
        .init(key: "id", header: LocalizedText(en: "#", zh: "编号"), alignment: .right),
        .init(key: "household", header: LocalizedText(en: "Household", zh: "农户")),
        .init(key: "kind", header: LocalizedText(en: "Kind", zh: "类型")),
        .init(key: "risks", header: LocalizedText(en: "Risks", zh: "风险")),
        .init(key: "state", header: LocalizedText(en: "State", zh: "状态")),
        .init(key: "clue_on", header: LocalizedText(en: "Clue", zh: "线索日期")),
        .init(key: "next", header: LocalizedText(en: "Next", zh: "下一步")),
        .init(key: "overdue", header: LocalizedText(en: "Overdue", zh: "逾期")),
    ]

    func row(_ monitoringCase: MonitoringCase) -> [Listing.Cell] {
        let overdue = MonitoringRules.overdue(monitoringCase, on: today)
        let household = monitoringCase.household
        return [
            .number(monitoringCase.id),
            .label(LocalizedText(en: household.label(in: .en), zh: household.label(in: .zh))),
            .choice(monitoringCase.kind, in: language),
            .localized(risks(monitoringCase), json: .array(monitoringCase.risks.map { .string($0.key) })),
            .choice(monitoringCase.state, in: language),
            .text(monitoringCase.clueOn.description),
            .localized(nextText(monitoringCase), json: nextJSON(monitoringCase)),
            .localized(overdueText(overdue), json: .array(overdue.map { .string($0.key) })),
        ]
    }

    /// The next step's key, "confirm", "remove", "measures", or null.
    func nextJSON(_ monitoringCase: MonitoringCase) -> JSONValue {
        if let next = monitoringCase.nextStep { return .string(next.key) }
        switch monitoringCase.state {
        case .identifying: return .string("confirm")
        case .removing: return .string("remove")
        case .monitored: return .string("measures")
        case .removed, .dismissed: return .null
        }
    }

    /// The whole case for programs: stable English keys and enumeration values.
    func json(_ monitoringCase: MonitoringCase, blockers: [RemovalBlocker]?) -> JSONValue {
        let household = monitoringCase.household
        var fields: [(String, JSONValue)] = [
            ("id", .int(monitoringCase.id)),
            ("household", .string(household.label(in: .en))), ("code", .string(household.code)),
            ("town", .string(household.place.town)), ("village", .string(household.place.village)),
            ("kind", .string(monitoringCase.kind.key)), ("source", .string(monitoringCase.source.key)),
            ("clue_on", .string(monitoringCase.clueOn.description)),
            ("decision_due", .string(MonitoringRules.decisionDue(clue: monitoringCase.clueOn).description)),
            ("rectification_id", monitoringCase.rectificationID.map(JSONValue.int) ?? .null),
            ("state", .string(monitoringCase.state.key)), ("next", nextJSON(monitoringCase)),
            ("monitored_since", .string(monitoringCase.monitoredSince?.description)),
            ("prior_status", .string(monitoringCase.priorStatus.key)),
            ("risks", .array(monitoringCase.risks.map { risk in
                .object([("risk", .string(risk.key)),
                         ("answered", .bool(monitoringCase.measures(against: risk).contains { RiskAnswers.answers($0.kind, risk) })),
                         ("measures", .array(monitoringCase.measures(against: risk).map { measure in
                             .object([("id", .int(measure.id)), ("year", .int(Int64(measure.year))), ("kind", .string(measure.kind.key)),
                                      ("note", .string(measure.note)), ("amount", .string(measure.amount?.description))])
                         }))])
            })),
            ("events", .array(monitoringCase.events.map { event in
                .object([("event", .string(event.kind.key)), ("date", .string(event.date.description)),
                         ("method", .string(event.method?.key)), ("kind", .string(event.monitoringKind?.key)),
                         ("reason", .string(event.reason))])
            })),
            ("steps", .array(monitoringCase.steps.map { step in
                .object([("procedure", .string(step.procedure.key)), ("step", .string(step.step.key)),
                         ("number", .int(Int64(step.step.number))), ("date", .string(step.date.description)),
                         ("by", .string(step.by)), ("outcome", .string(step.outcome.key)),
                         ("consent", step.consent.map(JSONValue.bool) ?? .null),
                         ("votes_for", step.votesFor.map { .int(Int64($0)) } ?? .null),
                         ("votes_against", step.votesAgainst.map { .int(Int64($0)) } ?? .null),
                         ("notice_from", .string(step.noticeFrom?.description)), ("notice_to", .string(step.noticeTo?.description)),
                         ("late_reason", .string(step.lateReason)), ("note", .string(step.note))])
            })),
            ("overdue", .array(MonitoringRules.overdue(monitoringCase, on: today).map { .string($0.key) })),
        ]
        if let blockers {
            fields.append(("removal_blockers", .array(blockers.map { blocker in
                .object([("condition", .string(blocker.key)), ("message", .string(blocker.message.en))])
            })))
        }
        return .object(fields)
    }
}
