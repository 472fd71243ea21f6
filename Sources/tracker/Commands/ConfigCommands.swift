import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `config get | list | set`: settings kept in the database, so every cadre using
/// one database works to the same rules. For now: the visit interval.
enum ConfigCommands: CommandGroup {
    /// The keys users type; `_` is accepted for `-`.
    static let visitIntervalKey = "visit-interval"

    static let keyHelp = LocalizedText(
        en: "visit-interval: how often each household must be visited; one of " + VisitInterval.acceptedForms.en,
        zh: "visit-interval：每户的走访频次，可选 " + VisitInterval.acceptedForms.zh)

    static let specs: [Command] = [
        CommandSpec("config", abstract: LocalizedText(en: "Settings kept in the database", zh: "数据库中的设置"), subcommands: [
            CommandSpec("get",
                abstract: LocalizedText(en: "Show a setting (all when no KEY)", zh: "查看设置（不写 KEY 则全部）"),
                discussion: keyHelp,
                arguments: [ArgumentSpec("key", valueName: "KEY", optional: true, help: LocalizedText(en: "visit-interval", zh: "visit-interval"))], run: get),
            CommandSpec("list",
                abstract: LocalizedText(en: "Show every setting with its value and meaning", zh: "列出全部设置及其值和含义"),
                discussion: keyHelp, run: list),
            CommandSpec("set",
                abstract: LocalizedText(en: "Change a setting", zh: "修改设置"),
                discussion: LocalizedText(
                    en: keyHelp.en + ". Example: tracker config set visit-interval per-quarter:2",
                    zh: keyHelp.zh + "。示例：tracker config set visit-interval per-quarter:2"),
                arguments: [
                    ArgumentSpec("key", valueName: "KEY", help: LocalizedText(en: "visit-interval", zh: "visit-interval")),
                    ArgumentSpec("value", valueName: "VALUE", help: LocalizedText(
                        en: "monthly | every:N:months | per-quarter:N | per-month:N", zh: "monthly | every:N:months | per-quarter:N | per-month:N")),
                ], run: set),
        ]),
    ]

    /// `config get` without KEY shows every setting, as `config list` does.
    static func get(_ context: CommandContext) throws {
        if let key = context.argument("key") { try checkKey(key, context) }
        try list(context)
    }

    static func list(_ context: CommandContext) throws {
        let interval = try SettingsStore(try context.database()).visitInterval()
        switch context.format {
        case .json:
            context.output.print(JSONValue.object([(visitIntervalKey, .string(interval.description))]).serialized(pretty: true))
        case .csv, .table, .xlsx:  // xlsx never gets here: only the reports accept it
            var listing = Listing([
                .init(key: "key", header: LocalizedText(en: "Key", zh: "设置项")),
                .init(key: "value", header: LocalizedText(en: "Value", zh: "值")),
                .init(key: "meaning", header: LocalizedText(en: "Meaning", zh: "含义")),
            ])
            listing.append([.text(visitIntervalKey), .text(interval.description), .text(interval.label(in: context.language))])
            try listing.print(to: context)
        }
    }

    static func set(_ context: CommandContext) throws {
        try checkKey(context.argument("key")!, context)
        let interval: VisitInterval
        do { interval = try VisitInterval(context.argument("value")!) } catch {
            throw OptionValueError(option: visitIntervalKey, error: error)
        }
        try SettingsStore(try context.database()).setVisitInterval(interval)
        context.output.print(context.t("visit-interval is now \(interval) (\(interval.label(in: .en)))",
                                       "走访频次已设为 \(interval)（\(interval.label(in: .zh))）"))
    }

    private static func checkKey(_ key: String, _ context: CommandContext) throws {
        guard key.replacingUnderscores == visitIntervalKey else {
            throw context.usageFailure("unknown setting '\(key)'; the settings are: \(visitIntervalKey)",
                                       "没有设置项“\(key)”；可用的设置项：\(visitIntervalKey)")
        }
    }
}

private extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? "-" : $0 }) }
}
