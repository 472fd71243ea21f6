import CSQLite

extension Connection {
    /// Copies this database into the empty file at `path` with SQLite's
    /// online backup API, from ONE read snapshot.
    ///
    /// The backup API restarts from the first page whenever another process
    /// commits between two steps, so under steady writes a plain backup
    /// never finishes. Holding one read transaction on this connection for
    /// the whole copy pins the snapshot instead (WAL readers do not block
    /// writers, nor writers them): the copy takes a bounded number of steps
    /// and is exactly the database as it was when the copy began.
    ///
    /// `progress` hears (pages copied, pages in all) after every step and
    /// returns false to stop; the copy then throws `SQLiteError` with
    /// `SQLITE_INTERRUPT` and the caller removes the file.
    ///
    /// The copy is left in rollback-journal mode, as a single file: opening
    /// it later leaves no -wal/-shm beside it, even read-only.
    ///
    /// The caller creates `path` with the permissions it wants (SQLite keeps
    /// an existing file's mode), so personal data never lands world-readable.
    public func backup(to path: String, pagesPerStep: Int32 = 256,
                       progress: (_ copied: Int, _ total: Int) -> Bool = { _, _ in true }) throws {
        do {
            let target = try Connection(path: path, options: Options(walJournal: false))
            try transaction(.deferred) {
                // The first read starts the snapshot the whole copy comes from.
                _ = try scalarInt("SELECT count(*) FROM sqlite_schema")
                try copyPages(into: target, pagesPerStep: pagesPerStep, progress: progress)
            }
        }
        // The copied first page says "WAL" like its source; reopen the copy
        // and turn that off, so it is one self-contained file.
        let copy = try Connection(path: path, options: Options(walJournal: false))
        let mode = try copy.scalarText("PRAGMA journal_mode = DELETE")
        guard mode?.lowercased() == "delete" else {
            throw SQLiteError(extendedCode: SQLITE_ERROR, message: "could not take the backup out of WAL mode (got \(mode ?? "nothing"))")
        }
    }

    private func copyPages(into target: Connection, pagesPerStep: Int32, progress: (Int, Int) -> Bool) throws {
        guard let backup = sqlite3_backup_init(target.handle, "main", handle, "main") else {
            throw SQLiteError.from(target.handle, code: sqlite3_errcode(target.handle))
        }
        var code: Int32
        var waited: Int32 = 0
        var stopped = false
        repeat {
            code = sqlite3_backup_step(backup, pagesPerStep)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED {
                // Only the target can be locked (it is ours alone); wait, but not forever.
                if waited >= busyTimeoutMilliseconds { break }
                waited += sqlite3_sleep(20)
                continue
            }
            let total = Int(sqlite3_backup_pagecount(backup))
            if !progress(total - Int(sqlite3_backup_remaining(backup)), total) {
                stopped = true
                break
            }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        let finish = sqlite3_backup_finish(backup)
        if stopped { throw SQLiteError(extendedCode: SQLITE_INTERRUPT, message: "backup stopped before it was complete") }
        guard code == SQLITE_DONE, finish == SQLITE_OK else {
            throw SQLiteError.from(target.handle, code: code == SQLITE_DONE ? finish : code)
        }
    }
}
