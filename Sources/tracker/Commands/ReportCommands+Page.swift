import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

extension ReportCommands {
    static let pageSpec = Command(
        "page",
        abstract: LocalizedText(
            en: "The month at a glance: one self-contained HTML page with charts",
            zh: "月度一览：含图表的单个 HTML 页面"),
        discussion: LocalizedText(
            en:
                "Coverage of visits per town and village against the target the visit interval sets, households failing each checklist item, rectification items over the last 12 months, the items overdue at month end with their owners, and the households due for a visit. The figures are those of 'report summary'. The page needs no network and no other file (it opens from a USB stick), prints on A4, and follows --lang. The file is written whole or not at all, readable by its owner only.",
            zh:
                "各乡镇、村走访覆盖率（对照走访频次确定的目标）、各项指标不达标户数、近 12 个月整改事项、月末逾期事项及责任人、待走访贫困户。数字与 report summary 一致。页面不需要网络，也不依赖其他文件（可用 U 盘拷贝打开），可按 A4 打印，语言随 --lang。文件要么完整写成，要么不写，仅本人可读。"
        ),
        options: [
            monthOption,
            .value("out", valueName: "FILE", help: LocalizedText(en: "Write to FILE instead of stdout", zh: "写入文件而非屏幕")),
            .flag("force", help: LocalizedText(en: "Overwrite FILE when it exists", zh: "文件已存在时覆盖")),
        ] + scopeOptions, run: page)

    /// `report page`: the month's page, to FILE or stdout.
    static func page(_ context: CommandContext) throws {
        if context.value("format") != nil || context.isSet("json") || context.isSet("csv") {
            throw context.usageFailure(
                "report page writes HTML; for a table, JSON or CSV use 'tracker report summary'",
                "report page 只输出 HTML；表格、JSON 或 CSV 请用 tracker report summary")
        }
        let month = try self.month(context)
        let out = context.value("out")
        if out?.isEmpty == true {
            throw context.usageFailure("--out needs a file name (got an empty one)", "--out 需要文件名（输入为空）")
        }
        let force = context.isSet("force")
        if let out { try AtomicFile.checkWritable(out, replacing: force) }

        let glance = try ReportStore(try context.database()).monthAtAGlance(
            month, scope: scope(context), today: context.today)
        let bytes = Array(MonthPageHTML(glance: glance, language: context.language).render().utf8)
        guard let out else {
            context.output.writeBytes(bytes)
            return
        }
        try AtomicFile.write(bytes, to: out, replacing: force)
        context.output.print(
            context.t("Wrote the \(month) page to \(out)", "已将 \(month) 月度页面写入 \(out)"))
    }
}
