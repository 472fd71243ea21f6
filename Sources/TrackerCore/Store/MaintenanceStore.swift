import SQLiteKit

/// Backups and soundness checks of the database file itself.
public struct MaintenanceStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// What `tracker check` found.
    public struct CheckReport: Sendable {
        /// `PRAGMA integrity_check` lines other than "ok".
        public let integrityProblems: [String]
        /// Rows whose foreign key points nowhere: (table, rowid, parent table).
        public let foreignKeyProblems: [(table: String, rowID: Int64?, parent: String)]
        public let schemaVersion: Int
        public let pendingMigrations: [String]
        public var isSound: Bool { integrityProblems.isEmpty && foreignKeyProblems.isEmpty && pendingMigrations.isEmpty }
    }

    public func check() throws(TrackerError) -> CheckReport {
        try database.read { connection in
            let integrity = try connection.query("PRAGMA integrity_check").compactMap { $0[0].string }.filter { $0 != "ok" }
            let foreignKeys = try connection.query("PRAGMA foreign_key_check").map { row in
                (table: row[0].string ?? "?", rowID: row[1].int64, parent: row[2].string ?? "?")
            }
            let state = try TrackerDatabase.migrator.state(of: connection)
            return CheckReport(integrityProblems: integrity, foreignKeyProblems: foreignKeys,
                               schemaVersion: state.version, pendingMigrations: state.pending.map(\.name))
        }
    }

    /// Writes a consistent copy to `path` with SQLite's online backup (safe
    /// while others write), owner-only, then checks the copy.
    ///
    /// The copy is built under a temporary name beside the target and renamed
    /// into place, so `path` is either the complete backup or untouched.
    public func backup(to path: String, overwrite: Bool) throws(TrackerError) -> Int64 {
        if FileSystem.exists(path) && !overwrite {
            throw TrackerError(.refused, en: "\(path) already exists; choose another file or add --force to replace it",
                               zh: "\(path) 已存在；请换一个文件名，或加 --force 覆盖")
        }
        if path == database.path || FileSystem.exists(path) && FileSystem.sameFile(path, database.path) {
            throw TrackerError(.refused, en: "the backup must go to another file than the database itself",
                               zh: "备份文件不能是数据库本身")
        }
        try FileSystem.createDirectories(FileSystem.parentDirectory(of: path))
        let temporary = path + ".partial-\(FileSystem.processID)"
        FileSystem.remove(temporary)
        do { try FileSystem.createPrivateFile(temporary) } catch { throw TrackerError.io(path: path, reason: FileSystem.lastErrorText()) }
        do {
            try database.connection.backup(to: temporary)
            let copy = try Connection(path: temporary, options: .init(readOnly: true))
            guard try copy.scalarText("PRAGMA integrity_check") == "ok" else {
                throw TrackerError(.io, en: "the backup copy failed its integrity check; nothing was written to \(path)",
                                   zh: "备份副本未通过完整性检查；未写入 \(path)")
            }
        } catch {
            FileSystem.remove(temporary)
            throw database.wrap(error)
        }
        try FileSystem.rename(temporary, to: path)
        return FileSystem.size(path) ?? 0
    }
}
