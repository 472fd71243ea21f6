internal import PostgresKit
internal import SQLCore
internal import SQLiteKit
import TrackerDomain

/// `tracker migrate-to`: a county's SQLite file copied into a PostgreSQL
/// database that holds no records yet (issue 16, item 5), every row of every
/// table and the audit trail included, in one transaction.
///
/// Rows go in by id, parents before children, with the server's own
/// triggers off (the trail is copied, not written again). The server then
/// recomputes every link of the audit chain with its own functions, and
/// each table's rows are read back from both databases and compared by
/// count and by a SHA-256 over every value in id order (hashes included):
/// any difference rolls the copy back.
public struct ServerMigration {
    /// One table as copied.
    public struct Table: Sendable, Equatable {
        public let name: String
        public let rows: Int
        /// SHA-256 of its rows in key order, the same on both databases.
        public let digest: String
    }

    let source: TrackerDatabase
    let target: PostgresTrackerDatabase
    /// Rows per INSERT: well below PostgreSQL's 65,535 parameters for the widest table.
    static let rowsPerStatement = 200

    public init(from source: TrackerDatabase, to target: PostgresTrackerDatabase) {
        self.source = source
        self.target = target
    }

    /// Copies and checks; returns the tables in the order they were copied.
    public func run() throws(TrackerError) -> [Table] {
        // Every row of every table is hashed, on both sides.
        SHA256.preferSystemLibrary()
        return try source.read { sqlite in
            let tables = try Self.tablesInCopyOrder(sqlite)
            let server = target.connection
            do {
                return try server.transaction {
                    if let held = try Self.firstNonEmpty(tables.filter { !Self.filledByMigrations.contains($0) }, in: server) {
                        throw TrackerError(.refused,
                            en: "\(target.shown) already holds records (\(held)); migrate into a database that 'tracker init' has just set up",
                            zh: "\(target.shown) 中已有记录（\(held)）；请迁移到刚由 tracker init 建好的空数据库")
                    }
                    for table in tables {
                        try server.execute("ALTER TABLE \(Self.quoted(table)) DISABLE TRIGGER USER")
                    }
                    // What the server's migrations wrote gives way to what the
                    // file's wrote (the same steps, at their own time).
                    for table in tables.reversed() where Self.filledByMigrations.contains(table) {
                        try server.execute("DELETE FROM \(Self.quoted(table))")
                    }
                    var copied: [Table] = []
                    for table in tables {
                        let columns = try Self.columns(of: table, in: sqlite)
                        let ours = try copy(table, columns: columns, from: sqlite, to: server)
                        let theirs = try Self.digest(table, columns: columns, on: server)
                        guard ours == theirs else {
                            throw TrackerError(.io,
                                en: "\(table) differs after the copy (\(ours.rows) rows here, \(theirs.rows) on the server, digests \(ours.digest.prefix(12)) and \(theirs.digest.prefix(12))); nothing was copied",
                                zh: "复制后 \(table) 不一致（本地 \(ours.rows) 行，服务器 \(theirs.rows) 行，摘要 \(ours.digest.prefix(12)) 与 \(theirs.digest.prefix(12))）；未复制任何数据")
                        }
                        copied.append(Table(name: table, rows: ours.rows, digest: ours.digest))
                        if columns.contains("id") {
                            _ = try server.query("""
                                SELECT setval(pg_get_serial_sequence('\(table)', 'id'), coalesce(max(id), 0) + 1, false) FROM \(Self.quoted(table))
                                """)
                        }
                    }
                    try Self.checkAndHeadTheChains(on: server, shown: target.shown)
                    for table in tables {
                        try server.execute("ALTER TABLE \(Self.quoted(table)) ENABLE TRIGGER USER")
                    }
                    return copied
                }
            } catch let error as TrackerError {
                throw error
            } catch let error as PostgresError {
                throw PostgresTrackerDatabase.failed(error, shown: target.shown)
            }
        }
    }

    /// The server's own functions recompute every link of both chains from
    /// the copied entries (each from the stored hash before it, so a whole
    /// county is one pass), and the chains' heads are set to the last
    /// entries: from here the server's triggers go on linking new entries.
    /// Linking each entry by the trigger as it was copied would update the
    /// head row once per entry inside one transaction, which PostgreSQL
    /// makes slower with every update.
    static func checkAndHeadTheChains(on server: PostgresConnection, shown: String) throws {
        let broken = try server.scalarInt("""
            SELECT (SELECT count(*) FROM (
                        SELECT a.hash, tracker_audit_log_link(lag(a.hash) OVER (ORDER BY a.id), a) AS linked FROM audit_log a) x
                    WHERE x.hash IS DISTINCT FROM x.linked)
                 + (SELECT count(*) FROM (
                        SELECT c.hash, tracker_audit_command_link(lag(c.hash) OVER (ORDER BY c.id), c,
                                   (SELECT hash FROM audit_log WHERE id = c.last_entry)) AS linked FROM audit_commands c) y
                    WHERE y.hash IS DISTINCT FROM y.linked)
            """) ?? 0
        guard broken == 0 else {
            throw TrackerError(.refused,
                en: "\(broken) audit entries do not link on \(shown) as they do in the file (run 'tracker check' on the file first); nothing was copied",
                zh: "\(broken) 条审计记录在 \(shown) 上的链接与文件中不同（请先对文件运行 tracker check）；未复制任何数据")
        }
        for (chain, table) in [("audit_log", "audit_log"), ("audit_commands", "audit_commands")] {
            try server.execute("""
                UPDATE audit_chain_heads SET (last_id, last_hash) =
                    (SELECT coalesce(max(id), 0), (SELECT hash FROM \(table) ORDER BY id DESC LIMIT 1) FROM \(table))
                WHERE chain = '\(chain)'
                """)
        }
    }

    /// Tables a new database already has rows in, written by its migrations
    /// (built-in poverty lines, example thresholds, and their audit entries).
    static let filledByMigrations: Set<String> = ["audit_log", "audit_commands", "poverty_lines", "monitoring_thresholds"]

    /// Not records: the session's operator for the SQLite triggers (on the
    /// server the session says who it is).
    static let notCopied: Set<String> = ["audit_context", "schema_migrations"]

    /// Every table of the file but SQLite's own and `notCopied`, each after
    /// the tables its foreign keys name.
    static func tablesInCopyOrder(_ connection: Connection) throws -> [String] {
        let names = try connection.query("""
            SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
            """).map { $0.text("name") }.filter { !notCopied.contains($0) }
        var parents: [String: Set<String>] = [:]
        for name in names {
            parents[name] = Set(try connection.query("SELECT \"table\" AS parent FROM pragma_foreign_key_list(:table)", ["table": name])
                .map { $0.text("parent") }.filter { $0 != name })
        }
        var ordered: [String] = []
        var placed: Set<String> = []
        while ordered.count < names.count {
            guard let next = names.first(where: { !placed.contains($0) && parents[$0, default: []].isSubset(of: placed) }) else {
                preconditionFailure("the schema's foreign keys form a cycle: \(names.filter { !placed.contains($0) })")
            }
            ordered.append(next)
            placed.insert(next)
        }
        return ordered
    }

    /// The columns of `table` in the file, in their order.
    static func columns(of table: String, in connection: Connection) throws -> [String] {
        try connection.query("SELECT name FROM pragma_table_info(:table) ORDER BY cid", ["table": table]).map { $0.text("name") }
    }

    /// "households (12 rows)" for the first table the server already fills.
    static func firstNonEmpty(_ tables: [String], in server: PostgresConnection) throws -> String? {
        for table in tables {
            let rows = try server.scalarInt("SELECT count(*) FROM \(quoted(table))") ?? 0
            if rows > 0 { return "\(table), \(rows) rows" }
        }
        return nil
    }

    /// The file's rows of `table`, in key order, inserted a few hundred per
    /// statement; returns their count and digest, taken as they are read.
    private func copy(_ table: String, columns: [String], from sqlite: Connection, to server: PostgresConnection) throws
        -> (rows: Int, digest: String) {
        let list = columns.map(Self.quoted).joined(separator: ", ")
        var batch: [[SQLValue]] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            var values: [String: any SQLBindable] = [:]
            var rows: [String] = []
            for (index, row) in batch.enumerated() {
                rows.append("(" + row.indices.map { column in
                    let name = "r\(index)c\(column)"
                    values[name] = row[column]
                    return ":" + name
                }.joined(separator: ", ") + ")")
            }
            try server.run("INSERT INTO \(Self.quoted(table)) (\(list)) VALUES \(rows.joined(separator: ", "))", binding: values)
            batch.removeAll(keepingCapacity: true)
        }
        var digest = TableDigest()
        try sqlite.forEach(Self.select(table, columns)) { row in
            let values = (0..<row.columnCount).map(row.value)
            digest.add(values)
            batch.append(values)
            if batch.count == Self.rowsPerStatement { try flush() }
        }
        try flush()
        return digest.result
    }

    /// The rows' count and a SHA-256 over every value in key order, as
    /// `copy` takes them from the file: read back from the server through a
    /// cursor (a county's trail is millions of rows; neither side holds them all).
    static func digest(_ table: String, columns: [String], on server: PostgresConnection) throws -> (rows: Int, digest: String) {
        var digest = TableDigest()
        try server.execute("DECLARE tracker_digest NO SCROLL CURSOR FOR " + select(table, columns))
        while true {
            let rows = try server.query("FETCH FORWARD \(fetchSize) FROM tracker_digest", binding: [:])
            for row in rows { digest.add(row.values) }
            if rows.count < fetchSize { break }
        }
        try server.execute("CLOSE tracker_digest")
        return digest.result
    }

    static let fetchSize = 5000

    static func select(_ table: String, _ columns: [String]) -> String {
        "SELECT \(columns.map(quoted).joined(separator: ", ")) FROM \(quoted(table)) ORDER BY \(order(columns))"
    }

    /// Values fed in row by row, encoded as the audit chain encodes them and
    /// chained as it chains: each row's hash covers the one before, so the
    /// last covers every value in order without holding them.
    struct TableDigest {
        private var input = ChainHashInput()
        private var current: [UInt8] = []
        private var rows = 0

        mutating func add(_ values: [SQLValue]) {
            rows += 1
            input.removeAll()
            input.appendBlob(current)
            for value in values { input.append(value) }
            input.digest(into: &current)
        }

        var result: (rows: Int, digest: String) { (rows, SHA256.hex(current)) }
    }

    /// Key order: by id where there is one, else by every column.
    static func order(_ columns: [String]) -> String {
        columns.contains("id") ? "\"id\"" : columns.map(quoted).joined(separator: ", ")
    }

    static func quoted(_ name: String) -> String { AuditChainVerifier.quoted(name, by: "\"") }
}
