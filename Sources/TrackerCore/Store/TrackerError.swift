import SQLiteKit

/// A failure the user can act on, worded in both languages at the place it
/// is raised (where the facts are), classified so the CLI can pick the exit code.
public struct TrackerError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The thing named does not exist (exit 1).
        case notFound
        /// A name matches several records (exit 1).
        case ambiguous
        /// A rule of the domain forbids it (exit 1).
        case refused
        /// The input data is malformed: a date, an ID number, a CSV row (exit 65).
        case invalidInput
        /// The database or a file could not be read or written (exit 74).
        case io
    }

    public let kind: Kind
    public let english: String
    public let chinese: String
    /// Extra lines shown under the message (candidates, per-row problems).
    public let details: [String]
    /// The detail lines in Chinese, when they are worded (not just data).
    public let chineseDetails: [String]

    public init(_ kind: Kind, en english: String, zh chinese: String, details: [String] = [],
                chineseDetails: [String]? = nil) {
        self.kind = kind
        self.english = english
        self.chinese = chinese
        self.details = details
        self.chineseDetails = chineseDetails ?? details
    }

    /// The detail lines in `language`.
    public func details(in language: Language) -> [String] {
        language == .zh ? chineseDetails : details
    }

    public var description: String { english }

    public static func io(path: String, reason: String) -> TrackerError {
        TrackerError(.io, en: "cannot use \(path): \(reason)", zh: "无法使用 \(path)：\(reason)")
    }

    /// Wraps a SQLite failure that no store translated into a domain message.
    public static func database(_ error: SQLiteError, path: String) -> TrackerError {
        if error.isNotADatabase {
            return TrackerError(.io,
                en: "\(path) is not a tracker database (SQLite says: \(error.message)); pass another --db",
                zh: "\(path) 不是 tracker 数据库(SQLite:\(error.message));请用 --db 指定其他文件")
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
