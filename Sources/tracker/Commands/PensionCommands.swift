import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `pension check | due`: the yearly pension eligibility check (生存认证).
enum PensionCommands: CommandGroup {
    static let specs: [Command] = [
        CommandSpec("pension", abstract: LocalizedText(en: "Pension eligibility checks", zh: "养老保险待遇资格认证（生存认证）"), subcommands: [
            CommandSpec("check",
                abstract: LocalizedText(en: "Record a member's yearly eligibility check", zh: "登记成员的年度资格认证"),
                arguments: [HouseholdCommands.householdArgument,
                            ArgumentSpec("member", valueName: "MEMBER", help: LocalizedText(en: "The member's name or ID number", zh: "成员姓名或身份证号"))],
                options: [
                    .value("method", valueName: "METHOD", required: true, help: ChoiceHelp.list(PensionCheckMethod.self)),
                    .value("date", valueName: "YYYY-MM-DD", help: LocalizedText(en: "When (default: today)", zh: "认证日期（默认今天）")),
                    .value("by", valueName: "OFFICIAL", help: LocalizedText(en: "Official who did a home check", zh: "上门认证的干部")),
                    .value("note", valueName: "TEXT", help: LocalizedText(en: "Free note", zh: "备注")),
                    HouseholdCommands.villageSelector,
                ], run: check),
            CommandSpec("due",
                abstract: LocalizedText(en: "Pensioners whose check has lapsed, is missing, or lapses soon", zh: "认证已过期、从未认证或即将到期的领取人"),
                discussion: LocalizedText(
                    en: "A check lasts 12 months; payment stops when it lapses and is paid back after a late check. Pensioners are members aged 60 or more not recorded as without pension insurance.",
                    zh: "每次认证有效 12 个月；过期停发，补认证后补发。领取人指 60 周岁及以上、未登记为未参保的成员。"),
                options: [
                    .value("as-of", valueName: "YYYY-MM-DD", help: LocalizedText(en: "The day to judge by (default: today)", zh: "判断日期（默认今天）")),
                    .value("within", valueName: "DAYS", help: LocalizedText(en: "Also list checks lapsing within DAYS (default 0)", zh: "同时列出 DAYS 天内到期的（默认 0）")),
                    .value("town", valueName: "TOWN", help: LocalizedText(en: "Only this town", zh: "仅此乡镇")),
                    .value("village", valueName: "VILLAGE", help: LocalizedText(en: "Only this village", zh: "仅此村")),
                ], run: due),
        ]),
    ]

    static func check(_ context: CommandContext) throws {
        let method = try context.enumValue("method", as: PensionCheckMethod.self)!
        let date = try context.date("date") ?? context.today
        let database = try context.database()
        let household = try HouseholdStore(database).resolve(context.argument("household")!, village: context.value("village"))
        let store = PensionStore(database)
        let member = try store.member(named: context.argument("member")!, of: household)
        let official = try context.value("by").map { name throws(TrackerError) in try OfficialStore(database).resolve(name) }
        try store.record(member: member, on: date, method: method, official: official, note: context.value("note"), today: context.today)
        context.output.print(context.t(
            "Recorded the \(method.label(in: .en)) check of \(member.name) (\(household.label)) on \(date); next due by \(PensionStore.nextDue(after: date))",
            "已登记 \(member.name)（\(household.label(in: .zh))）\(date) 的\(method.label(in: .zh))认证；下次须在 \(PensionStore.nextDue(after: date)) 前认证"))
    }

    static func due(_ context: CommandContext) throws {
        let asOf = try context.date("as-of") ?? context.today
        let list = try PensionStore(try context.database()).due(
            asOf: asOf, withinDays: try context.integer("within", in: 0...366) ?? 0,
            filter: HouseholdFilter(town: context.value("town"), village: context.value("village")))
        var listing = Listing([
            .init(key: "household", header: LocalizedText(en: "Household", zh: "户")),
            .init(key: "member", header: LocalizedText(en: "Member", zh: "成员")),
            .init(key: "age", header: LocalizedText(en: "Age", zh: "年龄"), alignment: .right),
            .init(key: "last_check", header: LocalizedText(en: "Last check", zh: "上次认证")),
            .init(key: "method", header: LocalizedText(en: "Method", zh: "方式")),
            .init(key: "lapses_on", header: LocalizedText(en: "Lapses", zh: "到期日")),
            .init(key: "state", header: LocalizedText(en: "State", zh: "状态")),
        ])
        for entry in list {
            // People read a sentence; programs get a key (and the dates beside it).
            let state: (key: String, text: String)
            if let lapses = entry.lapsesOn {
                state = lapses <= asOf
                    ? ("lapsed", context.t("LAPSED \(lapses.days(to: asOf)) days", "已过期 \(lapses.days(to: asOf)) 天"))
                    : ("lapses_soon", context.t("lapses in \(asOf.days(to: lapses)) days", "\(asOf.days(to: lapses)) 天后到期"))
            } else {
                state = ("never_checked", context.t("never checked", "从未认证"))
            }
            listing.append([.label(entry.householdLabel), .text(entry.member.name), .number(Int64(entry.age)),
                            .text(entry.lastCheck?.description), .choice(entry.lastMethod, in: context.language),
                            .text(entry.lapsesOn?.description), .localized(state.text, json: .string(state.key))])
        }
        try listing.print(to: context, emptyMessage: LocalizedText(en: "No pensioner's check is due.", zh: "没有需要认证的领取人。"))
    }
}
