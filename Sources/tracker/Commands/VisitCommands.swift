import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `visit add | list | show | void | edit`: recording visits, reading them back, correcting them.
enum VisitCommands: CommandGroup {
    static let specs: [Command] = [
        CommandSpec("visit", abstract: LocalizedText(en: "Visits to households", zh: "入户走访"), subcommands: [
            CommandSpec("add",
                abstract: LocalizedText(en: "Record a visit, its checks and the items it opens", zh: "登记一次走访、排查结果及整改事项"),
                discussion: LocalizedText(
                    en: """
                        Each --check that is not met (fail) opens a rectification item for that checklist item, unless one is already open; owner: the first --by, deadline: the visit date + 30 days. --due/--owner right after a --followup apply to that follow-up; given before any --followup they apply to every item the visit opens that has none of its own. On a terminal, without any --check, the six items are asked one by one (Enter skips one; Ctrl-D before the last one records nothing). Elsewhere nothing is asked.
                        Example: tracker visit add 赵丁先 --by 李国珍 --date 2020-04-10 --check housing=fail:roof-leaks --check food=ok
                        """,
                    zh: """
                        每个“不达标”的 --check 会为该项目新开一条整改事项（已有未销号的则不重复开）；责任人为第一个 --by，时限为走访日期后 30 天。紧跟在某个 --followup 后的 --due/--owner 只作用于该事项；写在所有 --followup 之前的，作用于本次走访新开、且未单独指定的全部事项。在终端中运行且未给出 --check 时，会逐项询问六个项目（回车跳过；在最后一项之前按 Ctrl-D 则不登记任何内容）；不在终端时不询问。
                        示例：tracker visit add 赵丁先 --by 李国珍 --date 2020-04-10 --check 住房=不达标:屋顶漏雨 --check 吃=达标
                        """),
                arguments: [HouseholdCommands.householdArgument],
                options: [
                    .repeatable("by", valueName: "OFFICIAL", required: true, help: LocalizedText(
                        en: "Official present; repeat for several, the lead first", zh: "参加走访的干部，可重复，带队人在前")),
                    .value("date", valueName: "YYYY-MM-DD", help: LocalizedText(
                        en: "Visit date (default: today; not in the future)", zh: "走访日期（默认今天，不能晚于今天）")),
                    .value("kind", valueName: "KIND", help: ChoiceHelp.list(VisitKind.self, default: .homeVisit)),
                    .value("campaign", valueName: "TEXT", help: LocalizedText(
                        en: "Campaign tag, e.g. the name of a county-wide drive", zh: "活动名称，如 大走访、大排查、大整改")),
                    .repeatable("check", valueName: CheckArgument.form, help: LocalizedText(
                        en: "A checklist result; ITEM: food clothing education medical housing water; RESULT: ok|fail|na (Chinese names accepted)",
                        zh: "排查结果；项目：吃 穿 教育 医疗 住房 饮水；结果：达标|不达标|不适用（ok|fail|na）")),
                    .repeatable("need", valueName: "TEXT", help: LocalizedText(en: "A request the family raised", zh: "群众诉求")),
                    .value("note", valueName: "TEXT", help: LocalizedText(en: "Free note", zh: "备注")),
                    .value("findings", valueName: "TEXT", help: LocalizedText(
                        en: "What was learned: family changes, health, income, expenses", zh: "了解到的情况：家庭变化、健康、收入来源、支出")),
                    .value("plans", valueName: "TEXT", help: LocalizedText(en: "Plans, e.g. next year's income plan", zh: "打算，如来年增收计划")),
                    .repeatable("followup", valueName: "TEXT", help: LocalizedText(
                        en: "Something to follow up: opens a rectification item", zh: "需跟进的事项，新开一条整改事项")),
                    .repeatable("due", valueName: "YYYY-MM-DD", help: LocalizedText(
                        en: "Deadline of the --followup before it (before any --followup: of all items opened)",
                        zh: "紧邻的前一个 --followup 的整改时限（写在所有 --followup 之前则作用于全部新开事项）")),
                    .repeatable("owner", valueName: "OFFICIAL", help: LocalizedText(
                        en: "Owner of the --followup before it (before any --followup: of all items opened)",
                        zh: "紧邻的前一个 --followup 的责任人（写在所有 --followup 之前则作用于全部新开事项）")),
                    HouseholdCommands.villageSelector,
                ], run: add),
            CommandSpec("list",
                abstract: LocalizedText(en: "List visits, newest first", zh: "列出走访记录（新的在前）"),
                options: [
                    .value("household", valueName: "NAME|CODE", help: LocalizedText(en: "Only this household", zh: "仅此户")),
                    .value("official", valueName: "OFFICIAL", help: LocalizedText(en: "Only visits this official went on", zh: "仅此干部参加的走访")),
                    .value("month", valueName: "YYYY-MM", help: LocalizedText(en: "Only this month", zh: "仅此月份")),
                    HouseholdCommands.villageSelector,
                ], run: list),
        ] + correctionSpecs),
    ]

    static func list(_ context: CommandContext) throws {
        var filter = VisitFilter()
        if let text = context.value("month") {
            do { filter.month = try YearMonth(text) } catch { throw OptionValueError(option: "month", error: error) }
        }
        let database = try context.database()
        if let reference = context.value("household") {
            filter.householdID = try HouseholdStore(database).resolve(reference, village: context.value("village")).id
        }
        if let reference = context.value("official") { filter.officialID = try OfficialStore(database).resolve(reference).id }
        let visits = try VisitStore(database).list(filter: filter)
        let language = context.language
        var listing = Listing([
            .init(key: "id", header: LocalizedText(en: "#", zh: "编号"), alignment: .right),
            .init(key: "date", header: LocalizedText(en: "Date", zh: "日期")),
            .init(key: "household", header: LocalizedText(en: "Household", zh: "农户")),
            .init(key: "kind", header: LocalizedText(en: "Kind", zh: "类型")),
            .init(key: "officials", header: LocalizedText(en: "Officials", zh: "干部")),
            .init(key: "checks", header: LocalizedText(en: "Checks", zh: "排查")),
            .init(key: "requests", header: LocalizedText(en: "Requests", zh: "诉求")),
            .init(key: "campaign", header: LocalizedText(en: "Campaign", zh: "活动")),
        ])
        for visit in visits {
            let checks = visit.checks.map { check in
                // Short names (住房, housing) and no notes keep the column narrow; notes are in household show.
                let item = language == .zh ? check.item.names.short ?? check.item.names.label.zh : check.item.key
                return "\(item)=\(check.result.label(in: language))"
            }
            let checksJSON = JSONValue.array(visit.checks.map { check in
                .object([("item", .string(check.item.key)), ("result", .string(check.result.key))])
            })
            listing.append([
                .number(visit.id), .text(visit.date.description), .label(visit.householdLabel),
                .choice(visit.kind, in: language), .texts(visit.officials.map(\.name)),
                .localized(checks.joined(separator: language == .zh ? "、" : ", "), json: checksJSON),
                .texts(visit.requests), .text(visit.campaign),
            ])
        }
        try listing.print(to: context, emptyMessage: LocalizedText(en: "No visits match.", zh: "没有符合条件的走访记录。"))
    }
}
