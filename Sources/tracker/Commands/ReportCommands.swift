import CLIKit
import CSVKit
import TrackerCore

/// `report monthly | summary`: what the county office receives each month.
enum ReportCommands: CommandGroup {
    static let monthOption = OptionSpec.value(
        "month", valueName: "YYYY-MM", required: true,
        help: LocalizedText(
            en: "The month; only what happened up to its last day counts", zh: "月份；只统计到该月最后一天为止的情况"))
    static let scopeOptions: [OptionSpec] = [
        .value("town", valueName: "TOWN", help: LocalizedText(en: "Only this town", zh: "仅此乡镇")),
        .value("village", valueName: "VILLAGE", help: LocalizedText(en: "Only this village", zh: "仅此村")),
    ]

    static let specs: [CommandSpec] = [
        CommandSpec(
            "report", abstract: LocalizedText(en: "Monthly reports for the county office", zh: "报县里的月度报表"),
            subcommands: [
                CommandSpec(
                    "monthly", id: "report.monthly",
                    abstract: LocalizedText(
                        en: "One CSV row per household: visits, checklist and rectification items at month end",
                        zh: "每户一行的 CSV：本月走访、月末排查状态和整改事项"),
                    discussion: LocalizedText(
                        en:
                            "Counts only what happened up to the month's last day, so the report for a past month comes out the same when made again later. A file gets a UTF-8 byte order mark (Excel opens it right) unless --encoding says otherwise; stdout gets none unless --encoding utf-8-bom is given. The file is written whole or not at all, readable by its owner only.",
                        zh:
                            "只统计到该月最后一天为止的情况，之后再出同一月份的报表结果不变。写入文件时默认带 UTF-8 BOM（Excel 可直接打开），可用 --encoding 改变；输出到屏幕时不带 BOM，除非指定 --encoding utf-8-bom。文件要么完整写成，要么不写，仅本人可读。"
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
                    ] + scopeOptions),
                CommandSpec(
                    "summary", id: "report.summary",
                    abstract: LocalizedText(
                        en: "Per village and town: coverage of visits, failing items, rectification items",
                        zh: "按村、乡镇汇总：走访覆盖率、未达标户数、整改事项"),
                    options: [monthOption] + scopeOptions),
            ])
    ]

    static let handlers: [String: CommandHandler] = ["report.monthly": monthly, "report.summary": summary]

    // MARK: Handlers

    static func monthly(_ context: CommandContext) throws {
        if context.format != .csv && (context.value("format") != nil || context.isSet("json")) {
            throw context.usageFailure(
                "report monthly writes CSV; for a table or JSON use 'tracker report summary'",
                "report monthly 只输出 CSV；表格或 JSON 请用 tracker report summary")
        }
        let month = try self.month(context)
        let out = context.value("out")
        if out?.isEmpty == true {
            throw context.usageFailure("--out needs a file name (got an empty one)", "--out 需要文件名（输入为空）")
        }
        let encoding = try self.encoding(context) ?? (out == nil ? .utf8 : .utf8BOM)
        let force = context.isSet("force")
        if let out { try AtomicFile.checkWritable(out, replacing: force) }

        let report = try ReportStore(try context.database()).monthly(month, scope: scope(context))
        let bytes = try MonthlyReportCSV(report: report, language: context.language).bytes(encoding: encoding)
        guard let out else {
            context.output.writeBytes(bytes)
            return
        }
        try AtomicFile.write(bytes, to: out, replacing: force)
        context.output.print(
            context.t(
                "Wrote the \(month) report (\(report.rows.count) households) to \(out)",
                "已将 \(month) 月报（\(report.rows.count) 户）写入 \(out)"))
    }

    static func summary(_ context: CommandContext) throws {
        let summary = try ReportStore(try context.database()).summary(try month(context), scope: scope(context))
        var listing = Listing(
            [
                .init(key: "level", header: Words("Level", "层级")),
                .init(key: "town", header: Words("Town", "乡镇")),
                .init(key: "village", header: Words("Village", "村")),
                .init(key: "households", header: Words("Households", "户数"), alignment: .right),
                .init(key: "visited", header: Words("Visited", "已走访"), alignment: .right),
                .init(key: "coverage", header: Words("Coverage", "覆盖率"), alignment: .right),
            ]
                + ChecklistItem.allCases.map { item in
                    .init(
                        key: "failing_\(item.key)",
                        header: Words("Fail: \(item.key)", "\(item.names.short ?? item.label(in: .zh))不达标"),
                        alignment: .right)
                } + [
                    .init(key: "opened", header: Words("Opened", "新增整改"), alignment: .right),
                    .init(key: "closed", header: Words("Closed", "销号"), alignment: .right),
                    .init(key: "open", header: Words("Open at month end", "月末未销号"), alignment: .right),
                    .init(key: "overdue", header: Words("Overdue", "月末逾期"), alignment: .right),
                ])
        for line in summary.lines {
            let level: (key: String, label: Words) =
                switch line.level {
                case .village: ("village", Words("village", "村"))
                case .town: ("town", Words("town", "乡镇小计"))
                case .total: ("total", Words("total", "合计"))
                }
            var cells: [Listing.Cell] = [
                .localized(level.label.text(in: context.language), json: .string(level.key)),
                .text(line.town),
                .text(line.village),
                .number(Int64(line.households)), .number(Int64(line.visited)),
                .percent(permille: line.coveragePermille),
            ]
            cells += ChecklistItem.allCases.map { .number(Int64(line.failing($0))) }
            cells += [line.opened, line.closed, line.openAtMonthEnd, line.overdueAtMonthEnd].map { .number(Int64($0)) }
            listing.append(cells)
        }
        try listing.print(to: context)
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
