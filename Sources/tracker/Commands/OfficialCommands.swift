import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `official add | list`: the cadres who are assigned and who visit.
enum OfficialCommands: CommandGroup {
    static let specs: [Command] = [
        CommandSpec("official", abstract: LocalizedText(en: "Assigned officials", zh: "帮扶干部"), subcommands: [
            CommandSpec("add",
                abstract: LocalizedText(en: "Add an official", zh: "添加干部"),
                arguments: [ArgumentSpec("name", valueName: "NAME", help: LocalizedText(en: "The official's name", zh: "干部姓名"))],
                options: [
                    .value("unit", valueName: "UNIT", help: LocalizedText(en: "Work unit", zh: "工作单位")),
                    .value("title", valueName: "TITLE", help: LocalizedText(en: "Post or title", zh: "职务")),
                    .value("phone", valueName: "PHONE", help: LocalizedText(en: "Phone", zh: "电话")),
                ], run: add),
            CommandSpec("list", abstract: LocalizedText(en: "List officials", zh: "列出干部"), run: list),
        ] + correctionSpecs),
    ]

    static func add(_ context: CommandContext) throws {
        let official = try OfficialStore(try context.database()).add(
            name: context.argument("name")!, unit: context.value("unit"), title: context.value("title"), phone: context.value("phone"))
        context.output.print(context.t("Added official \(official.label) (#\(official.id))", "已添加干部 \(official.label(in: .zh))（#\(official.id)）"))
    }

    static func list(_ context: CommandContext) throws {
        let officials = try OfficialStore(try context.database()).list()
        var listing = Listing([
            .init(key: "id", header: LocalizedText(en: "#", zh: "#"), alignment: .right),
            .init(key: "name", header: LocalizedText(en: "Name", zh: "姓名")),
            .init(key: "unit", header: LocalizedText(en: "Unit", zh: "单位")),
            .init(key: "title", header: LocalizedText(en: "Title", zh: "职务")),
            .init(key: "phone", header: LocalizedText(en: "Phone", zh: "电话")),
        ])
        let reveal = context.isSet("reveal")
        for official in officials {
            listing.append([.number(official.id), .text(official.name), .text(official.unit), .text(official.title),
                            .text(official.phone.map { reveal ? $0 : Masking.phone($0) })])
        }
        if reveal && !officials.isEmpty {
            try AuditStore(try context.database()).recordReveal(ofListed: "officials", what: "official list",
                                                                count: officials.count, selection: context.selection([]))
        }
        try listing.print(to: context, emptyMessage: LocalizedText(en: "No officials yet; add one with 'tracker official add NAME'.",
                                                           zh: "暂无干部；可用 tracker official add 姓名 添加。"))
    }
}
