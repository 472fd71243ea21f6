import CSQLite

extension Connection {
    public enum TransactionKind: String, Sendable {
        /// Takes the write lock up front, so a writer waits at BEGIN (where
        /// the busy timeout applies) instead of failing at its first write.
        case immediate = "IMMEDIATE"
        case deferred = "DEFERRED"
    }

    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws.
    ///
    /// The first error is the one rethrown; a failing rollback does not hide it.
    /// SQLite can roll a transaction back by itself (e.g. on SQLITE_FULL), so
    /// `sqlite3_get_autocommit` decides whether a ROLLBACK is still owed.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        precondition(isAutocommit, "Nested transaction on \(path)")
        if kind == .immediate { try useWritersPageCache() }
        try execute("BEGIN \(kind.rawValue)")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if !isAutocommit {
                try? execute("ROLLBACK")
            }
            throw error
        }
    }

    /// A savepoint inside an open transaction, for a step that may fail on its own.
    public func savepoint<T>(_ name: String, _ body: () throws -> T) throws -> T {
        try execute("SAVEPOINT \(name)")
        do {
            let result = try body()
            try execute("RELEASE \(name)")
            return result
        } catch {
            if !isAutocommit {
                try? execute("ROLLBACK TO \(name)")
                try? execute("RELEASE \(name)")
            }
            throw error
        }
    }
}

extension Connection {
    /// Switches foreign key enforcement; outside a transaction only, where
    /// SQLite honours it (inside one the pragma silently does nothing).
    public func setForeignKeys(enabled: Bool) throws {
        precondition(isAutocommit, "Foreign keys switched inside a transaction on \(path)")
        try execute("PRAGMA foreign_keys = \(enabled ? "ON" : "OFF")")
        guard try scalarInt("PRAGMA foreign_keys", [:]) == (enabled ? 1 : 0) else {
            throw SQLiteError(extendedCode: SQLITE_ERROR, message: "could not switch foreign keys \(enabled ? "on" : "off")")
        }
    }

    /// Whether foreign keys are enforced on this connection.
    public var foreignKeysEnabled: Bool {
        get throws { try scalarInt("PRAGMA foreign_keys", [:]) == 1 }
    }
}
