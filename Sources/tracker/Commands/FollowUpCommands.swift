import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `followup list | show | close | reopen`: the rectification ledger (整改台账).
enum FollowUpCommands: CommandGroup {
    static let idArgument = ArgumentSpec("id", valueName: "ID", help: LocalizedText(
        en: "The item's number, as listed (3 or #3)", zh: "事项编号（3 或 #3）"))

    static let specs: [Command] = [
        CommandSpec("followup", abstract: LocalizedText(en: "Rectification items", zh: "整改事项（问题台账）"), subcommands: [
            CommandSpec("list",
                abstract: LocalizedText(en: "List rectification items", zh: "列出整改事项"),
                discussion: LocalizedText(
                    en: "Overdue means open past its deadline (an item due today is not yet overdue). Open items come first, by deadline.",
                    zh: "逾期指超过整改时限仍未销号（时限当天不算逾期）。未销号的在前，按时限排列。"),
                options: [
                    .value("status", valueName: "open|overdue|closed|all", help: LocalizedText(
                        en: "Which items (default: open)", zh: "哪些事项（默认 open，未销号）")),
                    .value("household", valueName: "NAME|CODE", help: LocalizedText(en: "Only this household", zh: "仅此户")),
                    .value("owner", valueName: "OFFICIAL", help: LocalizedText(en: "Only items this official owns", zh: "仅此责任人")),
                    .value("town", valueName: "TOWN", help: LocalizedText(en: "Only this town", zh: "仅此乡镇")),
                    .value("village", valueName: "VILLAGE", help: LocalizedText(
                        en: "Only this village (also picks among same-named households)", zh: "仅此村（也用于区分同名户主）")),
                ], run: list),
            CommandSpec("show",
                abstract: LocalizedText(en: "Show one item with its history", zh: "查看一条整改事项及其记录"),
                arguments: [idArgument], run: show),
            CommandSpec("close",
                abstract: LocalizedText(en: "Close an item with what was done", zh: "整改销号"),
                arguments: [idArgument],
                options: [
                    .value("resolution", valueName: "TEXT", required: true, help: LocalizedText(
                        en: "What was done about it", zh: "整改结果")),
                    .value("date", valueName: "YYYY-MM-DD", help: LocalizedText(
                        en: "When it was fixed (default: today; not before it was opened)", zh: "销号日期（默认今天，不早于登记日期）")),
                ], run: close),
            CommandSpec("reopen",
                abstract: LocalizedText(en: "Reopen a closed item (the problem is back)", zh: "重新打开已销号的事项"),
                arguments: [idArgument],
                options: [
                    .value("reason", valueName: "TEXT", required: true, help: LocalizedText(en: "Why it is reopened", zh: "重新打开的原因")),
                    .value("due", valueName: "YYYY-MM-DD", help: LocalizedText(
                        en: "The new deadline (default: 30 days from the reopening)", zh: "新的整改时限（默认重新打开后 30 天）")),
                ], run: reopen),
        ] + correctionSpecs),
    ]

    static func list(_ context: CommandContext) throws {
        var filter = RectificationFilter(town: context.value("town"), village: context.value("village"))
        filter.status = try context.enumValue("status", as: RectificationListStatus.self) ?? .open
        let database = try context.database()
        if let reference = context.value("household") {
            filter.householdID = try HouseholdStore(database).resolve(reference, village: context.value("village")).id
        }
        if let reference = context.value("owner") { filter.ownerID = try OfficialStore(database).resolve(reference).id }
        let today = context.today
        let items = try RectificationStore(database).list(filter: filter, today: today)
        let rendering = RectificationRendering(language: context.language, today: today)
        var listing = Listing(RectificationRendering.columns)
        for item in items { listing.append(rendering.row(item)) }
        try listing.print(to: context, emptyMessage: LocalizedText(en: "No rectification items match.", zh: "没有符合条件的整改事项。"))
    }

    static func show(_ context: CommandContext) throws {
        if context.format == .csv {
            throw context.usageFailure("followup show prints one item, not a list; use --json or the table",
                                       "followup show 输出的是单条事项而非列表；请用 --json 或默认格式")
        }
        let id = try itemID(context)
        let store = RectificationStore(try context.database())
        let item = try store.item(id: id)
        let history = try store.history(of: id)
        let rendering = RectificationRendering(language: context.language, today: context.today)
        if context.format == .json {
            guard case .object(var fields) = rendering.json(item) else { preconditionFailure("an item renders as an object") }
            fields.append(("history", .array(history.map { entry in
                .object([("event", .string(entry.event.key)), ("date", .string(entry.date.description)),
                         ("note", .string(entry.note))])
            })))
            context.output.print(JSONValue.object(fields).serialized(pretty: true))
            return
        }
        let t = context.t
        var lines: [(String, String)] = [
            (t("Household", "农户"), item.householdLabel.text(in: context.language)),
            (t("Item", "项目"), item.topic.label(in: context.language)),
            (t("Problem", "问题"), item.description),
            (t("Owner", "责任人"), item.owner?.label ?? "—"),
            (t("Opened", "发现日期"), item.openedOn.description + (item.visitID.map { t(" at visit #\($0)", "（走访 #\($0)）") } ?? "")),
            (t("Due", "整改时限"), item.dueDate.description),
            (t("Status", "状态"), rendering.state(item)),
        ]
        if let closed = item.closedOn { lines.append((t("Closed", "销号日期"), closed.description)) }
        if let resolution = item.resolution { lines.append((t("Resolution", "整改结果"), resolution)) }
        context.output.print("#\(item.id)")
        let width = lines.map { displayWidth(of: $0.0) }.max() ?? 0
        for (label, value) in lines {
            context.output.print("  " + label + String(repeating: " ", count: width - displayWidth(of: label)) + "  " + value)
        }
        context.output.print(t("History:", "记录："))
        for entry in history {
            context.output.print("  \(entry.date)  \(entry.event.label(in: context.language))" + (entry.note.map { "  " + $0 } ?? ""))
        }
    }

    static func close(_ context: CommandContext) throws {
        let id = try itemID(context)
        let today = context.today
        let date = try context.date("date") ?? today
        let item = try RectificationStore(try context.database())
            .close(id: id, resolution: context.value("resolution")!, on: date, today: today)
        context.output.print(context.t(
            "Closed #\(item.id) (\(item.householdLabel.en), \(item.topic.label(in: .en))) on \(date): \(item.resolution ?? "")",
            "已销号 #\(item.id)（\(item.householdLabel.zh)，\(item.topic.label(in: .zh))），\(date)：\(item.resolution ?? "")"))
    }

    static func reopen(_ context: CommandContext) throws {
        let id = try itemID(context)
        let item = try RectificationStore(try context.database())
            .reopen(id: id, reason: context.value("reason")!, due: try context.date("due"), today: context.today)
        let rendering = RectificationRendering(language: context.language, today: context.today)
        context.output.print(context.t("Reopened #\(item.id): ", "已重新打开 #\(item.id)：") + rendering.line(item))
    }

    /// `3` or `#3`, as lists and messages show it.
    static func itemID(_ context: CommandContext) throws -> Int64 {
        try itemID(context.argument("id")!, option: "ID")
    }

    /// An item number typed for `option` (the ID argument, or `--item`).
    static func itemID(_ typed: String, option: String) throws -> Int64 {
        let text = typed.trimmingWhitespaceForCLI()
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let id = Int64(digits), id > 0 else {
            throw TrackerError(.invalidInput, en: "\(option) '\(text)' is not an item number; give it as listed, e.g. 3 or #3",
                               zh: "编号“\(text)”无效；请按列表中的编号填写，如 3 或 #3")
        }
        return id
    }
}
