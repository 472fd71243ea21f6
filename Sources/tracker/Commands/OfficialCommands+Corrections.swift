import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `official edit | leave`: corrections, and an official leaving their post.
extension OfficialCommands {
    static let officialArgument = ArgumentSpec("official", valueName: "OFFICIAL", help: LocalizedText(
        en: "The official's name, or #ID when names repeat", zh: "干部姓名；重名时用 #编号"))

    static let correctionSpecs: [Command] = [
        CommandSpec("edit",
            abstract: LocalizedText(en: "Correct an official's record", zh: "更正干部信息"),
            arguments: [officialArgument],
            options: [
                .value("name", valueName: "NAME", help: LocalizedText(en: "The right name", zh: "正确的姓名")),
                .value("unit", valueName: "UNIT", help: LocalizedText(en: "Work unit", zh: "工作单位")),
                .value("title", valueName: "TITLE", help: LocalizedText(en: "Post or title", zh: "职务")),
                .value("phone", valueName: "PHONE", help: LocalizedText(en: "Phone", zh: "电话")),
                .value("reason", valueName: "TEXT", help: LocalizedText(en: "Why (for the log)", zh: "原因（记入日志）")),
            ], run: edit),
        CommandSpec("leave",
            abstract: LocalizedText(en: "Record that an official left their post", zh: "登记干部离岗"),
            discussion: LocalizedText(
                en: "Their current assignments end on --date; their open items are listed for 'tracker followup assign ID --to OFFICIAL'.",
                zh: "其当前帮扶关系于 --date 结束；其未销号的整改事项会列出，请用 tracker followup assign 编号 --to 干部 改派。"),
            arguments: [officialArgument],
            options: [
                .value("date", valueName: "YYYY-MM-DD", help: LocalizedText(en: "When (default: today)", zh: "日期（默认今天）")),
                .value("reason", valueName: "TEXT", help: LocalizedText(en: "Why (for the log)", zh: "原因（记入日志）")),
            ], run: leave),
    ]

    static func edit(_ context: CommandContext) throws {
        let database = try context.database()
        let store = OfficialStore(database)
        let official = try store.resolve(context.argument("official")!)
        try context.recordReason(on: database)
        let edited = try store.edit(official, name: context.value("name"), unit: context.value("unit"),
                                    title: context.value("title"), phone: context.value("phone"))
        context.output.print(context.t("Updated official \(edited.label) (#\(edited.id))", "已更正干部 \(edited.label(in: .zh))（#\(edited.id)）"))
    }

    static func leave(_ context: CommandContext) throws {
        let date = try context.date("date") ?? context.today
        let database = try context.database()
        let store = OfficialStore(database)
        let official = try store.resolve(context.argument("official")!)
        try context.recordReason(on: database)
        let result = try store.leave(official, on: date, today: context.today)
        context.output.print(context.t(
            "\(official.name) left on \(date); \(result.endedAssignments) assignment(s) ended",
            "\(official.name) 已于 \(date) 离岗；结束帮扶关系 \(result.endedAssignments) 项"))
        if !result.openItems.isEmpty {
            context.output.print(context.t(
                "Open items to reassign with 'tracker followup assign ID --to OFFICIAL':",
                "以下未销号事项请用 tracker followup assign 编号 --to 干部 改派："))
            let rendering = RectificationRendering(language: context.language, today: context.today)
            for item in result.openItems { context.output.print("  " + rendering.line(item)) }
        }
    }
}
