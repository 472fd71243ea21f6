package import PostgresKit
internal import SQLCore
import TrackerDomain
internal import TrackerPostgresMigrations

/// A tracker database on a PostgreSQL server (issue 16): connected,
/// checked against this binary's schema and brought up to date with the
/// PostgreSQL migrations, with the refusals of the SQLite file.
///
/// So far it is opened by `tracker init` (which creates or upgrades the
/// schema) and, for every other command, to say whether the server is
/// there before saying that the command runs on SQLite only for now. The
/// stores move onto it once they run on both connections (docs/postgresql.md).
public final class PostgresTrackerDatabase {
    package let connection: PostgresConnection
    /// The server as messages name it (any password masked).
    public let shown: String
    /// What opening did to the schema.
    public private(set) var appliedOnOpen: [String] = []

    /// This binary's PostgreSQL migrations, embedded from Migrations/postgresql.
    package static let migrator = PostgresMigrator(embeddedMigrations.map { Migration(name: $0.name, sql: $0.sql, checksum: $0.checksum) })

    /// The schema version this binary brings a database to.
    public static var latestSchemaVersion: Int { migrator.migrations.last?.number ?? 0 }

    private init(connection: PostgresConnection, shown: String) {
        self.connection = connection
        self.shown = shown
    }

    /// Connects with `conninfo` (a URL, or "" for the PG* variables and
    /// service file) and applies pending migrations; `migrating: false`
    /// only checks that the schema is this binary's.
    public static func open(conninfo: String, shown: String, migrating: Bool = true) throws(TrackerError) -> PostgresTrackerDatabase {
        let database: PostgresTrackerDatabase
        do {
            database = PostgresTrackerDatabase(connection: try PostgresConnection(conninfo), shown: shown)
        } catch let error as PostgresError {
            throw unreachable(error, shown: shown)
        } catch {
            throw TrackerError.io(path: shown, reason: "\(error)")
        }
        do {
            if migrating {
                database.appliedOnOpen = try migrator.migrate(database.connection)
            } else {
                try migrator.validate(try migrator.state(of: database.connection))
            }
        } catch let error as PostgresMigrationError {
            throw translate(error, shown: shown)
        } catch let error as PostgresError {
            throw failed(error, shown: shown)
        } catch {
            throw TrackerError.io(path: shown, reason: "\(error)")
        }
        return database
    }

    /// The role the server logged this session in as.
    public func sessionUser() throws(TrackerError) -> String {
        do { return try connection.sessionUser() } catch { throw TrackerError.io(path: shown, reason: "\(error)") }
    }

    // MARK: Messages

    /// libpq's reason on one line ("…failed: Connection refused; Is the server running…").
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { $0.drop { $0 == " " || $0 == "\t" } }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
    }

    static func unreachable(_ error: PostgresError, shown: String) -> TrackerError {
        let reason = oneLine(error.message)
        if error.isAuthorizationFailure || reason.contains("authentication failed") {
            return TrackerError(.io,
                en: "the PostgreSQL server \(shown) refused the login: \(reason); check the user and password (PGPASSWORD, ~/.pgpass)",
                zh: "PostgreSQL 服务器 \(shown) 拒绝登录：\(reason)；请检查用户名和密码（PGPASSWORD、~/.pgpass）")
        }
        return TrackerError(.io,
            en: "cannot connect to the PostgreSQL server \(shown): \(reason); check --db or TRACKER_DB, and that the server runs",
            zh: "无法连接 PostgreSQL 服务器 \(shown)：\(reason)；请检查 --db 或 TRACKER_DB，以及服务器是否在运行")
    }

    static func failed(_ error: PostgresError, shown: String) -> TrackerError {
        TrackerError(.io, en: "the PostgreSQL server \(shown) failed: \(oneLine(error.message)) (SQLSTATE \(error.sqlState))",
                     zh: "PostgreSQL 服务器 \(shown) 出错：\(oneLine(error.message))（SQLSTATE \(error.sqlState)）")
    }

    static func translate(_ error: PostgresMigrationError, shown: String) -> TrackerError {
        switch error {
        case .refused(.edited(let name)):
            return TrackerError(.io,
                en: "\(shown) was set up by migration \(name), whose text has changed since; restore the original Migrations/postgresql/\(name).sql or use a database from this version",
                zh: "\(shown) 已应用的迁移 \(name) 内容已被修改；请恢复原来的 Migrations/postgresql/\(name).sql 或使用与本版本一致的数据库")
        case .refused(.unknownApplied(let names)):
            return TrackerError(.io,
                en: "\(shown) was written by a newer tracker (unknown migrations: \(names.joined(separator: ", "))); upgrade tracker to open it",
                zh: "\(shown) 由更新版本的 tracker 写入（未知迁移：\(names.joined(separator: "、"))）；请升级 tracker 后再打开")
        case .failed(let name, let cause):
            return TrackerError(.io,
                en: "migration \(name) failed and was rolled back: \(oneLine(cause.message))",
                zh: "迁移 \(name) 失败，已回滚：\(oneLine(cause.message))")
        }
    }
}
