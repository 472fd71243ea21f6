import Platform
internal import PostgresKit
package import SQLCore
package import SQLiteKit
import TrackerDomain
import TrackerMigrations

/// The tracker's database: opened, checked against this binary's schema,
/// upgraded when older, with every write stamped with its operator.
///
/// Either engine (issue 16): an SQLite file, or a PostgreSQL server. The
/// stores that run on both take their connection from `portableRead` /
/// `portableWrite` (`any SQLConnection`); the others still take SQLite's
/// `Connection` from `read` / `write`, which refuse on PostgreSQL before
/// anything is read or written, naming the command.
public final class TrackerDatabase {
    /// The SQLite connection; nil on PostgreSQL.
    private let file: Connection?
    /// The server; nil on SQLite.
    private let server: PostgresConnection?
    /// The file's path, or the server as messages name it (password masked).
    public let path: String
    /// The command as the refusal on PostgreSQL names it ("tracker household show").
    public var commandName = "tracker"
    /// Recorded in the audit log for every change made through `write`.
    public var operatorName: String
    /// What the user asked for ("visit add 赵丁先"): recorded once per write
    /// transaction in `audit_commands`, grouping the row changes it made.
    /// Recorded through `Masking.commandLine`, so an ID number or phone in
    /// it is stored masked and control characters spelled out.
    public var commandDescription: String?
    /// Why the change is made (a correction's --reason), recorded with the
    /// command in `audit_commands` so `tracker log` shows it. Set for the one
    /// write it explains (by a store, or by the CLI for an optional reason);
    /// it is cleared when that write ends.
    public var commandReason: String?

    /// This binary's migrations, embedded at build time from Migrations/*.sql.
    package static let migrator = Migrator(embeddedMigrations.map { Migration(name: $0.name, sql: $0.sql, checksum: $0.checksum) })

    /// What opening did to the schema.
    public private(set) var appliedOnOpen: [String] = []
    /// Where the pre-upgrade copy went, when an upgrade happened.
    public private(set) var upgradeBackupPath: String?

    /// How a second, read-only connection to the same file is opened (a
    /// check's file side runs on one); nil when there is no file to share.
    package let secondReaderOptions: Connection.Options?

    private init(connection: Connection, path: String, operatorName: String, options: Connection.Options) {
        file = connection
        server = nil
        self.path = path
        self.operatorName = operatorName
        secondReaderOptions = path == ":memory:" || path.isEmpty ? nil
            : Connection.Options(readOnly: true, walJournal: false, immutable: options.immutable)
    }

    /// Opens the database at `path` and brings its schema up to date.
    ///
    /// With `creating` (commands that write), a missing database is created
    /// owner-only, with its folder. Without it (commands that only read), a
    /// missing or empty database is refused: a mistyped `--db` must not
    /// leave a new empty database behind and report nothing found.
    /// Another program's SQLite file is refused before anything touches it.
    ///
    /// The operator is checked before anything is touched: it is stored
    /// with every change and shown by `tracker log`, so it follows the
    /// rules of any other stored line of text.
    public static func open(path: String, operatorName typedOperator: String, creating: Bool = true) throws(TrackerError) -> TrackerDatabase {
        let operatorName = try checkedOperator(typedOperator)
        if !FileSystem.exists(path) {
            guard creating else { throw missing(path) }
            try FileSystem.createDirectories(FileSystem.parentDirectory(of: path))
            try FileSystem.createPrivateFile(path)
        }
        // A file this user may read but not change (a 0400 copy, a write-
        // protected stick): read it as it is, leaving no -wal/-shm behind.
        let writable = FileSystem.isWritable(path)
        if !writable && creating { throw readOnly(path) }
        let database: TrackerDatabase
        do {
            // WAL comes after the file is known to be ours: switching changes the file.
            // Immutable unless a -wal holds changes not yet in the file itself.
            let options: Connection.Options = writable ? .init(walJournal: false)
                : .init(readOnly: true, walJournal: false, immutable: !FileSystem.exists(path + "-wal"))
            let connection = try Connection(path: path, options: options)
            // Lists order towns, villages and names by pinyin with `ORDER BY sort_key(…)`.
            try connection.defineSortKey("sort_key", ChineseSortKey.key)
            database = TrackerDatabase(connection: connection, path: path, operatorName: operatorName, options: options)
            let objects = try connection.scalarInt("SELECT count(*) FROM sqlite_schema") ?? 0
            let history = try connection.scalarInt(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'") ?? 0
            if objects > 0 && history == 0 { throw notTracker(path) }
            if objects == 0 && !creating { throw missing(path) }
            if !writable {
                let state = try migrator.state(of: connection)
                try migrator.validate(state)
                if !state.pending.isEmpty { throw readOnlyNeedsUpgrade(path) }
                return database
            }
            try connection.enableWAL()
        } catch let error as TrackerError {
            throw error
        } catch let error as MigrationError {
            throw translate(error, path: path)
        } catch let error as SQLiteError {
            throw TrackerError.database(error, path: path)
        } catch {
            throw TrackerError.io(path: path, reason: "\(error)")
        }
        try database.upgrade()
        return database
    }

    /// A tracker database on a PostgreSQL server, opened (and its schema
    /// checked) by `PostgresTrackerDatabase`. The operator is the role that
    /// logged in (`session_user`): the server, not the tool, says who it is.
    public init(_ opened: PostgresTrackerDatabase) throws(TrackerError) {
        file = nil
        server = opened.connection
        path = opened.shown
        operatorName = try opened.sessionUser()
        secondReaderOptions = nil
    }

    /// Which engine holds the data.
    package var dialect: SQLDialect { server == nil ? .sqlite : .postgresql }

    /// The open connection of either engine as the engine-neutral
    /// `SQLConnection` (for tests that run a store's statements directly).
    package var sqlConnection: any SQLConnection { server ?? file! }

    /// SQLite's connection, for the stores and checks not yet ported to
    /// `SQLConnection`; on PostgreSQL the command is refused (exit 1).
    package var connection: Connection {
        get throws(TrackerError) {
            guard let file else { throw sqliteOnly() }
            return file
        }
    }

    /// Said by every command whose stores do not run on PostgreSQL yet,
    /// before it reads or writes anything there.
    func sqliteOnly() -> TrackerError {
        TrackerError(.refused,
            en: "'\(commandName)' runs on SQLite only for now; pass an SQLite file with --db PATH",
            zh: "“\(commandName)”目前只能在 SQLite 上运行；请用 --db PATH 指定 SQLite 文件")
    }

    /// The operator's name as stored: a line of text of at most 100 code points.
    public static func checkedOperator(_ name: String) throws(TrackerError) -> String {
        try TextRules.line(name, field: "--operator / TRACKER_OPERATOR", limit: TextRules.maximumOperatorLength)
    }

    static func readOnly(_ path: String) -> TrackerError {
        TrackerError(.io,
            en: "\(path) is read-only for you (no write permission), so nothing was changed; change its permissions or work on a copy",
            zh: "\(path) 对你是只读的（没有写权限），未作任何改动；请修改其权限或使用副本")
    }

    static func readOnlyNeedsUpgrade(_ path: String) -> TrackerError {
        TrackerError(.io,
            en: "\(path) is read-only for you and was made by an older tracker; its schema needs an upgrade, which needs write permission",
            zh: "\(path) 对你是只读的，且由旧版 tracker 创建；升级其结构需要写权限")
    }

    static func missing(_ path: String) -> TrackerError {
        TrackerError(.notFound,
            en: "there is no tracker database at \(path); check --db, or create one with 'tracker init'",
            zh: "\(path) 没有 tracker 数据库；请检查 --db，或用 tracker init 创建")
    }

    static func notTracker(_ path: String) -> TrackerError {
        TrackerError(.io,
            en: "\(path) is not a tracker database (it holds another program's tables); it was left untouched; pass another --db",
            zh: "\(path) 不是 tracker 数据库（其中是其他程序的表），未作任何改动；请用 --db 指定其他文件")
    }

    private func upgrade() throws(TrackerError) {
        do {
            appliedOnOpen = try Self.migrator.migrate(connection) { state in
                self.upgradeBackupPath = try self.copyAside(version: state.version)
            }
        } catch let error as MigrationError {
            throw Self.translate(error, path: path)
        } catch let error as SQLiteError {
            throw TrackerError.database(error, path: path)
        } catch let error as TrackerError {
            throw error
        } catch {
            throw TrackerError.io(path: path, reason: "\(error)")
        }
    }

    /// Keeps a copy of a database before changing its schema, so a failed
    /// or regretted upgrade can be undone by hand.
    ///
    /// Runs under the migration's write lock, so only the one process that
    /// upgrades makes a copy, and nobody can change the file meanwhile. The
    /// copy is read through a second connection (this one is inside the
    /// write transaction; readers are not blocked by it). The name carries
    /// the time and process, and is claimed with O_EXCL, so it is unique.
    private func copyAside(version: Int) throws -> String {
        let stamp = try connection.scalarText("SELECT strftime('%Y%m%dT%H%M%S', 'now')") ?? "now"
        let target = try FileSystem.createUniquePrivateFile(prefix: "\(path).v\(version)-\(stamp)", suffix: ".bak")
        do {
            let reader = try Connection(path: path, options: .init(walJournal: false))
            // VACUUM INTO writes a consistent, compact copy into an empty file.
            try reader.run("VACUUM INTO :target", ["target": target])
        } catch {
            FileSystem.remove(target)
            throw error
        }
        return target
    }

    static func translate(_ error: MigrationError, path: String) -> TrackerError {
        switch error {
        case .edited(let name):
            return TrackerError(.io,
                en: "\(path) was set up by migration \(name), whose text has changed since; restore the original Migrations/\(name).sql or use a database from this version",
                zh: "\(path) 已应用的迁移 \(name) 内容已被修改；请恢复原来的 Migrations/\(name).sql 或使用与本版本一致的数据库")
        case .unknownApplied(let names):
            return TrackerError(.io,
                en: "\(path) was written by a newer tracker (unknown migrations: \(names.joined(separator: ", "))); upgrade tracker to open it",
                zh: "\(path) 由更新版本的 tracker 写入（未知迁移：\(names.joined(separator: "、"))）；请升级 tracker 后再打开")
        case .failed(let name, let cause):
            return TrackerError(.io,
                en: "migration \(name) failed and was rolled back: \(cause.message)",
                zh: "迁移 \(name) 失败，已回滚：\(cause.message)")
        case .foreignKeyViolation(let name, let table):
            return TrackerError(.io,
                en: "migration \(name) left broken references in \(table) and was rolled back",
                zh: "迁移 \(name) 导致 \(table) 外键不一致，已回滚")
        }
    }

    // MARK: Transactions

    /// Runs `body` as one write transaction (BEGIN IMMEDIATE) stamped with the
    /// operator; any throw leaves the database exactly as it was.
    ///
    /// Inside `batch` the same body runs in a savepoint of the batch's
    /// transaction instead: its rules and writes are unchanged, only the
    /// commit (and its fsync) is shared with the rest of the batch.
    /// As `write`, recording `reason` with the command in the audit trail.
    package func write<T>(reason: String, _ body: (Connection) throws -> T) throws(TrackerError) -> T {
        commandReason = reason
        return try write(body)
    }

    /// A write of a store that runs on SQLite only; refused on PostgreSQL.
    package func write<T>(_ body: (Connection) throws -> T) throws(TrackerError) -> T {
        defer { commandReason = nil }
        let connection = try self.connection
        do {
            if batchDepth > 0 {
                return try connection.savepoint("tracker_write") { try body(connection) }
            }
            return try connection.transaction(.immediate) { try stamped(on: connection) { try body(connection) } }
        } catch {
            throw wrap(error)
        }
    }

    /// A write of a store that runs on either engine: on SQLite as `write`;
    /// on PostgreSQL one SERIALIZABLE transaction, run again from the start
    /// when the server ends it with a serialization failure, so `body` must
    /// only read and write the database.
    @discardableResult
    package func portableWrite<T>(_ body: (any SQLConnection) throws -> T) throws(TrackerError) -> T {
        guard let server else { return try write { connection in try body(connection) } }
        defer { commandReason = nil }
        do {
            return try server.retryingSerializable { try stamped(on: server) { try body(server) } }
        } catch {
            throw wrap(error)
        }
    }

    /// How many `batch` calls are running; writes inside one become savepoints.
    private var batchDepth = 0

    /// Runs `body` — any number of ordinary store calls — as ONE write
    /// transaction: all of it is committed, or (when `body` throws) none.
    ///
    /// Each store call inside still checks its own rules and runs in a
    /// savepoint, so a refused call that the caller catches leaves the rest
    /// of the batch intact. For bulk loads (a county of synthetic visits),
    /// where a commit per call with `synchronous=FULL` would spend its time
    /// in fsync. SQLite only for now.
    public func batch<T>(_ body: () throws -> T) throws(TrackerError) -> T {
        if batchDepth > 0 { return try rethrowing(body) }
        let connection = try self.connection
        // A batch writes many audit entries, each hashed into the chain.
        SHA256.preferSystemLibrary()
        do {
            return try connection.transaction(.immediate) {
                batchDepth += 1
                defer { batchDepth -= 1 }
                return try stamped(on: connection, body)
            }
        } catch {
            throw wrap(error)
        }
    }

    /// Stamps the operator for the audit triggers, runs `body`, and records
    /// the range of audit entries it made as one command in `audit_commands`.
    /// Called once per outermost transaction.
    ///
    /// On PostgreSQL the triggers' operator is the role that logged in
    /// (`session_user`): the session's `tracker.operator` is cleared for the
    /// transaction, so a PGOPTIONS setting cannot name someone else. The
    /// range is exact there too: the audit chain's head row makes writers
    /// take turns, and one whose snapshot predates another's entries is
    /// refused (40001) and run again.
    private func stamped<T>(on connection: any SQLConnection, _ body: () throws -> T) throws -> T {
        switch connection.dialect {
        case .sqlite:
            try connection.run("UPDATE audit_context SET operator = :operator WHERE id = 1", binding: ["operator": operatorName])
        case .postgresql:
            try connection.run("SELECT set_config('tracker.operator', '', true)", binding: [:])
        }
        let before = try connection.scalar("SELECT max(id) AS id FROM audit_log", binding: [:])?.int64 ?? 0
        let result = try body()
        let after = try connection.scalar("SELECT max(id) AS id FROM audit_log", binding: [:])?.int64 ?? 0
        if after > before {
            try connection.run("""
                INSERT INTO audit_commands (operator, command, first_entry, last_entry, reason)
                VALUES (:operator, :command, :first_entry, :last_entry, :reason)
                """, binding: ["operator": operatorName, "command": Masking.commandLine(commandDescription ?? "tracker"),
                               "first_entry": before + 1, "last_entry": after, "reason": commandReason])
        }
        return result
    }

    private func rethrowing<T>(_ body: () throws -> T) throws(TrackerError) -> T {
        do { return try body() } catch { throw wrap(error) }
    }

    /// Runs `body` inside one read transaction, so everything it reads comes
    /// from the same snapshot even while others write. SQLite only; refused
    /// on PostgreSQL.
    package func read<T>(_ body: (Connection) throws -> T) throws(TrackerError) -> T {
        let connection = try self.connection
        do {
            // Inside a write or a batch the open transaction already gives one snapshot.
            if !connection.isAutocommit { return try body(connection) }
            return try connection.transaction(.deferred) { try body(connection) }
        } catch {
            throw wrap(error)
        }
    }

    /// A read of a store that runs on either engine, from one snapshot (on
    /// PostgreSQL a SERIALIZABLE transaction, run again on a serialization failure).
    package func portableRead<T>(_ body: (any SQLConnection) throws -> T) throws(TrackerError) -> T {
        guard let server else { return try read { connection in try body(connection) } }
        do {
            if server.isInTransaction { return try body(server) }
            return try server.retryingSerializable { try body(server) }
        } catch {
            throw wrap(error)
        }
    }

    /// Runs several stores' reads from one snapshot, so a report and the
    /// audit-chain head printed with it describe exactly the same state.
    public func snapshot<T>(_ body: () throws -> T) throws(TrackerError) -> T {
        try portableRead { _ in try body() }
    }

    func wrap(_ error: any Error) -> TrackerError { Self.wrap(error, path: path) }

    /// `error` as the tool says it, for the database at `path` (also from a
    /// thread that has no `TrackerDatabase` of its own).
    static func wrap(_ error: any Error, path: String) -> TrackerError {
        switch error {
        case let error as TrackerError: error
        case let error as SQLiteError: TrackerError.database(error, path: path)
        case let error as PostgresError: PostgresTrackerDatabase.failed(error, shown: path)
        default: TrackerError.io(path: path, reason: "\(error)")
        }
    }
}
