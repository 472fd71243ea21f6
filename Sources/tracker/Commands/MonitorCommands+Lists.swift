import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `monitor show | list | due-for-removal | screen | notice`: what drives the work.
extension MonitorCommands {
    static let townOption = OptionSpec.value("town", valueName: "TOWN", help: LocalizedText(en: "Only this town", zh: "仅此乡镇"))
    static let villageOption = OptionSpec.value("village", valueName: "VILLAGE", help: LocalizedText(en: "Only this village", zh: "仅此村"))

    static let listSpecs: [Command] = [
        CommandSpec("show",
            abstract: LocalizedText(en: "Show a case: risks, measures, steps and events", zh: "查看案件：风险、措施、步骤和事项"),
            discussion: LocalizedText(
                en: "A monitored case also lists the conditions of removal it does not meet today.",
                zh: "监测中的案件同时列出截至今天尚未满足的风险消除条件。"),
            arguments: [caseArgument], options: [HouseholdCommands.villageSelector], run: show),
        CommandSpec("list",
            abstract: LocalizedText(en: "List monitoring cases", zh: "列出监测案件"),
            discussion: LocalizedText(
                en: "--overdue: a clue older than 15 days with no county decision, or a notice shorter than 5 days.",
                zh: "--overdue：线索超过 15 天仍未县级审定，或公示不足 5 天。"),
            options: [
                .flag("overdue", help: LocalizedText(en: "Only cases with something overdue", zh: "仅列出有逾期的案件")),
                .value("state", valueName: "STATE", help: ChoiceHelp.list(MonitoringState.self)),
                townOption, villageOption,
            ], run: list),
        CommandSpec("due-for-removal",
            abstract: LocalizedText(en: "Monitored cases that meet every condition of removal today", zh: "今天已满足全部风险消除条件的案件"),
            options: [townOption, villageOption], run: dueForRemoval),
        CommandSpec("screen",
            abstract: LocalizedText(en: "Households that call for monitoring work", zh: "排查需纳入或跟进监测的农户"),
            discussion: LocalizedText(
                en: "Lists lifted households whose per-capita income of YEAR is below that year's threshold and are not monitored; monitored households with a risk no measure answers; households with an open failing checklist item older than 30 days (a clue: the suggested command opens a case on it).",
                zh: "列出：YEAR 年人均纯收入低于当年监测范围而未纳入监测的已脱贫户；有风险尚无对应措施的监测户；有超过 30 天未销号的不达标事项的农户（即线索：可按建议命令立案）。"),
            options: [
                .value("year", valueName: "YYYY", required: true, help: LocalizedText(en: "The income year", zh: "收入年度")),
                townOption, villageOption,
            ], run: screen),
        CommandSpec("notice",
            abstract: LocalizedText(en: "Write a village's notice to post", zh: "生成村内公示名单"),
            discussion: LocalizedText(
                en: "Lists the cases of VILLAGE whose village review passed and whose notice is next: head's name, kind, risks, and the objection window (at least 5 days). It never shows an ID number, phone, bank account or health status.",
                zh: "列出该村已通过村级评议、下一步为公示的案件：户主姓名、类型、风险及异议期（不少于 5 天）。不含身份证号、电话、银行账号和健康状况。"),
            options: [
                .value("village", valueName: "VILLAGE", required: true, help: LocalizedText(en: "The village", zh: "村")),
                .value("out", valueName: "FILE", required: true, help: LocalizedText(en: "Write the notice to FILE (text, UTF-8)", zh: "写入文件（文本，UTF-8）")),
                .value("from", valueName: "YYYY-MM-DD", help: LocalizedText(en: "First day of the notice (default: today)", zh: "公示开始日期（默认今天）")),
                .value("to", valueName: "YYYY-MM-DD", help: LocalizedText(en: "Last day (default: 4 days after the first)", zh: "公示结束日期（默认开始后第 4 天）")),
                .flag("force", help: LocalizedText(en: "Overwrite FILE when it exists", zh: "文件已存在时覆盖")),
            ], run: notice),
    ]

    static func show(_ context: CommandContext) throws {
        if context.format == .csv {
            throw context.usageFailure("monitor show prints one case, not a list; use --json or the table",
                                       "monitor show 输出的是单个案件而非列表；请用 --json 或默认格式")
        }
        let database = try context.database()
        let store = MonitoringStore(database)
        let found = try monitoringCase(context, database)
        let blockers = found.state == .monitored ? try store.removalBlockers(found, on: context.today) : nil
        let rendering = MonitoringRendering(language: context.language, today: context.today)
        if context.format == .json {
            context.output.print(rendering.json(found, blockers: blockers).serialized(pretty: true))
            return
        }
        let t = context.t, language = context.language
        var lines: [(String, String)] = [
            (t("Household", "农户"), found.household.label(in: language)),
            (t("Kind", "类型"), found.kind.label(in: language)),
            (t("Source", "来源"), found.source.label(in: language)),
            (t("Clue", "线索日期"), found.clueOn.description + t(", decision due by ", "，须在 ")
                + MonitoringRules.decisionDue(clue: found.clueOn).description + t("", " 前认定")
                + (found.rectificationID.map { t(" (item #\($0))", "（整改事项 #\($0)）") } ?? "")),
            (t("State", "状态"), found.state.label(in: language)),
        ]
        if let since = found.monitoredSince { lines.append((t("Monitored since", "监测起始"), since.description)) }
        let overdue = MonitoringRules.overdue(found, on: context.today)
        if !overdue.isEmpty { lines.append((t("OVERDUE", "已逾期"), rendering.overdueText(overdue))) }
        context.output.print(t("Monitoring case #\(found.id)", "监测案件 #\(found.id)"))
        printAligned(lines, context)
        context.output.print(t("Risks and measures:", "风险与帮扶措施："))
        for risk in found.risks {
            let measures = found.measures(against: risk)
            let text = measures.isEmpty ? t("no measure yet", "尚无措施")
                : measures.map { "#\($0.id) \($0.kind.label(in: language)) \($0.year) \($0.note)" }.joined(separator: t("; ", "；"))
            context.output.print("  \(risk.label(in: language))  \(text)")
        }
        context.output.print(t("Steps:", "程序步骤："))
        for step in found.steps {
            var details = [step.procedure.label(in: language), "\(step.step.number) \(step.step.label(in: language))",
                           step.date.description, step.outcome.label(in: language), step.by]
            if let votesFor = step.votesFor, let votesAgainst = step.votesAgainst {
                details.append(t("for \(votesFor), against \(votesAgainst)", "赞成 \(votesFor)，反对 \(votesAgainst)"))
            }
            if let from = step.noticeFrom, let to = step.noticeTo {
                details.append(t("notice \(from) to \(to)", "公示 \(from) 至 \(to)"))
            }
            if let reason = step.lateReason { details.append(t("late: ", "逾期原因：") + reason) }
            if let note = step.note { details.append(note) }
            context.output.print("  " + details.joined(separator: "  "))
        }
        context.output.print(t("History:", "记录："))
        for event in found.events {
            let extra = [event.method?.label(in: language), event.monitoringKind?.label(in: language), event.reason].compactMap { $0 }
            context.output.print("  \(event.date)  \(event.kind.label(in: language))" + extra.map { "  " + $0 }.joined())
        }
        if let blockers {
            if blockers.isEmpty {
                context.output.print(t("Every condition of removal is met today.", "今天已满足全部风险消除条件。"))
            } else {
                context.output.print(t("Not yet removable:", "尚不能消除风险："))
                for blocker in blockers { context.output.print("  - " + blocker.message.text(in: language)) }
            }
        }
        context.output.print(rendering.next(found))
    }

    private static func printAligned(_ lines: [(String, String)], _ context: CommandContext) {
        let width = lines.map { displayWidth(of: $0.0) }.max() ?? 0
        for (label, value) in lines {
            context.output.print("  " + label + String(repeating: " ", count: width - displayWidth(of: label)) + "  " + value)
        }
    }

    static func list(_ context: CommandContext) throws {
        let filter = MonitoringFilter(town: context.value("town"), village: context.value("village"),
                                      state: try context.enumValue("state", as: MonitoringState.self),
                                      overdueOnly: context.isSet("overdue"))
        let cases = try MonitoringStore(try context.database()).list(filter, today: context.today)
        let rendering = MonitoringRendering(language: context.language, today: context.today)
        var listing = Listing(MonitoringRendering.columns)
        for found in cases { listing.append(rendering.row(found)) }
        try listing.print(to: context, emptyMessage: filter.overdueOnly
            ? LocalizedText(en: "No monitoring case is overdue.", zh: "没有逾期的监测案件。") : LocalizedText(en: "No monitoring case matches.", zh: "没有符合条件的监测案件。"))
    }

    static func dueForRemoval(_ context: CommandContext) throws {
        let filter = MonitoringFilter(town: context.value("town"), village: context.value("village"))
        let cases = try MonitoringStore(try context.database()).dueForRemoval(filter, today: context.today)
        let rendering = MonitoringRendering(language: context.language, today: context.today)
        var listing = Listing([
            .init(key: "id", header: LocalizedText(en: "#", zh: "编号"), alignment: .right),
            .init(key: "household", header: LocalizedText(en: "Household", zh: "农户")),
            .init(key: "kind", header: LocalizedText(en: "Kind", zh: "类型")),
            .init(key: "risks", header: LocalizedText(en: "Risks", zh: "风险")),
            .init(key: "monitored_since", header: LocalizedText(en: "Monitored since", zh: "监测起始")),
        ])
        for found in cases {
            let household = found.household
            listing.append([.number(found.id), .label(LocalizedText(en: household.label(in: .en), zh: household.label(in: .zh))),
                            .choice(found.kind, in: context.language),
                            .localized(rendering.risks(found), json: .array(found.risks.map { .string($0.key) })),
                            .text(found.monitoredSince?.description)])
        }
        try listing.print(to: context, emptyMessage: LocalizedText(en: "No monitored case meets every condition of removal today.", zh: "今天没有满足全部风险消除条件的监测案件。"))
    }

    static func screen(_ context: CommandContext) throws {
        let year = try context.integer("year", in: 2000...2100)!
        let filter = MonitoringFilter(town: context.value("town"), village: context.value("village"))
        let hits = try MonitoringStore(try context.database()).screen(year: year, filter: filter, today: context.today)
        var listing = Listing([
            .init(key: "household", header: LocalizedText(en: "Household", zh: "农户")),
            .init(key: "reason", header: LocalizedText(en: "Why", zh: "原因")),
            .init(key: "detail", header: LocalizedText(en: "Detail", zh: "情况")),
            .init(key: "suggestion", header: LocalizedText(en: "Suggested", zh: "建议")),
        ])
        for hit in hits {
            let household = hit.household
            let reference = household.code ?? household.headName
            let why: LocalizedText =
                switch hit.reason {
                case .belowThreshold: LocalizedText(en: "income below threshold", zh: "收入低于监测范围")
                case .unansweredRisk: LocalizedText(en: "risk without a measure", zh: "风险无对应措施")
                case .failingItem: LocalizedText(en: "open failing item over 30 days", zh: "不达标超过 30 天")
                }
            let suggestion: String? =
                switch hit.reason {
                case .belowThreshold: "tracker monitor open \(reference) --kind unstable --risk RISK"
                case .unansweredRisk: hit.caseID.map { "tracker monitor measure \($0) --risk RISK --kind KIND --note TEXT" }
                case .failingItem:
                    hit.itemID.map { "tracker monitor open \(reference) --item \($0) --kind KIND --risk \(hit.suggestedRisk?.key ?? "other")" }
                }
            listing.append([.label(LocalizedText(en: household.label(in: .en), zh: household.label(in: .zh))),
                            .localized(why.text(in: context.language), json: .string(hit.reason.rawValue)),
                            .label(hit.detail), .text(suggestion)])
        }
        try listing.print(to: context, emptyMessage: LocalizedText(en: "No household calls for monitoring work.", zh: "没有需要纳入或跟进监测的农户。"))
    }
}
