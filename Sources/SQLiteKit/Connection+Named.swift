/// Running SQL with `:name` parameters: `run("… WHERE id = :id", ["id": id])`.
///
/// The keys are the parameter names without the colon. A name the SQL uses
/// and the dictionary lacks, or one the SQL does not use, traps with the SQL
/// text (see `Statement.bind(named:)`); bound values never appear in errors.
extension Connection {
    /// Runs one statement that returns no rows.
    public func run(_ sql: String, _ values: [String: any SQLiteBindable]) throws {
        let statement = try cached(sql)
        defer { statement.reset() }
        try statement.bind(named: values)
        while try statement.step() {}
    }

    /// Runs one statement that returns no rows, with its values in the
    /// order the SQL names them (`Statement.bind(inOrder:)`): for rows
    /// written by the thousand, where building a dictionary per row costs.
    public func run(_ sql: String, inOrder values: KeyValuePairs<String, any SQLiteBindable>) throws {
        let statement = try cached(sql)
        defer { statement.reset() }
        try statement.bind(inOrder: values)
        while try statement.step() {}
    }

    /// Runs one statement and returns all its rows, readable by column name.
    public func query(_ sql: String, _ values: [String: any SQLiteBindable]) throws -> [Row] {
        var rows: [Row] = []
        try forEach(sql, values) { rows.append($0.row()) }
        return rows
    }

    /// Steps through the rows of one statement, reading each from the
    /// statement directly (the fast path for big results).
    public func forEach(_ sql: String, _ values: [String: any SQLiteBindable],
                        _ body: (Statement) throws -> Void) throws {
        let statement = try cached(sql)
        defer { statement.reset() }
        try statement.bind(named: values)
        while try statement.step() {
            try body(statement)
        }
    }

    /// The first column of the first row, or nil when there is no row or it is NULL.
    public func scalar(_ sql: String, _ values: [String: any SQLiteBindable]) throws -> SQLiteValue? {
        try firstColumn(sql, values) { statement in
            let value = statement.value(0)
            return value.isNull ? nil : value
        }
    }

    public func scalarInt(_ sql: String, _ values: [String: any SQLiteBindable]) throws -> Int? {
        try firstColumn(sql, values) { $0.optionalInt(0) }
    }

    public func scalarText(_ sql: String, _ values: [String: any SQLiteBindable]) throws -> String? {
        try firstColumn(sql, values) { $0.optionalText(0) }
    }

    private func firstColumn<T>(_ sql: String, _ values: [String: any SQLiteBindable],
                                _ read: (Statement) -> T?) throws -> T? {
        let statement = try cached(sql)
        defer { statement.reset() }
        try statement.bind(named: values)
        guard try statement.step() else { return nil }
        return read(statement)
    }
}
