import SQLCore

/// A PostgreSQL connection as a store sees it when it may run on either engine.
extension PostgresConnection: SQLConnection {
    public var dialect: SQLDialect { .postgresql }

    @discardableResult
    public func run(_ sql: String, binding values: [String: any SQLBindable]) throws -> Int {
        try run(sql, values.mapValues { $0.sqlValue.postgresValue })
    }

    public func query(_ sql: String, binding values: [String: any SQLBindable]) throws -> [SQLRecord] {
        try query(sql, values.mapValues { $0.sqlValue.postgresValue }).map { row in
            SQLRecord(values: row.values.map(\.sqlValue), names: row.columns)
        }
    }

    public func forEach(_ sql: String, binding values: [String: any SQLBindable],
                        _ body: (any SQLColumnReading) throws -> Void) throws {
        for record in try query(sql, binding: values) { try body(record) }
    }

    public func writeTransaction<T>(_ body: () throws -> T) throws -> T {
        try transaction(body)
    }
}

extension SQLValue {
    /// The value in PostgreSQL's terms. Integers go as int8, so a 0/1 flag
    /// fills the schema's bigint flag columns as it does SQLite's integers.
    var postgresValue: PostgresValue {
        switch self {
        case .null: .null
        case .integer(let value): .int64(value)
        case .real(let value): .double(value)
        case .text(let value): .text(value)
        case .blob(let value): .bytea(value)
        }
    }
}

extension PostgresValue {
    /// The value in the engine-neutral kinds: booleans as 0 and 1, as SQLite stores them.
    var sqlValue: SQLValue {
        switch self {
        case .null: .null
        case .int64(let value): .integer(value)
        case .double(let value): .real(value)
        case .bool(let value): .integer(value ? 1 : 0)
        case .text(let value): .text(value)
        case .bytea(let value): .blob(value)
        }
    }
}
