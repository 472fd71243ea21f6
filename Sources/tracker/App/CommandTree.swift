import Bilingual
import CLIKit

/// One of tracker's commands: its declaration and, for a leaf, what it runs.
typealias Command = CommandSpec<CommandContext>

/// One group of commands, each declared together with its run.
protocol CommandGroup {
    static var specs: [Command] { get }
}

/// The whole command surface, declared as data; help and usage come from it.
enum CommandTree {
    static let version = "tracker 0.1.0"

    /// Adding a group here is all it takes to add commands; `--help` lists
    /// them in this order, the everyday work first.
    static var groups: [any CommandGroup.Type] { [
        SetupCommands.self,
        HouseholdCommands.self,
        MemberCommands.self,
        OfficialCommands.self,
        AssignmentCommands.self,
        VisitCommands.self,
        FollowUpCommands.self,
        ReportCommands.self,
        ImportCommands.self,
        MoneyCommands.self,
        PensionCommands.self,
        MonitorCommands.self,
        SafetyCommands.self,
        ConfigCommands.self,
        HelpCommands.self,
    ] }

    static let globalOptions: [OptionSpec] = [
        .value("db", valueName: "PATH", help: LocalizedText(
            en: "Database file (default: $TRACKER_DB, else $XDG_DATA_HOME/tracker/tracker.db)",
            zh: "数据库文件（默认：$TRACKER_DB，否则 $XDG_DATA_HOME/tracker/tracker.db）")),
        .value("operator", valueName: "NAME", help: LocalizedText(
            en: "Who is making changes, for the audit log (default: $TRACKER_OPERATOR, else the login name); on PostgreSQL the role that logged in, and refused",
            zh: "操作人，记入审计日志（默认：$TRACKER_OPERATOR，否则为登录名）；PostgreSQL 上为登录的角色，不接受此选项")),
        .value("lang", valueName: "zh|en", help: LocalizedText(
            en: "Language of labels and messages (default: from LC_ALL/LC_MESSAGES/LANG)",
            zh: "界面语言（默认随 LC_ALL/LC_MESSAGES/LANG）")),
        .value("format", valueName: "table|json|csv|xlsx", help: LocalizedText(
            en: "Output format of read commands (default: table; xlsx for the reports)",
            zh: "查询命令的输出格式（默认 table；报表可用 xlsx）")),
        .flag("json", help: LocalizedText(en: "Same as --format json", zh: "等同 --format json")),
        .flag("csv", help: LocalizedText(en: "Same as --format csv", zh: "等同 --format csv")),
        .flag("reveal", help: LocalizedText(
            en: "Show ID numbers and phones unmasked (recorded in the audit log)",
            zh: "显示完整身份证号和电话（会记入审计日志）")),
        .flag("version", standalone: true, help: LocalizedText(en: "Print the version", zh: "显示版本")),
    ]

    static let root = tree(groups.flatMap { $0.specs })

    static func tree(_ commands: [Command]) -> Command {
        Command(
            "tracker",
            abstract: LocalizedText(
                en: "Track visits to registered poor households, their checklist (food, clothing, schooling, medical care, housing, water) and rectification items.",
                zh: "建档立卡贫困户走访、两不愁三保障排查与整改台账管理。"),
            globalOptions: globalOptions,
            subcommands: commands)
    }

    /// The group that declares each top-level command (`CommandTreeTests`
    /// checks this against `groups`).
    static var groupOfCommand: [String: any CommandGroup.Type] { [
        "init": SetupCommands.self, "seed": SetupCommands.self, "migrate-to": SetupCommands.self, "db": SetupCommands.self,
        "household": HouseholdCommands.self, "member": MemberCommands.self, "official": OfficialCommands.self,
        "assign": AssignmentCommands.self, "unassign": AssignmentCommands.self, "visit": VisitCommands.self,
        "followup": FollowUpCommands.self, "report": ReportCommands.self, "import": ImportCommands.self,
        "income": MoneyCommands.self, "measure": MoneyCommands.self, "line": MoneyCommands.self,
        "pension": PensionCommands.self, "monitor": MonitorCommands.self, "threshold": MonitorCommands.self,
        "log": SafetyCommands.self, "backup": SafetyCommands.self, "check": SafetyCommands.self,
        "config": ConfigCommands.self, "help": HelpCommands.self,
    ] }

    /// The part of the tree a command line needs to be parsed: the group of
    /// the command it names, or no commands at all for a lone `--version`.
    /// Declaring every command (help texts, choice lists) was a tenth of
    /// `tracker --version` and a few percent of every quick command. Help,
    /// no command and an unknown word get the whole tree, whose listing and
    /// suggestions they show.
    static func root(for arguments: [String]) -> Command {
        var index = 0
        while index < arguments.count {
            let token = arguments[index]
            index += 1
            if token == "--" || token == "--help" || token == "-h" { return root }
            if token.hasPrefix("-") {
                // A global option's value is the next word unless given with "=".
                if token.hasPrefix("--") && !token.contains("="), valueOptions.contains(String(token.dropFirst(2))) { index += 1 }
                continue
            }
            return groupOfCommand[token].map { tree($0.specs) } ?? root
        }
        return arguments.contains("--version") ? tree([]) : root
    }

    /// Global options that take a value.
    private static let valueOptions = Set(globalOptions.filter { $0.kind != .flag }.map(\.long))

    /// Commands that only read: they never create a database, so a mistyped
    /// `--db` is reported instead of answered from a new, empty file. Keyed
    /// by `ParsedCommand.id`; a test checks that each names a command.
    static let readingCommands: Set<String> = [
        "household.list", "household.show", "official.list", "visit.list", "visit.show", "followup.list", "followup.show",
        "report.monthly", "report.summary", "report.page", "pension.due", "line.list", "income.list", "measure.list",
        "config.get", "config.list", "db.status",
        "monitor.show", "monitor.list", "monitor.due-for-removal", "monitor.screen", "monitor.notice", "threshold.list",
        "log", "backup", "check",
    ]

    static func onlyReads(_ parsed: ParsedCommand<CommandContext>) -> Bool {
        readingCommands.contains(parsed.id)
    }
}
