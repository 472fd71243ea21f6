import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `visit show | void | edit`: one visit, and corrections of it.
extension VisitCommands {
    static let visitIDArgument = ArgumentSpec("id", valueName: "ID", help: LocalizedText(
        en: "The visit's number, as listed (5 or #5)", zh: "走访编号（5 或 #5）"))

    static let correctionSpecs: [Command] = [
        CommandSpec("show",
            abstract: LocalizedText(en: "Show one visit, voided or not, with the items it opened", zh: "查看一次走访（含已作废的）及其整改事项"),
            arguments: [visitIDArgument], run: show),
        CommandSpec("void",
            abstract: LocalizedText(en: "Void a visit recorded in error (kept, counted nowhere)", zh: "作废误登记的走访（保留记录，不再计入）"),
            discussion: LocalizedText(
                en: "The visit and its checklist results no longer count in reports, the checklist standing or --due-for-visit. Items it opened are voided too, unless they were closed since. The reason is shown by 'tracker log'.",
                zh: "作废后，该走访及其排查结果不再计入月报、排查状态和 --due-for-visit；其新开的整改事项一并作废（已销号的保留）。原因可在 tracker log 中查看。"),
            arguments: [visitIDArgument],
            options: [
                .value("reason", valueName: "TEXT", required: true, help: LocalizedText(en: "Why it is voided", zh: "作废原因")),
            ], run: void),
        CommandSpec("edit",
            abstract: LocalizedText(en: "Correct a visit's date, officials, note or check results", zh: "更正走访的日期、干部、备注或排查结果"),
            discussion: LocalizedText(
                en: "What depends on them is put right: a result that no longer fails voids the open item it opened; one that now fails opens an item; the items' dates follow the visit date.",
                zh: "相关内容随之更正：不再不达标的结果，其新开且未销号的整改事项作废；新改为不达标的，新开整改事项；整改事项的发现日期随走访日期更正。"),
            arguments: [visitIDArgument],
            options: [
                .value("date", valueName: "YYYY-MM-DD", help: LocalizedText(en: "The right date", zh: "正确的走访日期")),
                .repeatable("by", valueName: "OFFICIAL", help: LocalizedText(
                    en: "Who went (replaces them all), the lead first", zh: "参加走访的干部（整体替换），带队人在前")),
                .value("note", valueName: "TEXT", help: LocalizedText(en: "Free note (replaces it)", zh: "备注（替换原备注）")),
                .repeatable("check", valueName: CheckArgument.form, help: LocalizedText(
                    en: "A result replacing the visit's result for that item", zh: "替换该项目原有结果的排查结果")),
                .value("reason", valueName: "TEXT", help: LocalizedText(en: "Why it is corrected (for the log)", zh: "更正原因（记入日志）")),
            ], run: edit),
    ]

    /// `5` or `#5`.
    static func visitID(_ context: CommandContext) throws -> Int64 {
        let text = context.argument("id")!.trimmingWhitespaceForCLI()
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let id = Int64(digits), id > 0 else {
            throw TrackerError(.invalidInput, en: "ID '\(text)' is not a visit number; give it as listed, e.g. 5 or #5",
                               zh: "编号“\(text)”无效；请按列表中的编号填写，如 5 或 #5")
        }
        return id
    }

    static func show(_ context: CommandContext) throws {
        if context.format == .csv {
            throw context.usageFailure("visit show prints one visit, not a list; use --json or the table",
                                       "visit show 输出的是单次走访而非列表；请用 --json 或默认格式")
        }
        let store = VisitStore(try context.database())
        let id = try visitID(context)
        let visit = try store.visit(id: id)
        let items = try store.itemsOpened(by: id)
        let language = context.language
        if context.format == .json {
            let document = JSONValue.object([
                ("id", .int(visit.id)), ("household_id", .int(visit.householdID)), ("household", .string(visit.householdLabel?.en)),
                ("date", .string(visit.date.description)), ("kind", .string(visit.kind.key)), ("campaign", .string(visit.campaign)),
                ("officials", .array(visit.officials.map { .string($0.name) })),
                ("checks", .array(visit.checks.map { check in
                    .object([("item", .string(check.item.key)), ("result", .string(check.result.key)), ("note", .string(check.note))])
                })),
                ("requests", .array(visit.requests.map(JSONValue.string))), ("findings", .string(visit.findings)),
                ("plans", .string(visit.plans)), ("note", .string(visit.note)),
                ("voided_on", .string(visit.voidedOn?.description)), ("void_reason", .string(visit.voidReason)),
                ("opened_items", .array(items.map { item in
                    .object([("id", .int(item.id)), ("item", .string(item.topic.key)), ("status", .string(item.status.key)),
                             ("voided", .bool(item.voidedOn != nil))])
                })),
            ])
            context.output.print(document.serialized(pretty: true))
            return
        }
        let t = context.t
        var lines: [(String, String)] = [
            (t("Household", "农户"), visit.householdLabel?.text(in: context.language) ?? ""),
            (t("Date", "日期"), visit.date.description),
            (t("Kind", "类型"), visit.kind.label(in: language)),
            (t("Officials", "干部"), visit.officials.map(\.name).joined(separator: t(", ", "、"))),
        ]
        if let campaign = visit.campaign { lines.append((t("Campaign", "活动"), campaign)) }
        for check in visit.checks {
            lines.append((check.item.label(in: language),
                          check.result.label(in: language) + (check.note.map { t(" (\($0))", "（\($0)）") } ?? "")))
        }
        for request in visit.requests { lines.append((t("Request", "诉求"), request)) }
        for (label, value) in [(t("Learned", "了解"), visit.findings), (t("Plans", "打算"), visit.plans), (t("Note", "备注"), visit.note)] {
            if let value { lines.append((label, value)) }
        }
        for item in items {
            let state = item.voidedOn != nil ? t("voided", "已作废") : item.status.label(in: language)
            lines.append((t("Item", "整改事项"), "#\(item.id) \(item.topic.label(in: language)) · \(state)"))
        }
        if let voided = visit.voidedOn {
            lines.append((t("VOIDED", "已作废"), "\(voided)" + t(": ", "：") + (visit.voidReason ?? "")))
        }
        context.output.print(t("Visit #\(visit.id)", "走访 #\(visit.id)"))
        let width = lines.map { displayWidth(of: $0.0) }.max() ?? 0
        for (label, value) in lines {
            context.output.print("  " + label + String(repeating: " ", count: width - displayWidth(of: label)) + "  " + value)
        }
    }

    static func void(_ context: CommandContext) throws {
        let id = try visitID(context)
        let outcome = try VisitStore(try context.database()).void(id: id, reason: context.value("reason")!, today: context.today)
        context.output.print(context.t("Voided visit #\(id) (\(outcome.visit.householdLabel?.en ?? ""), \(outcome.visit.date))",
                                       "已作废走访 #\(id)（\(outcome.visit.householdLabel?.zh ?? "")，\(outcome.visit.date)）"))
        printItems(outcome, context)
    }

    static func edit(_ context: CommandContext) throws {
        let id = try visitID(context)
        let database = try context.database()
        var correction = VisitCorrection()
        correction.date = try context.date("date")
        let names = context.values("by")
        if !names.isEmpty {
            let officials = OfficialStore(database)
            correction.officials = try names.map(officials.resolve)
        }
        correction.note = context.value("note")
        correction.checks = try context.values("check").map(CheckArgument.parse)
        correction.reason = context.value("reason")
        let outcome = try VisitStore(database).correct(id: id, correction, today: context.today)
        context.output.print(context.t("Corrected visit #\(id) (\(outcome.visit.householdLabel?.en ?? ""), \(outcome.visit.date))",
                                       "已更正走访 #\(id)（\(outcome.visit.householdLabel?.zh ?? "")，\(outcome.visit.date)）"))
        printItems(outcome, context)
    }

    private static func printItems(_ outcome: VisitCorrectionOutcome, _ context: CommandContext) {
        func ids(_ list: [Int64]) -> String { list.map { "#\($0)" }.joined(separator: context.t(", ", "、")) }
        if !outcome.voidedItems.isEmpty {
            context.output.print(context.t("Voided its items: \(ids(outcome.voidedItems))", "其整改事项已作废：\(ids(outcome.voidedItems))"))
        }
        if !outcome.keptItems.isEmpty {
            context.output.print(context.t("Kept (closed since): \(ids(outcome.keptItems))", "已销号而保留：\(ids(outcome.keptItems))"))
        }
        if !outcome.openedItems.isEmpty {
            context.output.print(context.t("Opened: \(ids(outcome.openedItems))", "新开整改事项：\(ids(outcome.openedItems))"))
        }
    }
}
