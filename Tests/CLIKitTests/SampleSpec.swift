import Bilingual
import CLIKit

/// What a sample command is handed when it runs: it notes which one ran.
final class SampleRun {
    var ran: [String] = []
}

/// A small command tree shaped like tracker's, shared by the tests.
enum SampleSpec {
    /// A leaf's run: records the command's name.
    static func note(_ name: String) -> CommandSpec<SampleRun>.Run { { $0.ran.append(name) } }

    static let root = CommandSpec<SampleRun>(
        "tracker",
        abstract: LocalizedText(en: "Track household visits.", zh: "走访户记录工具。"),
        globalOptions: [
            .value("db", valueName: "PATH", help: LocalizedText(en: "Database file.", zh: "数据库文件。")),
            .value("lang", valueName: "zh|en", help: LocalizedText(en: "Language.", zh: "语言。")),
            .flag("json", help: LocalizedText(en: "Print JSON.", zh: "输出 JSON。")),
            .flag("version", standalone: true, help: LocalizedText(en: "Print the version.", zh: "显示版本。")),
        ],
        subcommands: [
            CommandSpec(
                "household",
                abstract: LocalizedText(en: "Manage households.", zh: "管理贫困户。"),
                subcommands: [
                    CommandSpec(
                        "add",
                        abstract: LocalizedText(en: "Add a household.", zh: "新增贫困户。"),
                        discussion: LocalizedText(
                            en: "The head of household is added as its first member.",
                            zh: "户主同时登记为第一名成员。"),
                        arguments: [
                            ArgumentSpec("name", help: LocalizedText(en: "Head's name.", zh: "户主姓名。"))
                        ],
                        options: [
                            .value("town", valueName: "T", required: true, help: LocalizedText(en: "Town.", zh: "乡镇。")),
                            .value(
                                "village", valueName: "V", required: true, help: LocalizedText(en: "Village.", zh: "村。")
                            ),
                            .repeatable(
                                "cause", valueName: "原因", help: LocalizedText(en: "Cause of poverty.", zh: "致贫原因。")),
                            .value("note", short: "n", valueName: "TEXT", help: "Free text.\nShown in the case."),
                        ],
                        run: note("household add")),
                    CommandSpec(
                        "list", abstract: LocalizedText(en: "List households.", zh: "列出贫困户。"),
                        options: [.flag("due-for-visit", help: LocalizedText(en: "Only those due.", zh: "仅列出应走访的。"))],
                        run: note("household list")),
                ]),
            CommandSpec(
                "visit",
                abstract: LocalizedText(en: "Record visits.", zh: "走访记录。"),
                subcommands: [
                    CommandSpec(
                        "add", abstract: "Record a visit.",
                        arguments: [ArgumentSpec("household", help: "Code or head's name.")],
                        options: [
                            .repeatable("by", valueName: "OFFICIAL", required: true, help: "Who visited."),
                            .repeatable("check", valueName: "ITEM=RESULT[:NOTE]", help: "A checklist result."),
                        ],
                        run: note("visit add"))
                ]),
            CommandSpec(
                "backup", abstract: "Copy the database.",
                arguments: [
                    ArgumentSpec("file", help: "Destination."),
                    ArgumentSpec("extra", optional: true, repeating: true, help: "More destinations."),
                ],
                run: note("backup")),
        ])

    static let parser = CommandParser(root: root)
}
