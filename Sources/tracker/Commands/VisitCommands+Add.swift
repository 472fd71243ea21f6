#if canImport(Glibc)
import Glibc
#endif
import CLIKit
import TrackerDomain
import TrackerStore

extension VisitCommands {
    /// `visit add`: everything typed is checked before the first question is
    /// asked and before anything is written; the store then records the
    /// visit and its items in one transaction.
    static func add(_ context: CommandContext) throws {
        if context.format == .csv {
            throw context.usageFailure("visit add reports one visit, not a list; use --json or the default text",
                                       "visit add 输出的是一次走访而非列表；请用 --json 或默认格式")
        }
        var checks = try context.values("check").map(CheckArgument.parse)
        let pairing: FollowUpPairing
        do { pairing = try FollowUpPairing(context.parsed.occurrences) } catch {
            let which = error.followUp.map { "the --followup '\($0)'" } ?? "the visit (before any --followup)"
            let whichZh = error.followUp.map { "--followup “\($0)”" } ?? "本次走访（所有 --followup 之前）"
            throw context.usageFailure(
                "--\(error.option) is given twice for \(which); give one after each --followup",
                "--\(error.option) 对\(whichZh)给了两次；每个 --followup 后只写一个")
        }
        let today = context.today
        let date = try context.date("date") ?? today
        if today < date {
            // Checked here too, not only by the store, so no one answers six questions for nothing.
            throw TrackerError(.invalidInput,
                en: "--date \(date) is in the future (today is \(today)); a visit is recorded after it happened",
                zh: "--date \(date) 晚于今天（\(today)）；走访须在发生后登记")
        }
        let kind = try context.enumValue("kind", as: VisitKind.self) ?? .homeVisit
        let defaultDue = try pairing.defaultDue.map { try parseDate($0, option: "due") }
        let followUpDues = try pairing.followUps.map { try $0.due.map { try parseDate($0, option: "due") } }

        let database = try context.database()
        let household = try HouseholdStore(database).resolve(context.argument("household")!, village: context.value("village"))
        let officials = OfficialStore(database)
        var draft = VisitDraft(
            household: household, officials: try context.values("by").map(officials.resolve), date: date, kind: kind,
            campaign: context.value("campaign"), requests: context.values("need"), note: context.value("note"),
            findings: context.value("findings"), plans: context.value("plans"),
            defaultDue: defaultDue, defaultOwner: try pairing.defaultOwner.map(officials.resolve))
        draft.followUps = try zip(pairing.followUps, followUpDues).map { entry, due in
            FollowUpDraft(entry.text, due: due, owner: try entry.owner.map(officials.resolve))
        }

        // Only a person at a terminal is asked; a script's stdin is never read.
        if checks.isEmpty && Terminal.isTerminal(STDIN_FILENO) && Terminal.isTerminal(STDOUT_FILENO) {
            let output = context.output
            guard let answered = ChecklistPrompter(readLine: { Swift.readLine(strippingNewline: true) },
                                                   write: { output.promptNow($0) }, language: context.language).run()
            else {
                throw TrackerError(.refused,
                    en: "input ended before the last checklist item; nothing was recorded. Answer every item (Enter skips one) or give the results with --check ITEM=RESULT",
                    zh: "输入在最后一个排查项之前结束，未登记任何内容。请逐项回答（回车跳过），或用 --check 项目=结果 给出结果")
            }
            checks = answered
        }
        draft.checks = checks

        let outcome = try VisitStore(database).record(draft, today: today)
        let stillOpen = try RectificationStore(database)
            .list(filter: RectificationFilter(status: .open, householdID: household.id), today: today)
        report(outcome, draft: draft, stillOpen: stillOpen, context: context)
    }

    private static func parseDate(_ text: String, option: String) throws -> CalendarDate {
        do { return try CalendarDate(text) } catch { throw OptionValueError(option: option, error: error) }
    }

    /// The visit's id, what it opened, what was already open, and what may be closed now.
    private static func report(_ outcome: VisitOutcome, draft: VisitDraft, stillOpen: [Rectification],
                               context: CommandContext) {
        let rendering = RectificationRendering(language: context.language, today: context.today)
        let mentioned = Set((outcome.opened + outcome.alreadyOpen + outcome.mayBeReadyToClose).map(\.id))
        let otherOpen = stillOpen.filter { !mentioned.contains($0.id) }
        if context.format == .json {
            context.output.print(JSONValue.object([
                ("visit_id", .int(outcome.visitID)),
                ("household", .string(draft.household.label)),
                ("date", .string(draft.date.description)),
                ("checks", .array(draft.checks.map { check in
                    .object([("item", .string(check.item.key)), ("result", .string(check.result.key)),
                             ("note", .string(check.note))])
                })),
                ("opened", .array(outcome.opened.map(rendering.json))),
                ("already_open", .array(outcome.alreadyOpen.map(rendering.json))),
                ("may_be_ready_to_close", .array(outcome.mayBeReadyToClose.map(rendering.json))),
                ("verified", .array(outcome.verified.map(rendering.json))),
                ("other_open", .array(otherOpen.map(rendering.json))),
            ]).serialized(pretty: true))
            return
        }
        let out = context.output
        let who = draft.officials.map(\.name).joined(separator: context.t(", ", "、"))
        out.print(context.t("Recorded visit #\(outcome.visitID) to \(draft.household.label) on \(draft.date) by \(who)",
                            "已登记走访 #\(outcome.visitID)：\(draft.household.label(in: .zh))，\(draft.date)，\(who)"))
        if draft.checks.isEmpty {
            out.print(context.t("No checklist item was recorded; give the results with --check ITEM=RESULT (e.g. --check housing=ok).",
                                "未记录排查结果；请用 --check 项目=结果 给出（例如 --check 住房=达标）。"))
        }
        // One column layout for every section, so the items line up across them.
        let table = rendering.alignedLines(outcome.opened + outcome.alreadyOpen + outcome.mayBeReadyToClose
                                           + outcome.verified + otherOpen, width: context.terminalWidth.map { $0 - 2 })
        func section(_ title: String, _ items: [Rectification]) {
            guard !items.isEmpty else { return }
            out.print(title)
            for item in items { out.print("  " + (table[item.id] ?? rendering.line(item))) }
        }
        section(context.t("Opened \(outcome.opened.count) rectification item(s):", "新开整改事项 \(outcome.opened.count) 项："),
                outcome.opened)
        section(context.t("Found failing again, already open (not opened twice):", "再次不达标，已有未销号事项（不重复登记）："),
                outcome.alreadyOpen)
        section(context.t("Found met now; may be ready to close:", "本次已达标，可考虑销号："), outcome.mayBeReadyToClose)
        if let first = outcome.mayBeReadyToClose.first {
            out.print(context.t("  close with: tracker followup close \(first.id) --resolution TEXT [--date \(draft.date)]",
                                "  销号：tracker followup close \(first.id) --resolution 整改结果 [--date \(draft.date)]"))
        }
        section(context.t("Closed items confirmed fixed by this visit (verified):", "本次回访核实已整改到位的事项："), outcome.verified)
        section(context.t("Other open items of this household:", "该户其他未销号事项："), otherOpen)
    }
}
