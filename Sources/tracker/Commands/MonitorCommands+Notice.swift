import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `monitor notice`: the list a village posts for its 公示.
extension MonitorCommands {
    /// Writes the cases of the village whose review passed and whose notice
    /// is next. Only what a notice may show: the head's name, the kind, the
    /// risks and the window; never an ID number, phone, bank account or
    /// health status (a test scans the file for them).
    static func notice(_ context: CommandContext) throws {
        if context.format != .table {
            throw context.usageFailure("monitor notice writes a text file to post; leave out --json, --csv and --format",
                                       "monitor notice 生成的是张贴用的文本文件；请去掉 --json、--csv 和 --format")
        }
        let out = context.value("out")!
        let force = context.isSet("force")
        try AtomicFile.checkWritable(out, replacing: force)
        let from = try context.date("from") ?? context.today
        let to = try context.date("to") ?? from.adding(days: MonitoringStep.minimumNoticeDays - 1)
        if to < from {
            throw TrackerError(.invalidInput, en: "--to \(to) is before --from \(from)", zh: "--to \(to) 早于 --from \(from)")
        }
        let days = from.days(to: to) + 1
        if days < MonitoringStep.minimumNoticeDays {
            throw TrackerError(.refused,
                en: "a notice lasts at least \(MonitoringStep.minimumNoticeDays) days; \(from) to \(to) is \(days): give --to \(from.adding(days: MonitoringStep.minimumNoticeDays - 1)) or later",
                zh: "公示期不少于 \(MonitoringStep.minimumNoticeDays) 天；\(from) 至 \(to) 仅 \(days) 天：请把 --to 设为 \(from.adding(days: MonitoringStep.minimumNoticeDays - 1)) 或更晚")
        }
        let village = context.value("village")!
        let database = try context.database()
        let all = try MonitoringStore(database).list(MonitoringFilter(village: village), today: context.today)
        if try all.isEmpty && HouseholdStore(database).list(HouseholdFilter(village: village)).isEmpty {
            throw TrackerError(.notFound, en: "no household lives in a village named \(village); check --village",
                               zh: "没有村名为 \(village) 的农户；请检查 --village")
        }
        let awaiting = all.filter { $0.nextStep == .villageNotice }
        guard !awaiting.isEmpty else {
            throw TrackerError(.refused,
                en: "no case in \(village) awaits its notice (village review passed, notice next); see 'tracker monitor list --village \(village)'",
                zh: "\(village) 没有待公示的案件（已通过村级评议、下一步为公示）；可用 tracker monitor list --village \(village) 查看")
        }
        let text = noticeText(village: TextRules.canonical(village), cases: awaiting, from: from, to: to, language: context.language)
        try AtomicFile.write(Array(text.utf8), to: out, replacing: force)
        context.output.print(context.t("Wrote the notice of \(awaiting.count) household(s) in \(village), \(from) to \(to), to \(out)",
                                       "已将 \(village) \(awaiting.count) 户的公示名单（\(from) 至 \(to)）写入 \(out)"))
    }

    static func noticeText(village: String, cases: [MonitoringCase], from: CalendarDate, to: CalendarDate,
                           language: Language) -> String {
        let zh = language == .zh
        var lines: [String] = []
        for procedure in MonitoringProcedure.allCases {
            let listed = cases.filter { $0.state.procedure == procedure }
            guard !listed.isEmpty else { continue }
            switch (procedure, zh) {
            case (.identification, true):
                lines += ["\(village)防止返贫监测对象识别公示", "",
                          "经入户核实、信息比对和村级民主评议，拟将下列农户纳入防止返贫监测对象，现予公示。", ""]
            case (.removal, true):
                lines += ["\(village)防止返贫监测对象风险消除公示", "",
                          "经入户核实、信息比对和村级民主评议，下列监测对象拟标注为风险消除，现予公示。", ""]
            case (.identification, false):
                lines += ["\(village): households proposed for monitoring against falling back into poverty", "",
                          "After a home check, a comparison of records and the village review, the households below are proposed for monitoring.", ""]
            case (.removal, false):
                lines += ["\(village): monitored households proposed for removal of the risk", "",
                          "After a home check, a comparison of records and the village review, the risk of the households below is proposed as removed.", ""]
            }
            lines.append(zh ? "序号\t户主\t监测对象类型\t风险类型" : "No.\tHead of household\tKind\tRisks")
            for (index, found) in listed.enumerated() {
                let risks = found.risks.map { $0.label(in: language) }.joined(separator: zh ? "、" : ", ")
                lines.append("\(index + 1)\t\(found.household.headName)\t\(found.kind.label(in: language))\t\(risks)")
            }
            lines.append("")
        }
        lines.append(zh
            ? "公示期：\(from) 至 \(to)（\(from.days(to: to) + 1) 天）。如有异议，请在公示期内向村民委员会或乡镇人民政府反映。"
            : "Objections from \(from) to \(to) (\(from.days(to: to) + 1) days), to the village committee or the township government.")
        return lines.joined(separator: "\n") + "\n"
    }
}
