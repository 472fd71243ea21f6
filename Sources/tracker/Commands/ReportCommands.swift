import Bilingual
import CLIKit
import CSVKit
import TrackerDomain
import TrackerStore

/// `report monthly | summary`: what the county office receives each month.
enum ReportCommands: CommandGroup {
    static let monthOption = OptionSpec.value(
        "month", valueName: "YYYY-MM", required: true,
        help: LocalizedText(
            en: "The month, not after the current one; only what happened up to its last day counts (the current month: up to today)",
            zh: "月份，不能晚于本月；只统计到该月最后一天为止的情况（本月统计到今天）"))
    static let scopeOptions: [OptionSpec] = [
        .value("town", valueName: "TOWN", help: LocalizedText(en: "Only this town", zh: "仅此乡镇")),
        .value("village", valueName: "VILLAGE", help: LocalizedText(en: "Only this village", zh: "仅此村")),
    ]

    static let specs: [Command] = [
        CommandSpec(
            "report", abstract: LocalizedText(en: "Monthly reports for the county office", zh: "报县里的月度报表"),
            subcommands: [
                CommandSpec(
                    "monthly",
                    abstract: LocalizedText(
                        en: "One row per household (CSV or .xlsx): visits, checklist and rectification items at month end",
                        zh: "每户一行（CSV 或 .xlsx）：本月走访、月末排查状态和整改事项"),
                    discussion: LocalizedText(
                        en:
                            "Counts only what happened up to the month's last day, so the report for a past month comes out the same when made again later. A file gets a UTF-8 byte order mark (Excel opens it right) unless --encoding says otherwise; stdout gets none unless --encoding utf-8-bom is given. The file is written whole or not at all, readable by its owner only. --out FILE.xlsx (or --format xlsx) writes an Excel workbook instead: codes as text cells, counts as numbers, dates as dates, a bold frozen header, and the summary on a second sheet.",
                        zh:
                            "只统计到该月最后一天为止的情况，之后再出同一月份的报表结果不变。写入文件时默认带 UTF-8 BOM（Excel 可直接打开），可用 --encoding 改变；输出到屏幕时不带 BOM，除非指定 --encoding utf-8-bom。文件要么完整写成，要么不写，仅本人可读。--out 文件.xlsx（或 --format xlsx）则生成 Excel 工作簿：编号为文本单元格，数量为数值，日期为日期，表头加粗并冻结，第二张表为汇总。"
                    ),
                    options: [
                        monthOption,
                        .value(
                            "out", valueName: "FILE",
                            help: LocalizedText(en: "Write to FILE instead of stdout", zh: "写入文件而非屏幕")),
                        .value(
                            "encoding", valueName: "utf-8-bom|utf-8|gb18030",
                            help: LocalizedText(
                                en: "Text encoding (default: utf-8-bom for a file, utf-8 for stdout)",
                                zh: "文字编码（默认：文件 utf-8-bom，屏幕 utf-8）")),
                        .flag("force", help: LocalizedText(en: "Overwrite FILE when it exists", zh: "文件已存在时覆盖")),
                        ChainReceipt.option,
                    ] + scopeOptions, run: monthly),
                CommandSpec(
                    "summary",
                    abstract: LocalizedText(
                        en: "Per village and town: coverage of visits, failing items, rectification items",
                        zh: "按村、乡镇汇总：走访覆盖率、未达标户数、整改事项"),
                    discussion: LocalizedText(
                        en: "--out FILE.xlsx (or --format xlsx) writes an Excel workbook with numbers and percentages as numbers.",
                        zh: "--out 文件.xlsx（或 --format xlsx）生成 Excel 工作簿，数字和百分比均为数值单元格。"),
                    options: [
                        monthOption,
                        .value(
                            "out", valueName: "FILE.xlsx",
                            help: LocalizedText(en: "Write a workbook to FILE.xlsx", zh: "写入工作簿文件 文件.xlsx")),
                        .flag("force", help: LocalizedText(en: "Overwrite FILE when it exists", zh: "文件已存在时覆盖")),
                        ChainReceipt.option,
                    ] + scopeOptions, run: summary),
                pageSpec,
            ])
    ]

    // MARK: Handlers

    static func monthly(_ context: CommandContext) throws {
        let out = context.value("out")
        let workbook = try writesWorkbook(context, out: out)
        if !workbook && context.format != .csv && (context.value("format") != nil || context.isSet("json")) {
            throw context.usageFailure(
                "report monthly writes CSV or .xlsx; for a table or JSON use 'tracker report summary'",
                "report monthly 只输出 CSV 或 .xlsx；表格或 JSON 请用 tracker report summary")
        }
        if workbook && context.value("encoding") != nil {
            throw context.usageFailure("--encoding is for CSV; a workbook has no text encoding to choose",
                                       "--encoding 只用于 CSV；工作簿无需选择编码")
        }
        let month = try self.month(context)
        let encoding = try self.encoding(context) ?? (out == nil ? .utf8 : .utf8BOM)
        let force = context.isSet("force")
        if let out { try AtomicFile.checkWritable(out, replacing: force) } else if workbook { try WorkbookOutput.checkDestination(context) }

        let database = try context.database()
        // The head read in the report's own snapshot: the receipt names exactly the state reported on.
        let (report, head) = try database.snapshot {
            (try ReportStore(database).monthly(month, scope: scope(context), today: context.today),
             context.isSet("receipt") ? try AuditChainStore(database).head() : nil)
        }
        defer { ProcessLifetime.keepUntilExit(report) }
        let receipt = context.isSet("receipt") ? ChainReceipt.text(head, context) : nil
        let sheets = workbook ? MonthlyReportWorkbook(report: report, language: context.language).sheets() : []
        let bytes =
            workbook
            ? try WorkbookOutput.bytes(receipt == nil ? sheets : ChainReceipt.appended(to: sheets, head, context))
            : try MonthlyReportCSV(report: report, language: context.language).bytes(encoding: encoding, receipt: receipt)
        guard let out else {
            if !report.isComplete { context.output.error(asOfNote(month, report.asOf, context)) }
            context.output.writeBytes(bytes)
            return
        }
        try AtomicFile.write(bytes, to: out, replacing: force)
        context.output.print(
            context.t(
                "Wrote the \(month) report (\(report.rows.count) households) to \(out)",
                "已将 \(month) 月报（\(report.rows.count) 户）写入 \(out)"))
        if !report.isComplete { context.output.print(asOfNote(month, report.asOf, context)) }
    }

    static func summary(_ context: CommandContext) throws {
        let out = context.value("out")
        let workbook = try writesWorkbook(context, out: out)
        if out != nil && !workbook {
            throw context.usageFailure(
                "report summary --out writes a workbook: name the file FILE.xlsx (for CSV use --csv > FILE.csv)",
                "report summary --out 只写工作簿：文件名须为 文件.xlsx（CSV 请用 --csv > 文件.csv）")
        }
        let force = context.isSet("force")
        if let out { try AtomicFile.checkWritable(out, replacing: force) } else if workbook { try WorkbookOutput.checkDestination(context) }
        let month = try month(context)
        let receipt = context.isSet("receipt")
        if receipt && context.format == .json {
            throw context.usageFailure("--receipt ends a report people keep; programs get the chain head from 'tracker check --json'",
                                       "--receipt 用于留存的报表；程序请用 tracker check --json 读取链头")
        }
        let database = try context.database()
        let (summary, head) = try database.snapshot {
            (try ReportStore(database).summary(month, scope: scope(context), today: context.today),
             receipt ? try AuditChainStore(database).head() : nil)
        }
        let listing = Listing.summary(summary, language: context.language)
        if context.format == .table && !summary.isComplete {
            // Said before the table, on stderr like other notes, so stdout stays the table.
            context.output.error(asOfNote(month, summary.asOf, context))
        }
        guard workbook else {
            try listing.print(to: context)
            if receipt { context.output.print(ChainReceipt.text(head, context)) }
            return
        }
        let sheet = listing.worksheet(name: MonthlyReportWorkbook.summarySheetName.text(in: context.language), language: context.language)
        let bytes = try WorkbookOutput.bytes(receipt ? ChainReceipt.appended(to: [sheet], head, context) : [sheet])
        guard let out else { return context.output.writeBytes(bytes) }
        try AtomicFile.write(bytes, to: out, replacing: force)
        context.output.print(context.t("Wrote the \(month) summary (\(summary.lines.count) lines) to \(out)",
                                       "已将 \(month) 汇总（\(summary.lines.count) 行）写入 \(out)"))
        if !summary.isComplete { context.output.print(asOfNote(month, summary.asOf, context)) }
    }

    /// Whether to write a workbook: `--format xlsx`, or an `--out` file named `.xlsx`.
    /// A name and a format that disagree are a usage error, not a guess.
    static func writesWorkbook(_ context: CommandContext, out: String?) throws -> Bool {
        if out?.isEmpty == true {
            throw context.usageFailure("--out needs a file name (got an empty one)", "--out 需要文件名（输入为空）")
        }
        let named = out.map { $0.lowercased().hasSuffix(".xlsx") } ?? false
        let explicit = context.value("format") != nil || context.isSet("json") || context.isSet("csv")
        if let out, named, explicit, context.format != .xlsx {
            throw context.usageFailure(
                "\(out) names a workbook but the format asked for is \(context.format.rawValue); drop one of them",
                "\(out) 是工作簿文件名，但指定的格式是 \(context.format.rawValue)；请去掉其一")
        }
        if let out, !named, context.format == .xlsx {
            throw context.usageFailure("--format xlsx writes a workbook: name the file FILE.xlsx (got \(out))",
                                       "--format xlsx 写工作簿：文件名须为 文件.xlsx（输入为 \(out)）")
        }
        return named || context.format == .xlsx
    }

    /// "2020-05 is not over: counted as of today, 2020-05-20."
    static func asOfNote(_ month: YearMonth, _ asOf: CalendarDate, _ context: CommandContext) -> String {
        context.t("\(month) is not over: counted as of today, \(asOf); overdue means past its deadline by today.",
                  "\(month) 尚未结束：统计截至今天（\(asOf)）；逾期指到今天已超过整改时限。")
    }

    // MARK: Options

    /// `--month`, refused with exit 65 when it is not a month.
    static func month(_ context: CommandContext) throws -> YearMonth {
        let text = context.value("month")!
        do { return try YearMonth(text) } catch { throw OptionValueError(option: "month", error: error) }
    }

    static func scope(_ context: CommandContext) -> HouseholdFilter {
        HouseholdFilter(town: context.value("town"), village: context.value("village"))
    }

    /// `--encoding`; nil when not given (the default depends on the destination).
    static func encoding(_ context: CommandContext) throws -> TextEncoding? {
        guard let text = context.value("encoding") else { return nil }
        switch text.lowercased() {
        case "utf-8-bom", "utf8-bom", "utf-8-sig", "utf8bom": return .utf8BOM
        case "utf-8", "utf8": return .utf8
        case "gb18030": return .gb18030
        default:
            throw context.usageFailure(
                "--encoding must be utf-8-bom, utf-8 or gb18030 (got \(text))",
                "--encoding 只能是 utf-8-bom、utf-8 或 gb18030（输入为 \(text)）")
        }
    }
}
