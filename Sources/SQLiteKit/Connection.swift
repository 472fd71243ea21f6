import CSQLite

/// One open SQLite database, configured the same way everywhere.
///
/// Set-up happens here and only here: extended result codes, a busy timeout,
/// foreign keys on, double-quoted string literals off, WAL journaling with
/// full sync, and a check that the file really is a database. A connection is
/// used from one place at a time, so it is deliberately not Sendable.
public final class Connection {
    public struct Options: Sendable {
        /// How long a write waits for another writer before giving up.
        public var busyTimeoutMilliseconds: Int32 = 15_000
        /// Open read-only (never creates the file).
        public var readOnly = false
        /// WAL lets readers run while one process writes; off only for
        /// in-memory databases and tests that need the rollback journal.
        public var walJournal = true
        /// Read a file nobody can change (SQLite's `immutable=1`): no locks,
        /// no -wal or -shm files. Implies read-only.
        public var immutable = false

        public init(busyTimeoutMilliseconds: Int32 = 15_000, readOnly: Bool = false, walJournal: Bool = true,
                    immutable: Bool = false) {
            self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
            self.readOnly = readOnly || immutable
            self.walJournal = walJournal
            self.immutable = immutable
        }
    }

    let handle: OpaquePointer
    public let path: String
    let busyTimeoutMilliseconds: Int32
    private var statementCache: [String: Statement] = [:]
    /// Whether the writers' page cache is set (`useWritersPageCache`).
    private var hasWritersPageCache = false

    /// How much of one statement's journal stays in memory before it goes
    /// to a temporary file, set once for the process before SQLite starts.
    ///
    /// A statement journal holds the pages one statement changes, so that
    /// statement alone can be undone (every INSERT that fires an audit
    /// trigger has one). With `temp_store = MEMORY`, this connection's
    /// default, SQLite keeps them in memory whatever their size. A roster
    /// import sets `temp_store = FILE` for its parked rows, and SQLite's
    /// default threshold, 64 KiB, then sent the journal to a file on its
    /// first large statement, where it stayed for the rest of the
    /// transaction: two writes per page of every row (2.4 million writes
    /// for 100,000 persons, 30 times what it writes now). A row's
    /// statement journals a few pages; 4 MiB is a thousand of them, and
    /// still bounds what one large statement holds in memory then.
    public static let statementJournalSpillBytes: Int32 = 4 << 20

    private static let processSetUp: Void = {
        // SQLITE_MISUSE when SQLite has already started (nothing in this
        // process opens it elsewhere); the threshold then stays SQLite's.
        _ = csqlite_config_statement_journal_spill(statementJournalSpillBytes)
    }()

    /// Opens (creating when allowed) the database at `path`; ":memory:" for a private one.
    public init(path: String, options: Options = Options()) throws {
        Self.processSetUp
        var db: OpaquePointer?
        var flags = (options.readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
            | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        if options.immutable { flags |= SQLITE_OPEN_URI }
        let code = sqlite3_open_v2(options.immutable ? Self.immutableURI(path) : path, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let error = SQLiteError.from(db, code: code)
            sqlite3_close_v2(db)
            throw error
        }
        self.handle = db
        self.path = path
        self.busyTimeoutMilliseconds = options.busyTimeoutMilliseconds
        do {
            try configure(options)
        } catch {
            statementCache.removeAll()
            sqlite3_close_v2(db)
            throw error
        }
    }

    /// `file:` URI for `path` with `immutable=1`. Characters that mean
    /// something in a URI, and every non-ASCII byte, are percent-encoded
    /// (SQLite decodes them back to the same bytes), so any file name works.
    static func immutableURI(_ path: String) -> String {
        var uri = "file:"
        for byte in path.utf8 {
            if byte >= 0x80 || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") {
                let hex = String(byte, radix: 16, uppercase: true)
                uri += "%" + (hex.count == 1 ? "0" + hex : hex)
            } else {
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return uri + "?immutable=1"
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    private func configure(_ options: Options) throws {
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, options.busyTimeoutMilliseconds)
        // Double-quoted strings silently become literals when a column name is
        // misspelt; turn that legacy behaviour off for DML and DDL alike.
        var ignored: Int32 = 0
        // The audit chain's hash function, on every connection tracker opens.
        try defineChainFunction()
        for option in [SQLITE_DBCONFIG_DQS_DML, SQLITE_DBCONFIG_DQS_DDL] {
            let code = csqlite_db_config_int(handle, option, 0, &ignored)
            guard code == SQLITE_OK else { throw SQLiteError.from(handle, code: code) }
        }
        let enabled = csqlite_db_config_int(handle, SQLITE_DBCONFIG_ENABLE_FKEY, 1, &ignored)
        guard enabled == SQLITE_OK, ignored == 1 else { throw SQLiteError.from(handle, code: enabled) }
        // Reading the schema is the first access to the file: a file that is
        // not a database fails here (SQLITE_NOTADB) rather than mid-command.
        _ = try scalarInt("PRAGMA schema_version")
        if options.walJournal && !options.readOnly {
            try enableWAL()
        }
        // FULL: in WAL mode a commit is fsynced before it is reported, so a
        // command that said "done" survives power loss (NORMAL may lose it).
        try execute("PRAGMA synchronous = FULL")
        // Temporary tables, indexes and statement journals in memory (see
        // `statementJournalSpillBytes` for the journals when it is FILE).
        try execute("PRAGMA temp_store = MEMORY")
    }

    /// Gives the connection 64 MiB of page cache (SQLite's default is about
    /// 2 MiB), once, when it first begins a write transaction: a roster
    /// import changes far more pages than that in one transaction, and a
    /// full cache spills pages to the WAL only to write them again later.
    ///
    /// Readers keep the default. A whole-county report reads most pages
    /// once; a 64 MiB cache kept each in fresh memory, and faulting that
    /// memory in cost the report a tenth of its time (the OS keeps the file's
    /// pages cached anyway).
    func useWritersPageCache() throws {
        guard !hasWritersPageCache else { return }
        try execute("PRAGMA cache_size = -65536")
        hasWritersPageCache = true
    }

    /// Switches the file to WAL journaling (kept in the file, so once is enough).
    ///
    /// Leaving the rollback journal needs the file to itself for a moment,
    /// and SQLite answers SQLITE_BUSY at once when another process holds a
    /// lock, without calling the busy handler. Parallel first uses of a new
    /// file meet exactly there, so the switch is retried for as long as the
    /// busy timeout allows.
    public func enableWAL() throws {
        guard path != ":memory:" && !path.isEmpty else { return }
        var waited: Int32 = 0
        while true {
            do {
                let mode = try scalarText("PRAGMA journal_mode = WAL")
                guard mode?.lowercased() == "wal" else {
                    throw SQLiteError(extendedCode: SQLITE_ERROR, message: "could not switch to WAL journal (got \(mode ?? "nothing"))")
                }
                return
            } catch let error as SQLiteError where error.isBusy && waited < busyTimeoutMilliseconds {
                waited += sqlite3_sleep(5 + Int32.random(in: 0...10))
            }
        }
    }

    // MARK: Running SQL

    /// Runs one or more statements with no parameters and no results (DDL, pragmas).
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) }
            sqlite3_free(message)
            let error = SQLiteError.from(handle, code: code, sql: sql)
            throw SQLiteError(extendedCode: error.extendedCode, message: text ?? error.message, sql: sql)
        }
    }

    /// Prepares a statement the caller owns.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(connection: handle, sql: sql)
    }

    /// A prepared statement kept for reuse, bound afresh by each caller.
    /// Hot paths (imports, reports) skip re-parsing the same SQL.
    public func cached(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] {
            statement.reset()
            return statement
        }
        let statement = try prepare(sql)
        statementCache[sql] = statement
        return statement
    }

    // The statements that take values bind them by name (`Connection+Named`):
    // there is no positional binding, so `?` and `?N` cannot creep back.
    // These run SQL with no parameters at all; a `?` in it traps.

    /// Runs one statement that takes no values and returns no rows.
    public func run(_ sql: String) throws { try run(sql, [:]) }

    /// Runs one statement that takes no values and returns all its rows.
    public func query(_ sql: String) throws -> [Row] { try query(sql, [:]) }

    /// Steps through the rows of one statement that takes no values.
    public func forEach(_ sql: String, _ body: (Statement) throws -> Void) throws { try forEach(sql, [:], body) }

    /// The first column of the first row, or nil when there is no row or it is NULL.
    public func scalar(_ sql: String) throws -> SQLiteValue? { try scalar(sql, [:]) }
    public func scalarInt(_ sql: String) throws -> Int? { try scalarInt(sql, [:]) }
    public func scalarText(_ sql: String) throws -> String? { try scalarText(sql, [:]) }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// True when no transaction is open (sqlite3_get_autocommit).
    public var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    /// The file behind the main schema, as SQLite resolved it ("" for memory).
    public var filename: String {
        sqlite3_db_filename(handle, "main").map { String(cString: $0) } ?? ""
    }

    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }
}
