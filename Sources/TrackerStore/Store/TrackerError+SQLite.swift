package import SQLiteKit
import TrackerDomain

extension TrackerError {
    /// Wraps a SQLite failure that no store translated into a domain message.
    package static func database(_ error: SQLiteError, path: String) -> TrackerError {
        if error.isNotADatabase {
            return TrackerError(.io,
                en: "\(path) is not a tracker database (SQLite says: \(error.message)); pass another --db",
                zh: "\(path) 不是 tracker 数据库；请用 --db 指定其他文件")
        }
        if error.isBusy {
            return TrackerError(.io,
                en: "the database \(path) stayed locked by another process; try again when it finishes",
                zh: "数据库 \(path) 被其他进程长时间占用；请稍后重试")
        }
        return TrackerError(.io,
            en: "database error on \(path): \(error.message) (code \(error.extendedCode))",
            zh: "数据库 \(path) 出错：\(error.message)（代码 \(error.extendedCode)）")
    }
}
