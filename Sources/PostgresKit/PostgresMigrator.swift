import SQLCore

/// Brings a PostgreSQL database up to date with an ordered list of
/// migrations, with the SQLite migrator's bookkeeping and refusals: the same
/// `schema_migrations` history (name, checksum, applied_at), and a database
/// that applied a step this binary does not know, or whose text changed, is
/// refused before anything runs (`MigrationState.refusal`).
///
/// The run is one transaction (PostgreSQL's DDL is transactional), under an
/// advisory lock, so of several sessions opening a new or older database at
/// once, one migrates and the others wait and then find nothing to do. It
/// runs at READ COMMITTED, not SERIALIZABLE: the history must be read again
/// after the lock is granted, which a snapshot taken before the wait would
/// not show. Each step runs in a savepoint and is recorded with its
/// checksum; a failing step is rolled back alone, the steps before it are
/// committed, and the failure is thrown.
public struct PostgresMigrator: Sendable {
    public let migrations: [Migration]

    static let historyTable = "schema_migrations"
    /// The advisory lock key migrations take (any fixed number; "trackmig").
    static let lockKey: Int64 = 0x7472_6163_6b6d_6967

    public init(_ migrations: [Migration]) {
        precondition(Set(migrations.map(\.name)).count == migrations.count, "Duplicate migration name")
        precondition(migrations.map(\.name) == migrations.map(\.name).sorted(), "Migrations must be in name order")
        self.migrations = migrations
    }

    /// What the database has applied and what remains, without changing it.
    public func state(of connection: PostgresConnection) throws -> MigrationState {
        MigrationState(applied: try appliedMigrations(connection), migrations: migrations)
    }

    /// Refuses a database this binary must not touch.
    public func validate(_ state: MigrationState) throws {
        if let refusal = state.refusal { throw PostgresMigrationError.refused(refusal) }
    }

    /// Applies every pending migration in order; returns the names applied.
    /// A database already current costs one read and takes no lock.
    @discardableResult
    public func migrate(_ connection: PostgresConnection) throws -> [String] {
        let glance = try state(of: connection)
        try validate(glance)
        guard !glance.pending.isEmpty else { return [] }
        precondition(!connection.isInTransaction, "Migrate outside any transaction")
        try connection.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
        var applied: [String] = []
        var failure: (any Error)?
        do {
            try connection.run("SELECT pg_advisory_xact_lock(:key)", ["key": Self.lockKey])
            try connection.execute("""
                CREATE TABLE IF NOT EXISTS \(Self.historyTable) (
                    name text PRIMARY KEY,
                    checksum text NOT NULL,
                    applied_at text NOT NULL
                )
                """)
            // Read again under the lock: another session may have migrated meanwhile.
            let initial = try state(of: connection)
            try validate(initial)
            for migration in initial.pending {
                do {
                    try connection.execute("SAVEPOINT migration")
                    try apply(migration, connection)
                    try connection.execute("RELEASE SAVEPOINT migration")
                    applied.append(migration.name)
                } catch {
                    try connection.execute("ROLLBACK TO SAVEPOINT migration")
                    failure = error
                    break
                }
            }
            try connection.execute("COMMIT")
        } catch {
            if connection.isInTransaction { try? connection.execute("ROLLBACK") }
            throw error
        }
        if let failure { throw failure }
        return applied
    }

    private func apply(_ migration: Migration, _ connection: PostgresConnection) throws {
        do {
            try connection.execute(migration.sql)
        } catch let error as PostgresError {
            throw PostgresMigrationError.failed(name: migration.name, error: error)
        }
        try connection.run("""
            INSERT INTO \(Self.historyTable) (name, checksum, applied_at)
            VALUES (:name, :checksum, to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
            """, ["name": migration.name, "checksum": migration.checksum])
    }

    private func appliedMigrations(_ connection: PostgresConnection) throws -> [AppliedMigration] {
        // The history of the first schema on the search path, where the tables go.
        guard try connection.scalar("SELECT to_regclass(:table)", ["table": Self.historyTable]) != nil else { return [] }
        return try connection.query("SELECT name, checksum, applied_at FROM \(Self.historyTable) ORDER BY name").map {
            AppliedMigration(name: $0.text("name"), checksum: $0.text("checksum"), appliedAt: $0.text("applied_at"))
        }
    }
}

/// Why a PostgreSQL database cannot be brought up to this binary's schema.
public enum PostgresMigrationError: Error, Sendable, Equatable {
    /// The database must not be touched (written by a newer binary, or an
    /// applied step's text changed): the SQLite store's refusals.
    case refused(MigrationRefusal)
    /// A migration failed; the database stays at the step before it.
    case failed(name: String, error: PostgresError)
}
