import SQLCore

/// An SQLite connection as a store sees it when it may run on either engine.
extension Connection: SQLConnection {
    public var dialect: SQLDialect { .sqlite }

    @discardableResult
    public func run(_ sql: String, binding values: [String: any SQLBindable]) throws -> Int {
        try run(sql, values.mapValues { $0.sqlValue.sqlValue })
        return changes
    }

    public func query(_ sql: String, binding values: [String: any SQLBindable]) throws -> [SQLRecord] {
        var records: [SQLRecord] = []
        var names: SQLColumnNames?
        try forEach(sql, values.mapValues { $0.sqlValue.sqlValue }) { statement in
            let row = statement.row()
            let columns = names ?? SQLColumnNames(names: statement.columns.names, sql: sql)
            names = columns
            records.append(SQLRecord(values: row.values.map(\.sqlValue), names: columns))
        }
        return records
    }

    public func forEach(_ sql: String, binding values: [String: any SQLBindable],
                        _ body: (any SQLColumnReading) throws -> Void) throws {
        try forEach(sql, values.mapValues { $0.sqlValue.sqlValue }) { statement in try body(statement) }
    }

    public func writeTransaction<T>(_ body: () throws -> T) throws -> T {
        try transaction(.immediate, body)
    }
}

/// A statement's current row, read by column name without a copy.
extension Statement: SQLColumnReading {}

