import CSQLite

/// An error reported by SQLite, carried with everything needed to act on it.
///
/// It keeps the extended result code (so callers can tell a UNIQUE violation
/// from a CHECK failure), SQLite's own message from `sqlite3_errmsg` (which
/// names the column or constraint, unlike `sqlite3_errstr`) and the SQL that
/// failed. Bound values are never included: they may be personal data.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The extended result code, e.g. `SQLITE_CONSTRAINT_UNIQUE` (2067).
    public let extendedCode: Int32
    /// SQLite's message for this failure.
    public let message: String
    /// The statement that failed, when there was one.
    public let sql: String?

    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// The primary result code (the low 8 bits), e.g. `SQLITE_CONSTRAINT` (19).
    public var code: Int32 { extendedCode & 0xFF }

    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
    public var isConstraintViolation: Bool { code == SQLITE_CONSTRAINT }
    public var isUniqueViolation: Bool {
        extendedCode == SQLiteError.constraintUnique || extendedCode == SQLiteError.constraintPrimaryKey
    }

    // Extended codes are C macros built with `|` and `<<`, which Swift does not import.
    public static let constraintCheck: Int32 = SQLITE_CONSTRAINT | (1 << 8)
    public static let constraintForeignKey: Int32 = SQLITE_CONSTRAINT | (3 << 8)
    public static let constraintNotNull: Int32 = SQLITE_CONSTRAINT | (5 << 8)
    public static let constraintPrimaryKey: Int32 = SQLITE_CONSTRAINT | (6 << 8)
    public static let constraintTrigger: Int32 = SQLITE_CONSTRAINT | (7 << 8)
    public static let constraintUnique: Int32 = SQLITE_CONSTRAINT | (8 << 8)
    public var isNotADatabase: Bool { code == SQLITE_NOTADB }
    /// The work was stopped on request before it finished.
    public var isInterrupted: Bool { code == SQLITE_INTERRUPT }
    public var isIOError: Bool {
        code == SQLITE_IOERR || code == SQLITE_CANTOPEN || code == SQLITE_FULL
            || code == SQLITE_READONLY || code == SQLITE_PERM || code == SQLITE_CORRUPT
    }

    public var description: String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql { text += " (in: \(sql))" }
        return text
    }

    /// Reads the current error of a connection.
    static func from(_ handle: OpaquePointer?, code: Int32, sql: String? = nil) -> SQLiteError {
        let extended = handle.map { sqlite3_extended_errcode($0) } ?? code
        let message = handle.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        // When the handle's error was already reset, trust the code we were given.
        let chosen = (extended & 0xFF) == (code & 0xFF) ? extended : code
        return SQLiteError(extendedCode: chosen, message: message, sql: sql)
    }
}
