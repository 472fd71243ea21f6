import CLIKit
import SQLiteKit
import TrackerCore

/// `log`, `backup` and `check`: the audit trail and the file's safety.
enum SafetyCommands: CommandGroup {
    static let specs: [CommandSpec] = [
        CommandSpec("log", id: "log",
            abstract: LocalizedText(en: "Show the audit trail: who changed what, and when", zh: "查看审计日志：谁在何时改了什么"),
            options: [
                .value("household", valueName: "NAME|CODE", help: LocalizedText(en: "Only changes to this household", zh: "仅此户的变更")),
                HouseholdCommands.villageSelector,
                .value("since", valueName: "YYYY-MM-DD", help: LocalizedText(en: "Only changes on or after this day (local time, TZ)", zh: "仅此日期（本地时间，TZ）及以后的变更")),
                .value("by", valueName: "NAME", help: LocalizedText(en: "Only changes by this operator", zh: "仅此操作人的变更")),
                .value("limit", valueName: "N", help: LocalizedText(en: "At most N entries, newest first (default 200; 0 for all)", zh: "最多显示 N 条，新的在前（默认 200；0 表示全部）")),
                .flag("rows", help: LocalizedText(en: "One line per changed row, with old and new values, instead of one per command",
                                                  zh: "逐行显示每条记录的新旧值，而不是按命令汇总")),
            ]),
        CommandSpec("backup", id: "backup",
            abstract: LocalizedText(en: "Copy the database safely, even while others write", zh: "安全备份数据库（他人写入时也可）"),
            arguments: [ArgumentSpec("file", valueName: "FILE", help: LocalizedText(en: "Where to write the copy", zh: "备份文件路径"))],
            options: [.flag("force", help: LocalizedText(en: "Replace FILE if it exists", zh: "文件已存在时覆盖"))]),
        CommandSpec("check", id: "check",
            abstract: LocalizedText(en: "Check the database's integrity and references", zh: "检查数据库完整性和引用关系")),
    ]

    static let handlers: [String: CommandHandler] = ["log": log, "backup": backup, "check": check]

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
        func shown(_ column: String, _ value: SQLiteValue) -> String {
            guard let text = value.string else { return "—" }
            guard !reveal && personalColumns.contains(column) else { return text }
            return column == "phone" ? Masking.phone(text) : Masking.idNumber(text)
        }
        var listing = Listing([
            .init(key: "id", header: Words("#", "#"), alignment: .right),
            .init(key: "at", header: Words("When", "时间")),
            .init(key: "operator", header: Words("Operator", "操作人")),
            .init(key: "action", header: Words("Action", "操作")),
            .init(key: "table", header: Words("Table", "表")),
            .init(key: "row", header: Words("Row", "行"), alignment: .right),
            .init(key: "household", header: Words("Household", "户")),
            .init(key: "changes", header: Words("Changes", "内容")),
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
                            .text(entry.table), .number(entry.rowID), .text(entry.householdLabel), .texts(summary)])
        }
        try listing.print(to: context, emptyMessage: Words("No changes recorded for that selection.", "没有符合条件的变更记录。"))
    }

    static func printChangeSets(_ sets: [AuditChangeSet], _ context: CommandContext) throws {
        var listing = Listing([
            .init(key: "id", header: Words("#", "#"), alignment: .right),
            .init(key: "at", header: Words("When", "时间")),
            .init(key: "operator", header: Words("Operator", "操作人")),
            .init(key: "command", header: Words("Command", "命令")),
            .init(key: "reason", header: Words("Reason", "原因")),
            .init(key: "households", header: Words("Households", "涉及的户")),
            .init(key: "changes", header: Words("Rows changed", "变更行数")),
        ])
        for set in sets {
            var households = set.households
            if set.householdCount > households.count {
                households.append(context.t("… \(set.householdCount) in all", "……共 \(set.householdCount) 户"))
            }
            let changes = set.counts.map { "\($0.table) \(actionSign($0.action))\($0.rows)" }
            // JSON: the households named (not the "… in all" line), and the
            // changes as table keys whatever labels the table shows.
            let changesJSON = JSONValue.array(changes.map(JSONValue.string))
            listing.append([.number(set.id), .localized(LocalTimestamp.display(set.at), json: .string(set.at)), .text(set.operatorName),
                            .text(set.command), .localized(reasonText(set, context) ?? "", json: .string(set.reason)),
                            .localized(households.joined(separator: ", "), json: .array(set.households.map(JSONValue.string))),
                            .localized(changes.joined(separator: ", "), json: changesJSON)])
        }
        try listing.print(to: context, emptyMessage: Words("No commands recorded for that selection; try --rows for row-level changes.",
                                                           "没有符合条件的命令记录；可用 --rows 查看逐行变更。"))
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
        let report = try MaintenanceStore(database).check()
        // Each problem as (kind key for programs, line for people).
        let problems: [(kind: String, text: String)] = report.integrityProblems.map { ("integrity", $0) }
            + report.foreignKeyProblems.map { ("foreign_key", "\($0.table) row \($0.rowID.map(String.init) ?? "?") → missing \($0.parent)") }
            + report.pendingMigrations.map { ("pending_migration", "pending migration \($0)") }
            + report.schemaDifferences.map { ("schema_" + $0.kind.rawValue, $0.english) }
        let failure = TrackerError(.io, en: "\(database.path) has \(problems.count) problem(s); restore from a backup ('tracker backup' makes one)",
                                   zh: "\(database.path) 发现 \(problems.count) 个问题；请从备份恢复", details: Array(problems.map(\.text).prefix(50)))
        if context.format == .json {
            context.output.print(JSONValue.object([
                ("path", .string(database.path)), ("sound", .bool(report.isSound)),
                ("schema_version", .int(Int64(report.schemaVersion))),
                ("problems", .array(problems.map { .object([("kind", .string($0.kind)), ("detail", .string($0.text))]) })),
            ]).serialized(pretty: true))
            if !report.isSound { throw FailureWithOutput(error: failure) }
            return
        }
        if report.isSound {
            context.output.print(context.t("\(database.path) is sound: integrity ok, every reference resolves, the schema is exactly what the migrations made, schema version \(report.schemaVersion).",
                                           "\(database.path) 完好：完整性正常，引用关系一致，结构与迁移生成的完全一致，结构版本 \(report.schemaVersion)。"))
            return
        }
        throw failure
    }
}
