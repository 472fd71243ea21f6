/// One value sent to or read from PostgreSQL, in the kinds tracker uses.
///
/// Results arrive in libpq's text format and are typed by their column's
/// type: booleans, the integer types, the float types and bytea get their own
/// case; everything else (text, varchar, date, numeric, json, …) is `.text`
/// as the server wrote it, so no precision or format is lost on the way.
public enum PostgresValue: Sendable, Hashable {
    case null
    case text(String)
    case int64(Int64)
    case double(Double)
    case bool(Bool)
    case bytea([UInt8])

    public var isNull: Bool { if case .null = self { true } else { false } }

    public var int64: Int64? {
        switch self {
        case .int64(let value): value
        case .double(let value) where value.rounded() == value && abs(value) < 9.2e18: Int64(value)
        default: nil
        }
    }

    public var int: Int? { int64.map { Int($0) } }

    public var double: Double? {
        switch self {
        case .int64(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }

    public var bool: Bool? { if case .bool(let value) = self { value } else { nil } }

    public var string: String? {
        switch self {
        case .text(let value): value
        case .int64(let value): String(value)
        case .double(let value): String(value)
        case .bool(let value): value ? "true" : "false"
        default: nil
        }
    }

    public var bytes: [UInt8]? {
        switch self {
        case .bytea(let value): value
        case .text(let value): Array(value.utf8)
        default: nil
        }
    }
}

/// A Swift value that can be bound to a `:name` parameter.
public protocol PostgresBindable: Sendable {
    var postgresValue: PostgresValue { get }
}

extension PostgresValue: PostgresBindable {
    public var postgresValue: PostgresValue { self }
}

extension Int: PostgresBindable {
    public var postgresValue: PostgresValue { .int64(Int64(self)) }
}

extension Int64: PostgresBindable {
    public var postgresValue: PostgresValue { .int64(self) }
}

extension Int32: PostgresBindable {
    public var postgresValue: PostgresValue { .int64(Int64(self)) }
}

extension Double: PostgresBindable {
    public var postgresValue: PostgresValue { .double(self) }
}

extension Bool: PostgresBindable {
    public var postgresValue: PostgresValue { .bool(self) }
}

extension String: PostgresBindable {
    public var postgresValue: PostgresValue { .text(self) }
}

extension Substring: PostgresBindable {
    public var postgresValue: PostgresValue { .text(String(self)) }
}

extension Array: PostgresBindable where Element == UInt8 {
    public var postgresValue: PostgresValue { .bytea(self) }
}

extension Optional: PostgresBindable where Wrapped: PostgresBindable {
    public var postgresValue: PostgresValue { self?.postgresValue ?? .null }
}
