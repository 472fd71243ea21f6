import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `monitor …`: monitoring cases (防止返贫监测), from the clue through
/// identification, measures and removal of the risk.
enum MonitorCommands: CommandGroup {
    static let caseArgument = ArgumentSpec("case", valueName: "CASE", help: LocalizedText(
        en: "Case number (3 or #3), or the household's code or head's name (its open case)",
        zh: "案件编号（3 或 #3），或户编号、户主姓名（指其未结案件）"))
    static let dateOption = OptionSpec.value("date", valueName: "YYYY-MM-DD", help: LocalizedText(
        en: "When (default: today; not after today)", zh: "日期（默认今天，不晚于今天）"))

    static let specs: [Command] = [
        CommandSpec("monitor", abstract: LocalizedText(
            en: "Monitoring against falling back into poverty: cases, steps, measures, removal",
            zh: "防止返贫动态监测：立案、识别程序、帮扶措施、风险消除"), subcommands: [
            CommandSpec("open",
                abstract: LocalizedText(en: "Open a case on a clue", zh: "根据线索立案"),
                discussion: LocalizedText(
                    en: "The decision is due within 15 days of the clue. --item takes a rectification item (a visit's failing check) as the clue: its date is the clue's, and the source is cadre screening.",
                    zh: "自发现线索起 15 天内须作出认定。--item 以整改事项（走访中不达标的检查项）为线索：其登记日期即线索日期，来源为基层干部排查。"),
                arguments: [HouseholdCommands.householdArgument],
                options: [
                    .value("kind", valueName: "KIND", required: true, help: ChoiceHelp.list(MonitoringKind.self)),
                    .repeatable("risk", valueName: "RISK", required: true, help: ChoiceHelp.list(
                        MonitoringRisk.self, en: "1 to 5 of: ", zh: "1 至 5 项：")),
                    .value("source", valueName: "SOURCE", help: ChoiceHelp.list(
                        MonitoringSource.self, default: .cadreScreening)),
                    .value("clue-date", valueName: "YYYY-MM-DD", help: LocalizedText(
                        en: "When the clue came (default: the item's date, else today)", zh: "发现线索日期（默认为整改事项日期，否则今天）")),
                    .value("item", valueName: "ID", help: LocalizedText(
                        en: "The rectification item that gave the clue", zh: "作为线索的整改事项编号")),
                    .value("note", valueName: "TEXT", help: LocalizedText(en: "Free note", zh: "备注")),
                    HouseholdCommands.villageSelector,
                ], run: open),
            CommandSpec("step",
                abstract: LocalizedText(en: "Record the next step of an identification or removal", zh: "登记识别或风险消除程序的下一步"),
                discussion: LocalizedText(
                    en: "Steps, in order: 1 home-check (with the household's signed consent, --consent), 2 data-comparison, 3 village-review (--votes-for, --votes-against), 4 village-notice (--notice-from, --notice-to: at least 5 days), 5 township-review, 6 county-decision (within 15 days of the clue, else --late-reason), 7 entry. A failed step ends the procedure.",
                    zh: "步骤依次为：1 入户核实（须农户签字授权，--consent）、2 信息比对、3 村级评议（--votes-for、--votes-against）、4 村内公示（--notice-from、--notice-to，不少于 5 天）、5 乡镇审核、6 县级审定（线索起 15 天内，否则须 --late-reason）、7 录入。某步未通过即终止该程序。"),
                arguments: [caseArgument, ArgumentSpec("step", valueName: "STEP", help: ChoiceHelp.list(MonitoringStep.self))],
                options: [
                    .value("by", valueName: "NAME", required: true, help: LocalizedText(
                        en: "Who did it: a person or a body (a village committee, a township government)", zh: "办理人或单位（如 村委会、镇政府）")),
                    dateOption,
                    .value("outcome", valueName: "OUTCOME", help: ChoiceHelp.list(StepOutcome.self, default: .passed)),
                    .flag("consent", help: LocalizedText(en: "home-check: the household signed its consent", zh: "入户核实：农户已签字授权")),
                    .value("votes-for", valueName: "N", help: LocalizedText(en: "village-review: votes for", zh: "村级评议：赞成票数")),
                    .value("votes-against", valueName: "N", help: LocalizedText(en: "village-review: votes against", zh: "村级评议：反对票数")),
                    .value("notice-from", valueName: "YYYY-MM-DD", help: LocalizedText(en: "village-notice: first day", zh: "村内公示：开始日期")),
                    .value("notice-to", valueName: "YYYY-MM-DD", help: LocalizedText(en: "village-notice: last day", zh: "村内公示：结束日期")),
                    .value("late-reason", valueName: "TEXT", help: LocalizedText(
                        en: "county-decision: why it came more than 15 days after the clue", zh: "县级审定：超过 15 天的原因")),
                    .value("note", valueName: "TEXT", help: LocalizedText(en: "Free note", zh: "备注")),
                    HouseholdCommands.villageSelector,
                ], run: step),
            CommandSpec("confirm",
                abstract: LocalizedText(en: "Confirm an identified household as monitored", zh: "确认为监测对象"),
                discussion: LocalizedText(
                    en: "Needs all seven steps. The household is monitored, of the case's kind, from --date (default: today).",
                    zh: "须七个步骤均已通过。自 --date（默认今天）起该户为该类型的监测对象。"),
                arguments: [caseArgument], options: [dateOption, HouseholdCommands.villageSelector], run: confirm),
            CommandSpec("measure",
                abstract: LocalizedText(en: "Record a measure against one of the case's risks", zh: "针对风险登记帮扶措施"),
                discussion: LocalizedText(
                    en: "Measures that answer a risk: illness — health, social assistance; schooling — education; disability — safety net, social assistance; unsafe housing — housing, relocation; unsafe drinking water — safe drinking water; unstable work — employment, public-service job; any measure answers the other risks. The measure also joins the household's measures of its year.",
                    zh: "风险与对应措施：因病——健康帮扶、社会帮扶；因学——教育帮扶、义务教育保障；因残——综合保障、社会帮扶；因安全住房——住房安全保障、搬迁；因安全饮水——饮水安全保障；因务工就业不稳——就业帮扶、公益岗位；其他风险任何措施均可。措施同时计入该户当年的帮扶措施。"),
                arguments: [caseArgument],
                options: [
                    .value("risk", valueName: "RISK", required: true, help: LocalizedText(en: "The risk it answers", zh: "所针对的风险")),
                    .value("kind", valueName: "KIND", required: true, help: ChoiceHelp.list(MeasureKind.self)),
                    .value("note", valueName: "TEXT", required: true, help: LocalizedText(en: "What was given or done", zh: "具体内容")),
                    .value("amount", valueName: "YUAN", help: LocalizedText(en: "Amount in yuan", zh: "金额（元）")),
                    dateOption,
                    HouseholdCommands.villageSelector,
                ], run: measure),
            CommandSpec("income",
                abstract: LocalizedText(en: "Record a household's net income for a month", zh: "登记某月家庭纯收入"),
                discussion: LocalizedText(
                    en: "Removal needs the six whole months before it recorded, each at or above the year's threshold per person over a year (the month × 12 / household size).",
                    zh: "风险消除要求此前六个整月均已登记，且每月人均折合全年（月收入 × 12 ÷ 家庭人口）不低于当年监测范围。"),
                arguments: [HouseholdCommands.householdArgument],
                options: [
                    .value("month", valueName: "YYYY-MM", required: true, help: LocalizedText(en: "The month", zh: "月份")),
                    .value("net", valueName: "YUAN", required: true, help: LocalizedText(en: "Net income of the household that month", zh: "当月家庭纯收入（元）")),
                    .value("size", valueName: "N", help: LocalizedText(en: "Household size (default: the household's)", zh: "家庭人口（默认取户信息）")),
                    HouseholdCommands.villageSelector,
                ], run: income),
            CommandSpec("propose-removal",
                abstract: LocalizedText(en: "Start the removal of a monitored household's risk", zh: "启动风险消除程序"),
                discussion: LocalizedText(
                    en: "Refused with the list of unmet conditions: at least 6 months monitored; a measure answering each risk; income recorded for the 6 months before and at or above the threshold; schooling, medical care, housing and water secure at their latest check; a member able to work. The removal then goes through the same seven steps.",
                    zh: "条件未满足时拒绝并列出：监测满 6 个月；每项风险均有对应措施；此前 6 个月收入已登记且不低于监测范围；三保障和饮水安全最近一次检查达标；家中有劳动力。之后按同样七个步骤办理。"),
                arguments: [caseArgument],
                options: [
                    .value("method", valueName: "METHOD", required: true, help: ChoiceHelp.list(RemovalMethod.self)),
                    dateOption, HouseholdCommands.villageSelector,
                ], run: proposeRemoval),
            CommandSpec("remove",
                abstract: LocalizedText(en: "Remove the risk once the removal's steps are done", zh: "风险消除（程序完成后）"),
                discussion: LocalizedText(
                    en: "The conditions are checked again on --date; the household returns to the status it had before the case.",
                    zh: "按 --date 再次核对条件；该户恢复立案前的状态。"),
                arguments: [caseArgument], options: [dateOption, HouseholdCommands.villageSelector], run: remove),
            CommandSpec("take-back",
                abstract: LocalizedText(en: "Take a removal back: monitored again", zh: "风险消除回退：恢复监测"),
                arguments: [caseArgument],
                options: [
                    .value("reason", valueName: "TEXT", required: true, help: LocalizedText(en: "Why", zh: "原因")),
                    dateOption, HouseholdCommands.villageSelector,
                ], run: takeBack),
            CommandSpec("reflag",
                abstract: LocalizedText(en: "Flag a household whose risk was removed again", zh: "再标注为监测对象"),
                arguments: [caseArgument],
                options: [
                    .value("reason", valueName: "TEXT", required: true, help: LocalizedText(en: "The new risk or event", zh: "原因（新出现的风险）")),
                    .value("kind", valueName: "KIND", help: ChoiceHelp.list(MonitoringKind.self, en: "New kind: ", zh: "新的类型：")),
                    .repeatable("risk", valueName: "RISK", help: LocalizedText(en: "A new risk (may repeat)", zh: "新增风险（可多次）")),
                    dateOption, HouseholdCommands.villageSelector,
                ], run: reflag),
        ] + listSpecs),
        CommandSpec("threshold", abstract: LocalizedText(
            en: "Monitoring thresholds by year and region", zh: "各年度、各地区的防返贫监测范围"), subcommands: [
            CommandSpec("set",
                abstract: LocalizedText(en: "Set a year's per-capita income threshold for a region", zh: "设置某年某地区的人均纯收入监测范围"),
                discussion: LocalizedText(
                    en: "A household's threshold is its county's, else the region set by 'tracker config set region', else the national one; a year without one uses the latest year before it. Example: tracker threshold set --year 2025 --region 云南省 8700",
                    zh: "每户适用其所在县的监测范围，否则用 tracker config set region 设定的地区的，否则用全国的；某年没有则用此前最近一年的。示例：tracker threshold set --year 2025 --region 云南省 8700"),
                arguments: [ArgumentSpec("amount", valueName: "YUAN", help: LocalizedText(en: "Yuan per person per year", zh: "每人每年（元）"))],
                options: [
                    MoneyCommands.yearOption,
                    .value("region", valueName: "REGION", help: LocalizedText(
                        en: "national (default), or a province's or county's name", zh: "全国（national，默认），或省、县名称")),
                    .value("note", valueName: "TEXT", help: LocalizedText(en: "Where the figure comes from", zh: "依据")),
                ], run: setThreshold),
            CommandSpec("list", abstract: LocalizedText(en: "List the thresholds", zh: "列出监测范围"), run: listThresholds),
        ]),
    ]

    static func monitoringCase(_ context: CommandContext, _ database: TrackerDatabase) throws -> MonitoringCase {
        try MonitoringStore(database).resolve(context.argument("case")!, village: context.value("village"))
    }

    static func open(_ context: CommandContext) throws {
        let database = try context.database()
        let household = try HouseholdStore(database).resolve(context.argument("household")!, village: context.value("village"))
        let risks = try context.values("risk").map { try context.parseEnum($0, option: "risk", as: MonitoringRisk.self) }
        let item = try context.value("item").map { try FollowUpCommands.itemID($0, option: "--item") }
        let opened = try MonitoringStore(database).open(
            household: household, kind: try context.enumValue("kind", as: MonitoringKind.self)!,
            source: try context.enumValue("source", as: MonitoringSource.self), risks: risks,
            clueOn: try context.date("clue-date"), item: item, note: context.value("note"), today: context.today)
        let rendering = MonitoringRendering(language: context.language, today: context.today)
        context.output.print(context.t(
            "Opened monitoring case #\(opened.id) for \(household.label): \(opened.kind.label(in: .en)), risks \(rendering.risks(opened)); clue \(opened.clueOn), decision due by \(MonitoringRules.decisionDue(clue: opened.clueOn))",
            "已为 \(household.label(in: .zh)) 立案 #\(opened.id)：\(opened.kind.label(in: .zh))，风险 \(rendering.risks(opened))；线索日期 \(opened.clueOn)，须在 \(MonitoringRules.decisionDue(clue: opened.clueOn)) 前作出认定"))
        context.output.print(rendering.next(opened))
    }

    static func step(_ context: CommandContext) throws {
        let database = try context.database()
        let found = try monitoringCase(context, database)
        let step = try context.parseEnum(context.argument("step")!, option: "step", as: MonitoringStep.self)
        let draft = StepDraft(
            step: step, date: try context.date("date"), by: context.value("by")!,
            outcome: try context.enumValue("outcome", as: StepOutcome.self) ?? .passed, consent: context.isSet("consent"),
            votesFor: try context.integer("votes-for", in: 0...100_000),
            votesAgainst: try context.integer("votes-against", in: 0...100_000),
            noticeFrom: try context.date("notice-from"), noticeTo: try context.date("notice-to"),
            lateReason: context.value("late-reason"), note: context.value("note"))
        let updated = try MonitoringStore(database).recordStep(found, draft, today: context.today)
        let recorded = updated.steps.last!
        let rendering = MonitoringRendering(language: context.language, today: context.today)
        context.output.print(context.t(
            "Case #\(updated.id): step \(step.number) \(step.label(in: .en)) \(recorded.outcome.label(in: .en)) on \(recorded.date), by \(recorded.by)",
            "案件 #\(updated.id)：第 \(step.number) 步\(step.label(in: .zh)) \(recorded.date) \(recorded.outcome.label(in: .zh))（\(recorded.by)）"))
        context.output.print(rendering.next(updated))
    }

    static func confirm(_ context: CommandContext) throws {
        let database = try context.database()
        let updated = try MonitoringStore(database).confirm(try monitoringCase(context, database), on: try context.date("date"),
                                                            today: context.today)
        let since = updated.monitoredSince!
        context.output.print(context.t(
            "Case #\(updated.id) confirmed: \(updated.household.label) is monitored (\(updated.kind.label(in: .en))) from \(since)",
            "案件 #\(updated.id) 已确认：\(updated.household.label(in: .zh)) 自 \(since) 起为监测对象（\(updated.kind.label(in: .zh))）"))
    }

    static func measure(_ context: CommandContext) throws {
        let database = try context.database()
        let found = try monitoringCase(context, database)
        let risk = try context.enumValue("risk", as: MonitoringRisk.self)!
        let measure = try MonitoringStore(database).addMeasure(
            found, risk: risk, kind: try context.enumValue("kind", as: MeasureKind.self)!, note: context.value("note")!,
            amount: try MoneyCommands.money(context, "amount"), date: try context.date("date"), today: context.today)
        context.output.print(context.t(
            "Case #\(found.id): \(measure.kind.label(in: .en)) measure #\(measure.id) against \(risk.label(in: .en)) (\(measure.year))",
            "案件 #\(found.id)：已针对“\(risk.label(in: .zh))”登记\(measure.kind.label(in: .zh))措施 #\(measure.id)（\(measure.year) 年）"))
    }

    static func income(_ context: CommandContext) throws {
        let database = try context.database()
        let household = try HouseholdStore(database).resolve(context.argument("household")!, village: context.value("village"))
        let month: YearMonth
        do { month = try YearMonth(context.value("month")!) } catch { throw OptionValueError(option: "month", error: error) }
        let income = try MonitoringStore(database).recordIncome(
            household: household, month: month, net: try MoneyCommands.money(context, "net")!,
            size: try context.integer("size", in: 1...99), today: context.today)
        context.output.print(context.t(
            "\(household.label) \(month): net \(income.net), \(income.annualPerCapita) a person over a year (\(income.householdSize) persons)",
            "\(household.label(in: .zh)) \(month)：纯收入 \(income.net) 元，人均折合全年 \(income.annualPerCapita) 元（\(income.householdSize) 人）"))
    }

    static func proposeRemoval(_ context: CommandContext) throws {
        let database = try context.database()
        let updated = try MonitoringStore(database).proposeRemoval(
            try monitoringCase(context, database), method: try context.enumValue("method", as: RemovalMethod.self)!,
            on: try context.date("date"), today: context.today)
        let method = updated.currentProcedure?.method ?? .assisted
        context.output.print(context.t(
            "Case #\(updated.id): removal (\(method.label(in: .en))) started on \(updated.currentProcedure!.date); every condition is met",
            "案件 #\(updated.id)：\(updated.currentProcedure!.date) 启动风险消除（\(method.label(in: .zh))），各项条件均已满足"))
        context.output.print(MonitoringRendering(language: context.language, today: context.today).next(updated))
    }

    static func remove(_ context: CommandContext) throws {
        let database = try context.database()
        let updated = try MonitoringStore(database).remove(try monitoringCase(context, database), on: try context.date("date"),
                                                           today: context.today)
        let removed = updated.events.last!
        context.output.print(context.t(
            "Case #\(updated.id): risk removed on \(removed.date) (\(removed.method?.label(in: .en) ?? "")); \(updated.household.headName) is \(updated.priorStatus.label(in: .en)) again",
            "案件 #\(updated.id)：\(removed.date) 风险消除（\(removed.method?.label(in: .zh) ?? "")）；\(updated.household.headName) 恢复为\(updated.priorStatus.label(in: .zh))"))
    }

    static func takeBack(_ context: CommandContext) throws {
        let database = try context.database()
        let updated = try MonitoringStore(database).takeBack(try monitoringCase(context, database), reason: context.value("reason")!,
                                                             on: try context.date("date"), today: context.today)
        context.output.print(context.t(
            "Case #\(updated.id): removal taken back on \(updated.events.last!.date); \(updated.household.headName) is monitored again (\(updated.kind.label(in: .en)))",
            "案件 #\(updated.id)：\(updated.events.last!.date) 风险消除回退；\(updated.household.headName) 恢复为监测对象（\(updated.kind.label(in: .zh))）"))
    }

    static func reflag(_ context: CommandContext) throws {
        let database = try context.database()
        let risks = try context.values("risk").map { try context.parseEnum($0, option: "risk", as: MonitoringRisk.self) }
        let updated = try MonitoringStore(database).reflag(
            try monitoringCase(context, database), reason: context.value("reason")!,
            kind: try context.enumValue("kind", as: MonitoringKind.self), risks: risks, on: try context.date("date"),
            today: context.today)
        let rendering = MonitoringRendering(language: context.language, today: context.today)
        context.output.print(context.t(
            "Case #\(updated.id): flagged again on \(updated.events.last!.date); \(updated.household.headName) is monitored (\(updated.kind.label(in: .en))), risks \(rendering.risks(updated))",
            "案件 #\(updated.id)：\(updated.events.last!.date) 再标注；\(updated.household.headName) 为监测对象（\(updated.kind.label(in: .zh))），风险 \(rendering.risks(updated))"))
    }

    static func setThreshold(_ context: CommandContext) throws {
        let amount: Money
        do { amount = try Money(context.argument("amount")!) } catch { throw OptionValueError(option: "amount", error: error) }
        let threshold = try ThresholdStore(try context.database()).set(
            year: try context.integer("year", in: 2000...2100)!, region: context.value("region") ?? ThresholdStore.national,
            amount: amount, note: context.value("note"))
        let region = PovertyLineWords.region(threshold.region)
        context.output.print(context.t(
            "Monitoring threshold \(threshold.year) (\(region.en)): \(threshold.amount) yuan per person",
            "\(threshold.year) 年监测范围（\(region.zh)）：人均 \(threshold.amount) 元"))
    }

    static func listThresholds(_ context: CommandContext) throws {
        var listing = Listing([
            .init(key: "year", header: LocalizedText(en: "Year", zh: "年度"), alignment: .right),
            .init(key: "region", header: LocalizedText(en: "Region", zh: "地区")),
            .init(key: "amount", header: LocalizedText(en: "Yuan per person", zh: "人均（元）"), alignment: .right),
            .init(key: "example", header: LocalizedText(en: "Example", zh: "示例")),
            .init(key: "note", header: LocalizedText(en: "Note", zh: "说明")),
        ])
        for threshold in try ThresholdStore(try context.database()).list() {
            listing.append([.number(Int64(threshold.year)),
                            .localized(PovertyLineWords.region(threshold.region).text(in: context.language), json: .string(threshold.region)),
                            .text(threshold.amount.description), .flag(threshold.example),
                            .localized(PovertyLineWords.note(threshold.note)?.text(in: context.language), json: .string(threshold.note))])
        }
        try listing.print(to: context)
    }
}
