/// An error reported by PostgreSQL or libpq, with its SQLSTATE.
///
/// Callers decide by `sqlState` (five characters, e.g. "23505" for a unique
/// violation), not by message text. Nothing here carries a bound value or a
/// password: the server's DETAIL line (which quotes row values, "Key
/// (id_number)=(…) already exists") is dropped, a bound value the primary
/// message quotes is replaced by "…", and passwords are scrubbed from
/// connection failures.
public struct PostgresError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The SQLSTATE code. Failures on the client side, which the server never
    /// saw, get the connection classes: "08001" could not connect, "08006"
    /// the connection was lost.
    public let sqlState: String
    /// The server's (or libpq's) primary message.
    public let message: String
    /// The server's hint, when it gave one.
    public let hint: String?
    /// The constraint, table and column the error is about, when the server named them.
    public let constraint: String?
    public let table: String?
    public let column: String?
    /// The statement that failed, as written (with `:name` parameters).
    public let sql: String?

    public init(sqlState: String, message: String, hint: String? = nil, constraint: String? = nil,
                table: String? = nil, column: String? = nil, sql: String? = nil) {
        self.sqlState = sqlState
        self.message = message
        self.hint = hint
        self.constraint = constraint
        self.table = table
        self.column = column
        self.sql = sql
    }

    /// 40001: a serializable transaction could not be ordered with a concurrent one.
    public var isSerializationFailure: Bool { sqlState == "40001" }
    /// 40P01: the server broke a deadlock by ending this transaction.
    public var isDeadlock: Bool { sqlState == "40P01" }
    /// Worth running the whole transaction again: nothing of it was kept.
    public var isRetryable: Bool { isSerializationFailure || isDeadlock }
    public var isUniqueViolation: Bool { sqlState == "23505" }
    public var isForeignKeyViolation: Bool { sqlState == "23503" }
    public var isCheckViolation: Bool { sqlState == "23514" }
    public var isNotNullViolation: Bool { sqlState == "23502" }
    /// Class 23: any integrity constraint.
    public var isConstraintViolation: Bool { sqlState.hasPrefix("23") }
    /// 42601: the SQL does not parse.
    public var isSyntaxError: Bool { sqlState == "42601" }
    /// 42501: the role may not do this (a grant or a row-level security policy).
    public var isInsufficientPrivilege: Bool { sqlState == "42501" }
    /// Class 08: connecting failed or the connection was lost.
    public var isConnectionFailure: Bool { sqlState.hasPrefix("08") }
    /// 28P01 / class 28: the server refused the login.
    public var isAuthorizationFailure: Bool { sqlState.hasPrefix("28") }

    public var description: String {
        var text = "PostgreSQL error \(sqlState): \(message)"
        if let hint { text += " (hint: \(hint))" }
        if let sql { text += " (in: \(sql))" }
        return text
    }
}
