import Bilingual
import CLIKit
import CSVKit
import TrackerDomain
import TrackerStore

/// `import households`: registration rosters from the office's spreadsheets.
enum ImportCommands: CommandGroup {
    static let specs: [Command] = [
        CommandSpec("import", abstract: LocalizedText(en: "Bring records in from files", zh: "从文件导入"), subcommands: [
            CommandSpec("households",
                abstract: LocalizedText(en: "Import a household roster (one row per person), all rows or none",
                                        zh: "导入贫困户花名册（每人一行），要么全部导入，要么一行不导"),
                discussion: LocalizedText(
                    en: "Columns in any order, headed in English or with the usual Chinese headings (listed by --lang zh): code, town, village, name, relation, id_number, sex, birth, health, schooling, labour, attribute, cause, status, phone, size, registered (YYYY-MM or YYYY-MM-DD). A household without a registration counts in every month's report. Household columns are read from the head's row (relation = head). Re-importing a corrected roster updates households by code and members by ID number; nothing is duplicated. Every bad row is reported with its line number and nothing is imported. An Excel workbook (.xlsx) is read from its first sheet (or --sheet): codes typed as numbers keep the digits the cell shows, dates stored as dates are read as dates. The header may stand below title rows: it is looked for on the first 5 rows by its column names (--header-row N names it).",
                    zh: "列顺序不限，表头可用中文或英文：户编号、乡镇、村、姓名、与户主关系、身份证号、性别、出生日期、健康状况、在校情况、劳动能力、贫困户属性、主要致贫原因、脱贫状态、联系电话、家庭人口、建档日期（或识别时间，YYYY-MM 或 YYYY-MM-DD）。未填建档日期的户计入每个月的月报。户级信息取自户主所在行。重新导入更正后的花名册时，按户编号更新户、按身份证号更新成员，不会重复。任何一行有错都会连同行号报告，且不导入任何数据。Excel 工作簿（.xlsx）读取第一张工作表（或 --sheet 指定）：以数字形式存储的编号按单元格显示的数字读取，日期单元格按日期读取。表头上方可有标题行：在前 5 行中按列名查找表头（也可用 --header-row N 指定）。"),
                arguments: [ArgumentSpec("file", valueName: "FILE.csv|FILE.xlsx", help: LocalizedText(en: "The roster (CSV or Excel workbook); - for standard input", zh: "花名册文件（CSV 或 Excel 工作簿）；- 表示标准输入"))],
                options: [
                    .flag("dry-run", help: LocalizedText(en: "Check the file and report what would change; write nothing", zh: "只检查并报告将发生的变化，不写入")),
                    .value("encoding", valueName: "utf-8|gb18030", help: LocalizedText(
                        en: "The file's encoding (default: detected; Excel in China saves GB18030)", zh: "文件编码（默认自动识别；中文版 Excel 常存为 GB18030）")),
                    .value("sheet", valueName: "NAME", help: LocalizedText(
                        en: "The worksheet of an .xlsx file to read (default: the first)", zh: ".xlsx 文件中要读取的工作表（默认第一张）")),
                    .value("header-row", valueName: "N", help: LocalizedText(
                        en: "The row holding the column names (default: found on the first 5 rows)", zh: "表头所在行（默认在前 5 行中自动查找）")),
                ], run: importHouseholds),
        ]),
    ]

    static func importHouseholds(_ context: CommandContext) throws {
        var encoding: TextEncoding?
        if let name = context.value("encoding") {
            switch name.lowercased().replacing("_", with: "-") {
            case "utf-8", "utf8": encoding = .utf8
            case "utf-8-bom", "utf8-bom": encoding = .utf8BOM
            case "gb18030", "gbk", "gb2312": encoding = .gb18030
            default:
                throw context.usageFailure("--encoding must be utf-8 or gb18030 (got \(name))", "--encoding 只能是 utf-8 或 gb18030（输入为 \(name)）")
            }
        }
        let path = context.argument("file")!
        let headerRow = try context.integer("header-row", in: 1...1_048_576)
        let input = try InputFile.open(path)
        let workbook = WorkbookInput.isWorkbook(path: path, bytes: input.head)
        if workbook && context.value("encoding") != nil {
            throw context.usageFailure("--encoding is for CSV files; an .xlsx workbook has no encoding to choose",
                                       "--encoding 只用于 CSV 文件；.xlsx 工作簿无需指定编码")
        }
        if !workbook && context.value("sheet") != nil {
            throw context.usageFailure("--sheet is for .xlsx workbooks; \(path) is read as CSV",
                                       "--sheet 只用于 .xlsx 工作簿；\(path) 按 CSV 读取")
        }
        let dryRun = context.isSet("dry-run")
        if Terminal.stderrIsTerminal {
            let size = input.size.map { context.t(" (\($0) bytes)", "（\($0) 字节）") } ?? ""
            context.output.promptNow(context.t("Reading \(path)\(size)…\n", "正在读取 \(path)\(size)……\n"))
        }
        let sheet = workbook ? try WorkbookInput.records(try input.readAll(), sheet: context.value("sheet"), path: path) : nil
        var importer = RosterImporter(try context.database(), today: context.today)
        // Only --json lists the households added; the summary counts them.
        importer.listsAddedHouseholds = context.format == .json
        if Terminal.stderrIsTerminal {
            let output = context.output
            importer.progress = { stage in
                switch stage {
                case .read(let rows): output.promptNow(context.t("Read \(rows) rows; checking against the database…\n", "已读取 \(rows) 行，正在与数据库核对……\n"))
                case .checked(let households): output.promptNow(context.t("No problems found; writing \(households) households…\n", "未发现问题，正在写入 \(households) 户……\n"))
                case .committing: output.promptNow(context.t("Saving…\n", "正在保存……\n"))
                }
            }
        }
        let plan =
            if let sheet {
                try importer.run(sheetRows: sheet.records, sheet: sheet.sheet, headerRow: headerRow, dryRun: dryRun)
            } else {
                try importer.run(source: { try input.read(into: $0) }, encoding: encoding, headerRow: headerRow, dryRun: dryRun)
            }
        for warning in plan.warnings { context.output.error(context.t("Warning: ", "注意：") + warning.message(in: context.language)) }
        if context.format == .json {
            context.output.print(json(plan).serialized(pretty: true))
            return
        }
        let verb = dryRun ? context.t("Would import", "将导入") : context.t("Imported", "已导入")
        // Where the rows came from: the sheet of a workbook, or a CSV file's encoding; and the header's row when it was not the first.
        var source = plan.sheet.map { context.t("sheet \($0)", "工作表 \($0)") } ?? plan.encoding.label(in: context.language)
        if plan.headerLine != 1 { source += context.t(", header on row \(plan.headerLine)", "，表头在第 \(plan.headerLine) 行") }
        context.output.print(context.t(
            "\(verb) \(plan.rows) rows (\(source)): households \(plan.householdsAdded) added, \(plan.householdsToUpdate.count) updated, \(plan.householdsUnchanged) unchanged; members \(plan.membersAdded) added, \(plan.membersToUpdate.count) updated, \(plan.membersUnchanged) unchanged.",
            "\(verb) \(plan.rows) 行（\(source)）：户 新增 \(plan.householdsAdded)、更新 \(plan.householdsToUpdate.count)、未变 \(plan.householdsUnchanged)；成员 新增 \(plan.membersAdded)、更新 \(plan.membersToUpdate.count)、未变 \(plan.membersUnchanged)。"))
        if plan.membersNotInFile > 0 {
            context.output.print(context.t("\(plan.membersNotInFile) members already recorded are not in this file; they were kept.",
                                           "有 \(plan.membersNotInFile) 名已登记成员不在本文件中，已保留。"))
        }
        for change in plan.householdsToUpdate + plan.membersToUpdate {
            let columns = change.columns.map { context.language == .zh ? $0.chineseHeader : $0.rawValue }.joined(separator: context.t(", ", "、"))
            context.output.print(context.t("  line \(change.line): \(change.householdCode) \(change.name): \(columns)",
                                           "  第 \(change.line) 行：\(change.householdCode) \(change.name)：\(columns)"))
        }
        if dryRun { context.output.print(context.t("Dry run: nothing was written.", "试运行：未写入任何数据。")) }
    }

    static func json(_ plan: RosterImportPlan) -> JSONValue {
        func changes(_ list: [RosterChange]) -> JSONValue {
            .array(list.map { change in
                .object([("line", .int(Int64(change.line))), ("code", .string(change.householdCode)), ("name", .string(change.name)),
                         ("columns", .array(change.columns.map { .string($0.rawValue) }))])
            })
        }
        return .object([
            ("applied", .bool(plan.applied)), ("encoding", .string(plan.encoding.rawValue)), ("sheet", .string(plan.sheet)),
            ("header_row", .int(Int64(plan.headerLine))), ("rows", .int(Int64(plan.rows))),
            ("households_added", changes(plan.householdsToAdd)), ("households_updated", changes(plan.householdsToUpdate)),
            ("households_unchanged", .int(Int64(plan.householdsUnchanged))),
            ("members_added", .int(Int64(plan.membersAdded))), ("members_updated", changes(plan.membersToUpdate)),
            ("members_unchanged", .int(Int64(plan.membersUnchanged))), ("members_not_in_file", .int(Int64(plan.membersNotInFile))),
            ("warnings", .array(plan.warnings.map { .string($0.message(in: .en)) })),
        ])
    }
}
