import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `household head | close`: a new head of household, and the end of a case.
extension HouseholdCommands {
    static let endingSpecs: [Command] = [
        CommandSpec("head",
            abstract: LocalizedText(en: "Make another member the head of household", zh: "更换户主"),
            discussion: LocalizedText(
                en: "When the head dies or leaves. The household keeps its code and history; reports from --date on name the new head, and the former head, if still a member, becomes other.",
                zh: "户主去世或迁出时使用。户编号和档案不变；自 --date 起月报显示新户主，原户主如仍在户内，关系改为“其他”。"),
            arguments: [householdArgument, MemberCommands.memberArgument],
            options: [
                .value("date", valueName: "YYYY-MM-DD", help: LocalizedText(en: "From when (default: today)", zh: "生效日期（默认今天）")),
                .value("reason", valueName: "TEXT", help: LocalizedText(en: "Why (for the log)", zh: "原因（记入日志）")),
                villageSelector,
            ], run: head),
        CommandSpec("close",
            abstract: LocalizedText(en: "Close a household's case (it stays on record)", zh: "销户（保留档案）"),
            discussion: LocalizedText(
                en: "The household leaves the monthly reports after the month of --date, and stays searchable.",
                zh: "该户自 --date 所在月份之后不再出现在月报中，档案仍可查询。"),
            arguments: [householdArgument],
            options: [
                .value("reason", valueName: "REASON", required: true, help: ChoiceHelp.list(HouseholdCloseReason.self, en: "Why: ", zh: "原因：")),
                .value("date", valueName: "YYYY-MM-DD", help: LocalizedText(en: "When (default: today)", zh: "日期（默认今天）")),
                .value("note", valueName: "TEXT", help: LocalizedText(en: "More about it, for the log", zh: "补充说明（记入日志）")),
                villageSelector,
            ], run: close),
    ]

    static func head(_ context: CommandContext) throws {
        let date = try context.date("date") ?? context.today
        let database = try context.database()
        let household = try HouseholdStore(database).resolve(context.argument("household")!, village: context.value("village"))
        let store = MemberStore(database)
        let member = try store.resolve(context.argument("member")!, in: household)
        try context.recordReason(on: database)
        let updated = try store.makeHead(member, of: household, from: date, today: context.today)
        context.output.print(context.t("\(member.name) is the head of \(updated.label) from \(date)",
                                       "自 \(date) 起，\(member.name) 为 \(updated.label(in: .zh)) 的户主"))
    }

    static func close(_ context: CommandContext) throws {
        let reason = try context.enumValue("reason", as: HouseholdCloseReason.self)!
        let date = try context.date("date") ?? context.today
        let database = try context.database()
        let store = HouseholdStore(database)
        let household = try store.resolve(context.argument("household")!, village: context.value("village"))
        let closed = try store.close(household, reason: reason, on: date, note: context.value("note"), today: context.today)
        context.output.print(context.t(
            "Closed \(closed.label) on \(date) (\(reason.label(in: .en))); it leaves the reports after \(date.yearMonth)",
            "已于 \(date) 为 \(closed.label(in: .zh)) 销户（\(reason.label(in: .zh))）；自 \(date.yearMonth) 之后不再计入月报"))
    }
}
