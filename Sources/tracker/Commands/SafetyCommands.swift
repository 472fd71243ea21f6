import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `log`, `backup` and `check`: the audit trail and the file's safety.
enum SafetyCommands: CommandGroup {
    static let specs: [Command] = [
        CommandSpec("log",
            abstract: LocalizedText(en: "Show the audit trail: who changed what, and when", zh: "查看审计日志：谁在何时改了什么"),
            options: [
                .value("household", valueName: "NAME|CODE", help: LocalizedText(en: "Only changes to this household", zh: "仅此户的变更")),
                HouseholdCommands.villageSelector,
                .value("since", valueName: "YYYY-MM-DD", help: LocalizedText(en: "Only changes on or after this day (local time, TZ)", zh: "仅此日期（本地时间，TZ）及以后的变更")),
                .value("by", valueName: "NAME", help: LocalizedText(en: "Only changes by this operator", zh: "仅此操作人的变更")),
                .value("limit", valueName: "N", help: LocalizedText(en: "At most N entries, newest first (default 200; 0 for all)", zh: "最多显示 N 条，新的在前（默认 200；0 表示全部）")),
                .flag("rows", help: LocalizedText(en: "One line per changed row, with old and new values, instead of one per command",
                                                  zh: "逐行显示每条记录的新旧值，而不是按命令汇总")),
            ], run: log),
        CommandSpec("backup",
            abstract: LocalizedText(en: "Copy the database safely, even while others write", zh: "安全备份数据库（他人写入时也可）"),
            arguments: [ArgumentSpec("file", valueName: "FILE", help: LocalizedText(en: "Where to write the copy", zh: "备份文件路径"))],
            options: [.flag("force", help: LocalizedText(en: "Replace FILE if it exists", zh: "文件已存在时覆盖"))], run: backup),
        CommandSpec("check",
            abstract: LocalizedText(en: "Check the database's integrity and references, verify the audit chain and replay it against the tables",
                                    zh: "检查数据库完整性和引用关系，验证审计链并据其重放核对各表"),
            options: [
                .value("at", valueName: "HASH", help: LocalizedText(
                    en: "Also confirm that the audit chain still holds this head (the receipt a report printed)",
                    zh: "同时确认审计链仍包含此链头（报表上印的回执）")),
                .flag("full", help: LocalizedText(
                    en: "Run SQLite's full integrity check, which also reads every index against its table (slower; the default is its quick check)",
                    zh: "运行 SQLite 的完整完整性检查，逐一核对每个索引与其表（较慢；默认为快速检查）")),
            ], run: check),
    ]

    /// Columns whose values are personal data and stay masked without --reveal.
    static let personalColumns: Set<String> = ["id_number", "head_id_number", "phone"]

    static func log(_ context: CommandContext) throws {
        let database = try context.database()
        // `log` changes nothing, so an explicit --operator here means "changes by".
        let since = try context.date("since").map { LocalTimestamp.startOfLocalDay($0.year, $0.month, $0.day) }
        var filter = AuditFilter(since: since, operatorName: context.value("by") ?? context.value("operator"),
                                 limit: try context.integer("limit", in: 0...Int(Int32.max)) ?? 200)
        if filter.limit == 0 { filter.limit = nil }
        var household: Household?
        if let reference = context.value("household") {
            household = try HouseholdStore(database).resolve(reference, village: context.value("village"))
            filter.householdID = household?.id
        }
        if !context.isSet("rows") {
            try printChangeSets(try AuditStore(database).changeSets(filter), context)
            return
        }
        let entries = try AuditStore(database).entries(filter)
        let reveal = context.isSet("reveal")
        // Recorded after reading, so the reveal is not among the entries it reveals.
        if reveal && !entries.isEmpty {
            if let household {
                try AuditStore(database).recordReveal(of: household, what: "log --rows")
            } else {
                try AuditStore(database).recordReveal(ofListed: "audit_log", what: "log --rows", count: entries.count,
                                                      selection: context.selection(["since", "by", "operator", "limit"]))
            }
        }
        func shown(_ column: String, _ value: StoredValue) -> String {
            guard let text = value.string else { return "—" }
            guard !reveal && personalColumns.contains(column) else { return text }
            return column == "phone" ? Masking.phone(text) : Masking.idNumber(text)
        }
        var listing = Listing([
            .init(key: "id", header: LocalizedText(en: "#", zh: "#"), alignment: .right),
            .init(key: "at", header: LocalizedText(en: "When", zh: "时间")),
            .init(key: "operator", header: LocalizedText(en: "Operator", zh: "操作人")),
            .init(key: "action", header: LocalizedText(en: "Action", zh: "操作")),
            .init(key: "table", header: LocalizedText(en: "Table", zh: "表")),
            .init(key: "row", header: LocalizedText(en: "Row", zh: "行"), alignment: .right),
            .init(key: "household", header: LocalizedText(en: "Household", zh: "户")),
            .init(key: "changes", header: LocalizedText(en: "Changes", zh: "内容")),
        ])
        for entry in entries {
            let summary: [String]
            switch entry.action {
            case "update":
                summary = entry.changes.map { "\($0.column): \(shown($0.column, $0.old)) → \(shown($0.column, $0.new))" }
            case "delete":
                summary = entry.oldValues.filter { $0.column != "id" && !$0.value.isNull }.map { "\($0.column)=\(shown($0.column, $0.value))" }
            default:
                summary = entry.newValues.filter { $0.column != "id" && !$0.value.isNull }.map { "\($0.column)=\(shown($0.column, $0.value))" }
            }
            listing.append([.number(entry.id), .localized(LocalTimestamp.display(entry.at), json: .string(entry.at)), .text(entry.operatorName),
                            .localized(actionLabel(entry.action, context), json: .string(entry.action)),
                            .localized(RecordKindLabels.label(ofTable: entry.table).text(in: context.language), json: .string(entry.table)),
                            .number(entry.rowID), .label(entry.householdLabel), .texts(summary)])
        }
        try listing.print(to: context, emptyMessage: LocalizedText(en: "No changes recorded for that selection.", zh: "没有符合条件的变更记录。"))
    }

    static func printChangeSets(_ sets: [AuditChangeSet], _ context: CommandContext) throws {
        var listing = Listing([
            .init(key: "id", header: LocalizedText(en: "#", zh: "#"), alignment: .right),
            .init(key: "at", header: LocalizedText(en: "When", zh: "时间")),
            .init(key: "operator", header: LocalizedText(en: "Operator", zh: "操作人")),
            .init(key: "command", header: LocalizedText(en: "Command", zh: "命令")),
            .init(key: "reason", header: LocalizedText(en: "Reason", zh: "原因")),
            .init(key: "households", header: LocalizedText(en: "Households", zh: "涉及的户")),
            .init(key: "changes", header: LocalizedText(en: "Rows changed", zh: "变更行数")),
        ])
        for set in sets {
            var households = set.households.map { $0.text(in: context.language) }
            if set.householdCount > households.count {
                households.append(context.t("… \(set.householdCount) in all", "……共 \(set.householdCount) 户"))
            }
            let changes = set.counts.map { "\($0.table) \(actionSign($0.action))\($0.rows)" }
            let shownChanges = set.counts.map {
                "\(RecordKindLabels.label(ofTable: $0.table).text(in: context.language)) \(actionSign($0.action))\($0.rows)"
            }
            // JSON: the households named (not the "… in all" line), and the
            // changes as table keys whatever labels the table shows.
            let changesJSON = JSONValue.array(changes.map(JSONValue.string))
            let separator = context.t(", ", "、")
            listing.append([.number(set.id), .localized(LocalTimestamp.display(set.at), json: .string(set.at)), .text(set.operatorName),
                            .localized(RecordKindLabels.command(set.command).text(in: context.language), json: .string(set.command)), .localized(reasonText(set, context) ?? "", json: .string(set.reason)),
                            .localized(households.joined(separator: separator), json: .array(set.households.map { JSONValue.string($0.en) })),
                            .localized(shownChanges.joined(separator: separator), json: changesJSON)])
        }
        try listing.print(to: context, emptyMessage: LocalizedText(en: "No commands recorded for that selection; try --rows for row-level changes.",
                                                           zh: "没有符合条件的命令记录；可用 --rows 查看逐行变更。"))
    }

    /// The reason as people read it: a chosen reason (member remove,
    /// household close) is stored as its key and shown as its label.
    static func reasonText(_ set: AuditChangeSet, _ context: CommandContext) -> String? {
        guard let reason = set.reason else { return nil }
        let parts = reason.split(separator: ":", maxSplits: 1).map(String.init)
        let key = parts[0]
        let label: String? =
            if set.command.hasPrefix("member remove") {
                MemberLeaveReason(rawValue: key)?.label(in: context.language)
            } else if set.command.hasPrefix("household close") {
                HouseholdCloseReason(rawValue: key)?.label(in: context.language)
            } else {
                nil
            }
        guard let label else { return reason }
        let note = parts.count > 1 ? parts[1].trimmingWhitespaceForCLI() : ""
        return note.isEmpty ? label : label + context.t(": ", "：") + note
    }

    static func actionSign(_ action: String) -> String {
        switch action {
        case "insert": "+"
        case "delete": "-"
        case "update": "~"
        default: action + " "
        }
    }

    static func actionLabel(_ action: String, _ context: CommandContext) -> String {
        switch action {
        case "insert": context.t("insert", "新增")
        case "update": context.t("update", "修改")
        case "delete": context.t("delete", "删除")
        case "reveal": context.t("reveal", "查看明文")
        default: action
        }
    }

    static func backup(_ context: CommandContext) throws {
        let path = context.argument("file")!
        if path.isEmpty {
            throw context.usageFailure("FILE needs a file name (got an empty one)", "FILE 需要文件名（输入为空）")
        }
        let store = MaintenanceStore(try context.database())
        let showsProgress = Terminal.stderrIsTerminal
        var shown = -1
        defer { if showsProgress && shown >= 0 { context.output.promptNow("\r\u{1B}[K") } }
        let bytes = try Interruption.removing(MaintenanceStore.temporaryFiles(for: path)) {
            try store.backup(to: path, overwrite: context.isSet("force")) { copied, total in
                // A large county takes a while: say how far it is, on a terminal only.
                let percent = total > 0 ? copied * 100 / total : 100
                if showsProgress && percent != shown {
                    shown = percent
                    context.output.promptNow(context.t("\rBacking up… \(percent)%", "\r正在备份…… \(percent)%"))
                }
                return true
            }
        }
        context.output.print(context.t("Backed up to \(path) (\(bytes) bytes, readable by its owner only)",
                                       "已备份到 \(path)（\(bytes) 字节，仅所有者可读）"))
    }

    static func check(_ context: CommandContext) throws {
        let database = try context.database()
        let receipt = context.value("at")
        let full = context.isSet("full")
        let (report, chain) = try DatabaseCheck(database).run(full: full, receipt: receipt)
        // Each problem as (kind key for programs, line for people in each language, where in the audit chain).
        typealias Problem = (kind: String, text: LocalizedText, table: String?, row: Int64?)
        let fileProblems: [Problem] = report.integrityProblems.map { ("integrity", LocalizedText($0), nil, nil) }
            + report.foreignKeyProblems.map { problem -> Problem in
                let text = "\(problem.table) row \(problem.rowID.map(String.init) ?? "?") → missing \(problem.parent)"
                return ("foreign_key", LocalizedText(text), nil, nil)
            }
            + report.pendingMigrations.map { ("pending_migration", LocalizedText("pending migration \($0)"), nil, nil) }
            + report.schemaDifferences.map { ("schema_" + $0.kind.rawValue, LocalizedText($0.english), nil, nil) }
            + report.derivedDifferences.map { ("derived_table", $0.text, $0.table, nil) }
        var chainProblems: [Problem] = chain.problems.map { ("audit_" + $0.kind.rawValue, $0.message, $0.table, $0.row) }
        if let receipt, chain.receiptEntry == nil {
            chainProblems.append(("receipt_not_held", LocalizedText(
                en: "the audit chain does not hold \(receipt): the entries before that report were changed since, or the report is from another database",
                zh: "审计链中没有 \(receipt)：该报表之前的记录此后被改动过，或报表来自另一个数据库"), nil, nil))
        }
        let problems = chainProblems + fileProblems
        let failure: TrackerError
        if let first = chainProblems.first {
            // The records no longer match their trail (or the receipt): refused (exit 1), whatever else is wrong with the file.
            failure = TrackerError(.refused,
                en: "\(database.path): the audit trail does not vouch for the records: \(first.text.en)",
                zh: "\(database.path)：审计日志与记录不符：\(first.text.zh)",
                detailLines: Array(problems.dropFirst().map(\.text).prefix(50)))
        } else {
            failure = TrackerError(.io, en: "\(database.path) has \(problems.count) problem(s); restore from a backup ('tracker backup' makes one)",
                                   zh: "\(database.path) 发现 \(problems.count) 个问题；请从备份恢复",
                                   detailLines: Array(problems.map { LocalizedText($0.text.en) }.prefix(50)))
        }
        if context.format == .json {
            var fields: [(String, JSONValue)] = [
                ("path", .string(database.path)), ("sound", .bool(problems.isEmpty)),
                ("schema_version", .int(Int64(report.schemaVersion))),
                ("integrity_check", .string(report.fullIntegrity ? "full" : "quick")),
                ("problems", .array(problems.map { problem in
                    var object: [(String, JSONValue)] = [("kind", .string(problem.kind)), ("detail", .string(problem.text.en))]
                    if let table = problem.table { object.append(("table", .string(table))) }
                    if let row = problem.row { object.append(("row", .int(row))) }
                    return .object(object)
                })),
                ("audit_entries", .int(Int64(chain.entries))), ("audit_commands", .int(Int64(chain.commands))),
                ("replayed_tables", .array(chain.tables.map(JSONValue.string))),
                ("chain_head", chain.head.map { .object([("entry", .int($0.entry)), ("hash", .string($0.hash))]) } ?? .null),
            ]
            if let receipt {
                fields.append(("receipt", .object([("hash", .string(receipt)), ("entry", chain.receiptEntry.map { .int($0) } ?? .null),
                                                   ("confirmed", .bool(chain.receiptEntry != nil))])))
            }
            context.output.print(JSONValue.object(fields).serialized(pretty: true))
            if !problems.isEmpty { throw FailureWithOutput(error: failure) }
            return
        }
        guard problems.isEmpty else { throw failure }
        let integrity = report.fullIntegrity ? context.t("integrity ok (full check)", "完整性正常（完整检查）")
            : context.t("integrity ok (quick check; --full also checks every index)", "完整性正常（快速检查；--full 还会核对每个索引）")
        context.output.print(context.t("\(database.path) is sound: \(integrity), every reference resolves, the schema is exactly what the migrations made, schema version \(report.schemaVersion).",
                                       "\(database.path) 完好：\(integrity)，引用关系一致，结构与迁移生成的完全一致，结构版本 \(report.schemaVersion)。"))
        let head = chain.head.map { context.t("entry \($0.entry), \($0.shortHash)", "第 \($0.entry) 条，\($0.shortHash)") } ?? context.t("empty", "空")
        context.output.print(context.t(
            "Audit chain intact: \(chain.entries) entries and \(chain.commands) commands; replaying it reproduces all \(chain.tables.count) audited tables. Head: \(head).",
            "审计链完好：\(chain.entries) 条审计记录、\(chain.commands) 条命令记录；重放后与全部 \(chain.tables.count) 张受审计的表一致。链头：\(head)。"))
        if let receipt, let entry = chain.receiptEntry {
            context.output.print(context.t("Receipt \(receipt) confirmed: entry \(entry) and every entry before it are unchanged.",
                                           "回执 \(receipt) 已确认：第 \(entry) 条及之前的审计记录均未被改动。"))
        }
    }
}
