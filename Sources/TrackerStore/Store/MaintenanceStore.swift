import Platform
internal import SQLiteKit
import TrackerDomain

/// Backups and soundness checks of the database file itself.
public struct MaintenanceStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// What `tracker check` found.
    public struct CheckReport: Sendable {
        /// `PRAGMA quick_check` (or `integrity_check`) lines other than "ok".
        public let integrityProblems: [String]
        /// Whether SQLite's full `integrity_check` ran, which also compares
        /// every index with its table, rather than its `quick_check`.
        public let fullIntegrity: Bool
        /// Rows whose foreign key points nowhere: (table, rowid, parent table).
        public let foreignKeyProblems: [(table: String, rowID: Int64?, parent: String)]
        public let schemaVersion: Int
        public let pendingMigrations: [String]
        /// Tables, indexes, triggers and views that are not exactly what the
        /// migrations made: a dropped audit trigger, an index added by hand.
        public let schemaDifferences: [SchemaDifference]
        /// A derived table (see `ChecklistHistoryCheck`) that no longer equals its sources.
        public let derivedDifferences: [DerivedTableDifference]
        public var isSound: Bool {
            integrityProblems.isEmpty && foreignKeyProblems.isEmpty && pendingMigrations.isEmpty && schemaDifferences.isEmpty
                && derivedDifferences.isEmpty
        }
    }

    /// The file's own checks, from one read snapshot: SQLite's
    /// `quick_check` (or with `full` its `integrity_check`, which also reads
    /// every index against its table), foreign keys, the schema against the
    /// migrations and the derived tables against their sources.
    public func check(full: Bool = false) throws(TrackerError) -> CheckReport {
        try database.read { connection in try Self.check(connection, full: full) }
    }

    static func check(_ connection: Connection, full: Bool) throws -> CheckReport {
        let pragma = full ? "integrity_check" : "quick_check"
        let integrity = try connection.query("PRAGMA \(pragma)")
            .compactMap { $0.optionalText(pragma) }.filter { $0 != "ok" }
        let foreignKeys = try connection.query("PRAGMA foreign_key_check").map { row in
            (table: row.optionalText("table") ?? "?", rowID: row.optionalInt64("rowid"),
             parent: row.optionalText("parent") ?? "?")
        }

        let state = try TrackerDatabase.migrator.state(of: connection)
        return CheckReport(integrityProblems: integrity, fullIntegrity: full, foreignKeyProblems: foreignKeys,
                           schemaVersion: state.version, pendingMigrations: state.pending.map(\.name),
                           schemaDifferences: try SchemaComparison.differences(connection),
                           derivedDifferences: state.pending.isEmpty
                               ? [try ChecklistHistoryCheck.firstDifference(in: connection)].compactMap { $0 } : [])
    }

    /// Where a backup's work in progress is, so whoever runs it can remove
    /// it when the process is told to stop (SIGINT, SIGTERM) mid-copy.
    public static func temporaryFiles(for path: String) -> [String] {
        let temporary = path + ".partial-\(FileSystem.processID)"
        return [temporary, temporary + "-journal", temporary + "-wal", temporary + "-shm"]
    }

    /// Writes a consistent copy to `path` with SQLite's online backup, from
    /// one read snapshot (so it finishes while others write), owner-only,
    /// then checks the copy.
    ///
    /// The copy is built under a temporary name beside the target and renamed
    /// into place, so `path` is either the complete backup or untouched; a
    /// failed or stopped copy leaves no file behind. `progress` hears
    /// (pages copied, pages in all) and returns false to stop.
    public func backup(to path: String, overwrite: Bool,
                       progress: (_ copied: Int, _ total: Int) -> Bool = { _, _ in true }) throws(TrackerError) -> Int64 {
        if FileSystem.exists(path) && !overwrite {
            throw TrackerError(.refused, en: "\(path) already exists; choose another file or add --force to replace it",
                               zh: "\(path) 已存在；请换一个文件名，或加 --force 覆盖")
        }
        if path == database.path || FileSystem.exists(path) && FileSystem.sameFile(path, database.path) {
            throw TrackerError(.refused, en: "the backup must go to another file than the database itself",
                               zh: "备份文件不能是数据库本身")
        }
        if overwrite { try FileSystem.requireReplaceable(path) }
        try FileSystem.requireParentFolder(of: path)
        let files = Self.temporaryFiles(for: path)
        let temporary = files[0]
        files.forEach(FileSystem.remove)
        do { try FileSystem.createPrivateFile(temporary) } catch { throw TrackerError.io(path: path, reason: FileSystem.lastErrorText()) }
        do {
            try database.connection.backup(to: temporary, progress: progress)
            let copy = try Connection(path: temporary, options: .init(readOnly: true))
            guard try copy.scalarText("PRAGMA integrity_check") == "ok" else {
                throw TrackerError(.io, en: "the backup copy failed its integrity check; nothing was written to \(path)",
                                   zh: "备份副本未通过完整性检查；未写入 \(path)")
            }
        } catch let error as SQLiteError where error.isInterrupted {
            files.forEach(FileSystem.remove)
            throw TrackerError(.io, en: "the backup was stopped; nothing was written to \(path)", zh: "备份已中止；未写入 \(path)")
        } catch {
            files.forEach(FileSystem.remove)
            throw database.wrap(error)
        }
        if overwrite { try FileSystem.requireReplaceable(path) }
        try FileSystem.rename(temporary, to: path)
        return FileSystem.size(path) ?? 0
    }
}
