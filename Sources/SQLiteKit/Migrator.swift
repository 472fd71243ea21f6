import SQLCore

/// Brings a database up to date with an ordered list of migrations.
///
/// Each applied migration is recorded with its checksum in the same
/// transaction as its SQL, after `PRAGMA foreign_key_check` finds nothing,
/// so a step is either wholly applied and recorded or not at all. A step
/// that declares it rebuilds tables (`Migration.rebuildsTables`) runs with
/// foreign keys off, as SQLite's recipe asks, so dropping a parent table
/// deletes no children; the check still refuses one that leaves a dangling
/// reference. Before
/// anything runs, the recorded history is compared with the list: an edited
/// step or one this binary does not know refuses the database.
public struct Migrator: Sendable {
    public let migrations: [Migration]

    static let historyTable = "schema_migrations"

    public init(_ migrations: [Migration]) {
        var seen = Set<String>()
        for migration in migrations {
            precondition(seen.insert(migration.name).inserted, "Duplicate migration name \(migration.name)")
        }
        precondition(migrations.map(\.name) == migrations.map(\.name).sorted(), "Migrations must be in name order")
        self.migrations = migrations
    }

    /// What the database has applied and what remains, without changing it.
    public func state(of connection: Connection) throws -> MigrationState {
        MigrationState(applied: try appliedMigrations(connection), migrations: migrations)
    }

    /// Refuses a database this binary must not touch.
    public func validate(_ state: MigrationState) throws {
        switch state.refusal {
        case .unknownApplied(let names): throw MigrationError.unknownApplied(names: names)
        case .edited(let name): throw MigrationError.edited(name: name)
        case nil: return
        }
    }

    /// Applies every pending migration in order; returns the names applied.
    ///
    /// Creating and upgrading are serialised by the database's own write
    /// lock: the whole run happens inside one `BEGIN IMMEDIATE`, where the
    /// history is read again, so of several processes opening the same new
    /// or older file at once, one migrates and the others wait (busy
    /// timeout) and then find nothing to do. A database already current
    /// costs one read and takes no lock.
    ///
    /// Each step runs in a savepoint, is checked with `PRAGMA
    /// foreign_key_check` and recorded with its checksum; a failing step is
    /// rolled back alone and the steps before it are kept.
    ///
    /// `beforeUpgrade` runs once, under the lock and before the first step,
    /// only when the database already holds applied migrations (so a fresh
    /// database is not copied). It must read through another connection:
    /// this one is inside the write transaction.
    @discardableResult
    public func migrate(_ connection: Connection, beforeUpgrade: ((MigrationState) throws -> Void)? = nil) throws -> [String] {
        let glance = try state(of: connection)
        try validate(glance)
        guard !glance.pending.isEmpty else { return [] }
        guard glance.pending.contains(where: \.rebuildsTables) else {
            return try migratePending(connection, beforeUpgrade: beforeUpgrade)
        }
        // SQLite's table-rebuild recipe: foreign keys can only be switched
        // off outside a transaction, so they are off for the whole run (which
        // is one transaction, so that one process migrates while others
        // wait). Each step is still checked with foreign_key_check before it
        // is recorded. In such a run no step's ON DELETE actions fire.
        try connection.setForeignKeys(enabled: false)
        let outcome = Result { try migratePending(connection, beforeUpgrade: beforeUpgrade) }
        try connection.setForeignKeys(enabled: true)
        return try outcome.get()
    }

    private func migratePending(_ connection: Connection, beforeUpgrade: ((MigrationState) throws -> Void)?) throws -> [String] {
        var failure: (any Error)?
        let appliedNow = try connection.transaction(.immediate) { () throws -> [String] in
            try ensureHistoryTable(connection)
            // Read again under the lock: another process may have migrated meanwhile.
            let initial = try state(of: connection)
            try validate(initial)
            guard !initial.pending.isEmpty else { return [] }
            if !initial.applied.isEmpty { try beforeUpgrade?(initial) }
            var applied: [String] = []
            for migration in initial.pending {
                do {
                    try connection.savepoint("migration") { try apply(migration, connection) }
                    applied.append(migration.name)
                } catch {
                    failure = error
                    break
                }
            }
            return applied
        }
        if let failure { throw failure }
        return appliedNow
    }

    private func apply(_ migration: Migration, _ connection: Connection) throws {
        do {
            try connection.execute(migration.sql)
        } catch let error as SQLiteError {
            throw MigrationError.failed(name: migration.name, error: error)
        }
        if let violation = try connection.query("PRAGMA foreign_key_check", [:]).first {
            throw MigrationError.foreignKeyViolation(name: migration.name, table: violation.text("table"))
        }
        try connection.run("""
            INSERT INTO \(Self.historyTable) (name, checksum, applied_at)
            VALUES (:name, :checksum, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            """, ["name": migration.name, "checksum": migration.checksum])
    }

    private func ensureHistoryTable(_ connection: Connection) throws {
        try connection.execute("""
            CREATE TABLE IF NOT EXISTS \(Self.historyTable) (
                name TEXT PRIMARY KEY,
                checksum TEXT NOT NULL,
                applied_at TEXT NOT NULL
            ) STRICT
            """)
    }

    private func appliedMigrations(_ connection: Connection) throws -> [AppliedMigration] {
        let exists = try connection.scalarInt(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = :table", ["table": Self.historyTable]) ?? 0
        guard exists > 0 else { return [] }
        var applied: [AppliedMigration] = []
        try connection.forEach("SELECT name, checksum, applied_at FROM \(Self.historyTable) ORDER BY name", [:]) { row in
            applied.append(AppliedMigration(name: row.text("name"), checksum: row.text("checksum"),
                                            appliedAt: row.text("applied_at")))
        }
        return applied
    }
}
