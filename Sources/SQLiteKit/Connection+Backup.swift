import CSQLite

extension Connection {
    /// Copies this database into a new file with SQLite's online backup API,
    /// which takes a consistent snapshot even while other processes write.
    ///
    /// The caller creates `path` with the permissions it wants (SQLite keeps
    /// an existing file's mode), so personal data never lands world-readable.
    public func backup(to path: String, pagesPerStep: Int32 = 1024) throws {
        let target = try Connection(path: path, options: Options(walJournal: false))
        guard let backup = sqlite3_backup_init(target.handle, "main", handle, "main") else {
            throw SQLiteError.from(target.handle, code: sqlite3_errcode(target.handle))
        }
        var code: Int32
        repeat {
            code = sqlite3_backup_step(backup, pagesPerStep)
            if code == SQLITE_BUSY || code == SQLITE_LOCKED { sqlite3_sleep(20) }
        } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
        let finish = sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE, finish == SQLITE_OK else {
            throw SQLiteError.from(target.handle, code: code == SQLITE_DONE ? finish : code)
        }
    }
}
