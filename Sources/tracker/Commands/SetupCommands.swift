import Bilingual
import CLIKit
import Platform
import TrackerDomain
import TrackerStore

/// `init`, `seed`, `migrate-to` and `db status`: creating, filling, moving and inspecting the database.
enum SetupCommands: CommandGroup {
    static let specs: [Command] = [
        CommandSpec("init", abstract: LocalizedText(
            en: "Create or upgrade the database and print its schema version",
            zh: "创建或升级数据库，并显示结构版本"), run: initialize),
        CommandSpec("seed", abstract: LocalizedText(
            en: "Load the officials, households and visits reported in the source article (adds nothing when run again)",
            zh: "载入来源报道中的干部、贫困户和走访记录（重复运行不会重复添加）"), run: seed),
        CommandSpec("migrate-to",
            abstract: LocalizedText(
                en: "Copy an SQLite database, audit trail included, into an empty PostgreSQL database, and check every table",
                zh: "将 SQLite 数据库（含审计日志）复制到空的 PostgreSQL 数据库，并逐表核对"),
            arguments: [ArgumentSpec("server", valueName: "URL", help: LocalizedText(
                en: "The PostgreSQL database (postgresql://user@host/db), set up by 'tracker init' and holding no records",
                zh: "PostgreSQL 数据库的网址，已由 tracker init 建好且无记录"))],
            options: [.value("from", valueName: "FILE", required: true, help: LocalizedText(
                en: "The SQLite database to copy (it is only read)", zh: "要复制的 SQLite 数据库（只读取）"))],
            run: migrateTo),
        CommandSpec("db", abstract: LocalizedText(en: "Inspect the database", zh: "查看数据库"), subcommands: [
            CommandSpec("status", abstract: LocalizedText(
                en: "Schema version, applied migrations and row counts", zh: "结构版本、已应用的迁移和各表行数"), run: status),
        ]),
    ]

    static func initialize(_ context: CommandContext) throws {
        if case .postgresql(let conninfo, let shown) = try context.databaseTarget {
            let database = try PostgresTrackerDatabase.open(conninfo: conninfo, shown: shown)
            let version = PostgresTrackerDatabase.latestSchemaVersion
            if database.appliedOnOpen.isEmpty {
                context.output.print(context.t("\(shown): schema version \(version), up to date",
                                               "\(shown)：结构版本 \(version)，已是最新"))
            } else {
                context.output.print(context.t("\(shown): schema version \(version) (applied \(database.appliedOnOpen.joined(separator: ", ")))",
                                               "\(shown)：结构版本 \(version)（本次应用 \(database.appliedOnOpen.joined(separator: "、"))）"))
            }
            return
        }
        let database = try context.database()
        let version = TrackerDatabase.latestSchemaVersion
        if database.appliedOnOpen.isEmpty {
            context.output.print(context.t("\(database.path): schema version \(version), up to date",
                                           "\(database.path)：结构版本 \(version)，已是最新"))
        } else {
            context.output.print(context.t("\(database.path): schema version \(version) (applied \(database.appliedOnOpen.joined(separator: ", ")))",
                                           "\(database.path)：结构版本 \(version)（本次应用 \(database.appliedOnOpen.joined(separator: "、"))）"))
        }
    }

    static func migrateTo(_ context: CommandContext) throws {
        let url = context.argument("server") ?? ""
        guard case .postgresql(let conninfo, let shown)? = try DatabaseLocation.target(explicit: url, environment: [:]) else {
            throw context.usageFailure("migrate-to copies into PostgreSQL: give the server as a postgresql:// URL (got '\(url)')",
                                       "migrate-to 复制到 PostgreSQL：请以 postgresql:// 网址给出服务器（收到“\(url)”）")
        }
        let path = context.value("from") ?? ""
        let source = try TrackerDatabase.open(path: path, operatorName: context.operatorName, creating: false)
        let target = try PostgresTrackerDatabase.open(conninfo: conninfo, shown: shown)
        let tables = try ServerMigration(from: source, to: target).run()
        let rows = tables.reduce(0) { $0 + $1.rows }
        if context.format == .json {
            context.output.print(JSONValue.object([
                ("from", .string(path)), ("server", .string(shown)), ("rows", .int(Int64(rows))),
                ("tables", .array(tables.map { .object([("name", .string($0.name)), ("rows", .int(Int64($0.rows))),
                                                         ("digest", .string($0.digest))]) })),
            ]).serialized(pretty: true))
            return
        }
        let width = tables.map(\.name.count).max() ?? 0
        for table in tables {
            let name = table.name + String(repeating: " ", count: width - table.name.count)
            context.output.print("  \(name)  \(table.rows)  \(table.digest.prefix(16))")
        }
        context.output.print(context.t(
            "Copied \(tables.count) tables, \(rows) rows, from \(path) into \(shown); every table's count and digest agree.",
            "已将 \(path) 的 \(tables.count) 张表、\(rows) 行复制到 \(shown)；各表行数与摘要一致。"))
    }

    static func seed(_ context: CommandContext) throws {
        let report = try SeedLoader(try context.database()).load()
        if report.total == 0 {
            context.output.print(context.t("Seed already loaded; nothing added.", "种子数据已载入，未新增。"))
        } else {
            context.output.print(context.t(
                "Seeded from the source article: \(report.officials) officials, \(report.households) households, \(report.assignments) assignments, \(report.visits) visits.",
                "已从来源报道载入：干部 \(report.officials) 名，贫困户 \(report.households) 户，帮扶关系 \(report.assignments) 条，走访 \(report.visits) 次。"))
        }
    }

    static func status(_ context: CommandContext) throws {
        let status = try context.database().status()
        switch context.format {
        case .json:
            let document: JSONValue = .object([
                ("path", .string(status.path)),
                ("schema_version", .int(Int64(status.schemaVersion))),
                ("latest_version", .int(Int64(status.latestVersion))),
                ("sqlite_version", .string(status.sqliteVersion)),
                ("applied", .array(status.applied.map { .object([("name", .string($0.name)), ("applied_at", .string($0.appliedAt))]) })),
                ("pending", .array(status.pending.map(JSONValue.string))),
                ("rows", .object(status.rowCounts.map { ($0.table, .int(Int64($0.rows))) })),
            ])
            context.output.print(document.serialized(pretty: true))
        case .table, .csv, .xlsx:  // xlsx never gets here: only the reports accept it
            if context.format == .table {
                context.output.print(context.t("Database: \(status.path)", "数据库：\(status.path)"))
                context.output.print(context.t("Schema version: \(status.schemaVersion) of \(status.latestVersion)",
                                               "结构版本：\(status.schemaVersion)（最新 \(status.latestVersion)）"))
                context.output.print("SQLite: \(status.sqliteVersion)")
                context.output.print(context.t("Applied migrations:", "已应用的迁移："))
                for step in status.applied { context.output.print("  \(step.name)  \(step.appliedAt)") }
                context.output.print()
            }
            var listing = Listing([
                .init(key: "table", header: LocalizedText(en: "Table", zh: "表")),
                .init(key: "rows", header: LocalizedText(en: "Rows", zh: "行数"), alignment: .right),
            ])
            for count in status.rowCounts { listing.append([.text(count.table), .number(Int64(count.rows))]) }
            try listing.print(to: context)
        }
    }
}
