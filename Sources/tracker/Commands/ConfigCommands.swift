import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `config get | list | set`: settings kept in the database, so every cadre using
/// one database works to the same rules. For now: the visit interval.
enum ConfigCommands: CommandGroup {
    /// The keys users type; `_` is accepted for `-`.
    static let visitIntervalKey = "visit-interval"
    static let regionKey = "region"
    static let keys = [visitIntervalKey, regionKey]

    static let keyHelp = LocalizedText(
        en: "visit-interval: how often each household must be visited; one of " + VisitInterval.acceptedForms.en
            + "; region: the province or county of this database's households, whose monitoring threshold applies when their county has none (see tracker threshold set)",
        zh: "visit-interval：每户的走访频次，可选 " + VisitInterval.acceptedForms.zh
            + "；region：本库农户所在的省或县，其所在县没有监测范围时适用该地区的（见 tracker threshold set）")

    static let specs: [Command] = [
        CommandSpec("config", abstract: LocalizedText(en: "Settings kept in the database", zh: "数据库中的设置"), subcommands: [
            CommandSpec("get",
                abstract: LocalizedText(en: "Show a setting (all when no KEY)", zh: "查看设置（不写 KEY 则全部）"),
                discussion: keyHelp,
                arguments: [ArgumentSpec("key", valueName: "KEY", optional: true, help: LocalizedText(en: "visit-interval | region", zh: "visit-interval | region"))], run: get),
            CommandSpec("list",
                abstract: LocalizedText(en: "Show every setting with its value and meaning", zh: "列出全部设置及其值和含义"),
                discussion: keyHelp, run: list),
            CommandSpec("set",
                abstract: LocalizedText(en: "Change a setting", zh: "修改设置"),
                discussion: LocalizedText(
                    en: keyHelp.en + ". Example: tracker config set visit-interval per-quarter:2",
                    zh: keyHelp.zh + "。示例：tracker config set visit-interval per-quarter:2"),
                arguments: [
                    ArgumentSpec("key", valueName: "KEY", help: LocalizedText(en: "visit-interval | region", zh: "visit-interval | region")),
                    ArgumentSpec("value", valueName: "VALUE", help: LocalizedText(
                        en: "visit-interval: monthly | every:N:months | per-quarter:N | per-month:N; region: a province's or county's name",
                        zh: "visit-interval：monthly | every:N:months | per-quarter:N | per-month:N；region：省或县，如 云南省")),
                ], run: set),
        ]),
    ]

    /// `config get` without KEY shows every setting, as `config list` does.
    static func get(_ context: CommandContext) throws {
        try show(context.argument("key").map { [try checkKey($0, context)] } ?? keys, context)
    }

    static func list(_ context: CommandContext) throws { try show(keys, context) }

    private static func show(_ shown: [String], _ context: CommandContext) throws {
        let store = SettingsStore(try context.database())
        let interval = try store.visitInterval()
        let region = try store.monitoringRegion()
        switch context.format {
        case .json:
            context.output.print(JSONValue.object(shown.map { name in
                (name, name == visitIntervalKey ? .string(interval.description) : .string(region))
            }).serialized(pretty: true))
        case .csv, .table, .xlsx:  // xlsx never gets here: only the reports accept it
            var listing = Listing([
                .init(key: "key", header: LocalizedText(en: "Key", zh: "设置项")),
                .init(key: "value", header: LocalizedText(en: "Value", zh: "值")),
                .init(key: "meaning", header: LocalizedText(en: "Meaning", zh: "含义")),
            ])
            for name in shown {
                if name == visitIntervalKey {
                    listing.append([.text(visitIntervalKey), .text(interval.description), .text(interval.label(in: context.language))])
                } else {
                    listing.append([.text(regionKey), .text(region ?? ""), .text(context.t(
                        "region of the monitoring threshold when a county has none" + (region == nil ? " (not set: national)" : ""),
                        "县无监测范围时适用的地区" + (region == nil ? "（未设置：全国）" : "")))])
                }
            }
            try listing.print(to: context)
        }
    }

    static func set(_ context: CommandContext) throws {
        let key = try checkKey(context.argument("key")!, context)
        let store = SettingsStore(try context.database())
        if key == regionKey {
            try store.setMonitoringRegion(context.argument("value")!)
            let region = try store.monitoringRegion() ?? ""
            context.output.print(context.t("region is now \(region): its monitoring threshold applies when a county has none",
                                           "地区已设为 \(region)：县无监测范围时适用该地区的"))
            return
        }
        let interval: VisitInterval
        do { interval = try VisitInterval(context.argument("value")!) } catch {
            throw OptionValueError(option: visitIntervalKey, error: error)
        }
        try store.setVisitInterval(interval)
        context.output.print(context.t("visit-interval is now \(interval) (\(interval.label(in: .en)))",
                                       "走访频次已设为 \(interval)（\(interval.label(in: .zh))）"))
    }

    /// The key as the settings know it (`_` typed for `-`), or a usage error naming them.
    private static func checkKey(_ key: String, _ context: CommandContext) throws -> String {
        guard let known = keys.first(where: { $0 == key.replacingUnderscores }) else {
            throw context.usageFailure("unknown setting '\(key)'; the settings are: \(keys.joined(separator: ", "))",
                                       "没有设置项“\(key)”；可用的设置项：\(keys.joined(separator: "、"))")
        }
        return known
    }
}

private extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? "-" : $0 }) }
}
