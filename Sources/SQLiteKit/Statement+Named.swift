import CSQLite

/// Binding `:name` parameters and reading columns by name.
///
/// SQL that says `WHERE id = :household_id` and code that says
/// `row.int("lifted_year")` cannot drift apart the way `?12` and
/// `row.int(14)` against a SELECT written elsewhere did. Mistakes are
/// programmer errors: they trap with the names and the SQL text, and never
/// with a bound value (those may be personal data).
extension Statement {
    /// Binds one value to each `:name` parameter; the keys are the names
    /// without the colon. A parameter the SQL uses and `values` lacks, a key
    /// the SQL does not use, or a positional `?` in the SQL traps.
    public func bind(named values: [String: any SQLiteBindable]) throws {
        // The hot path (a roster import binds millions of rows) allocates
        // nothing: one lookup per parameter. SQLite gives a name used twice
        // one index, so `values` fits exactly when it has one key per
        // parameter and each is found; anything else is described and traps.
        let keys = parameterKeys
        guard let keys, values.count == keys.count else { trapBinding(values) }
        sqlite3_reset(handle)
        for (offset, key) in keys.enumerated() {
            guard let value = values[key] else { trapBinding(values) }
            try bind(value.sqlValue, at: offset + 1)
        }
    }

    /// As `bind(named:)`, for the hottest statements: the values come in
    /// the order the SQL names them, so checking a name is comparing two
    /// short strings and nothing is hashed or allocated. A name out of
    /// order, missing or left over traps as `bind(named:)` does.
    public func bind(inOrder values: KeyValuePairs<String, any SQLiteBindable>) throws {
        let keys = parameterKeys
        guard let keys, values.count == keys.count else { trapBinding(inOrder: values) }
        sqlite3_reset(handle)
        for (offset, pair) in values.enumerated() {
            guard pair.key == keys[offset] else { trapBinding(inOrder: values) }
            try bind(pair.value.sqlValue, at: offset + 1)
        }
    }

    private func trapBinding(inOrder values: KeyValuePairs<String, any SQLiteBindable>) -> Never {
        let given = values.map(\.key)
        if let problem = bindingProblem(keys: given) { preconditionFailure(problem) }
        preconditionFailure("""
            Named parameters out of order: given \(given.map { ":" + $0 }.joined(separator: ", ")), \
            the SQL names \((parameterKeys ?? []).map { ":" + $0 }.joined(separator: ", ")): \(sql)
            """)
    }

    private func trapBinding(_ values: [String: any SQLiteBindable]) -> Never {
        preconditionFailure(bindingProblem(keys: values.keys) ?? "Named parameters do not match the statement: \(sql)")
    }

    /// Why binding by `keys` does not fit this statement, or nil when it does.
    /// The message names parameters and the SQL, never a value.
    func bindingProblem<Keys: Sequence<String>>(keys: Keys) -> String? {
        let given = Set(keys)
        var complaints: [String] = []
        let positional = parameterNames.filter { !$0.hasPrefix(":") }
        if !positional.isEmpty {
            complaints.append("positional parameters \(positional.joined(separator: ", ")) cannot be bound by name; write :name")
        }
        let wanted = Set(parameterNames.filter { $0.hasPrefix(":") }.map { String($0.dropFirst()) })
        let missing = wanted.subtracting(given).sorted()
        if !missing.isEmpty {
            complaints.append("no value for \(missing.map { ":" + $0 }.joined(separator: ", "))")
        }
        let extra = given.subtracting(wanted).sorted()
        if !extra.isEmpty {
            let hint = extra.contains { $0.hasPrefix(":") } ? " (keys are written without the colon)" : ""
            complaints.append("the SQL has no parameter \(extra.map { ":" + $0 }.joined(separator: ", "))\(hint)")
        }
        guard !complaints.isEmpty else { return nil }
        return "Named parameters do not match the statement: \(complaints.joined(separator: "; ")): \(sql)"
    }

    // MARK: Reading the current row by column name

    public func isNull(_ name: String) -> Bool { isNull(Int(columns.position(of: name))) }
    public func int64(_ name: String) -> Int64 { int64(Int(columns.position(of: name))) }
    public func int(_ name: String) -> Int { int(Int(columns.position(of: name))) }
    public func double(_ name: String) -> Double { double(Int(columns.position(of: name))) }
    /// The column as text; "" for NULL. Use `optionalText` where NULL matters.
    public func text(_ name: String) -> String { text(Int(columns.position(of: name))) }
    public func optionalText(_ name: String) -> String? { optionalText(Int(columns.position(of: name))) }
    public func optionalInt64(_ name: String) -> Int64? { optionalInt64(Int(columns.position(of: name))) }
    public func optionalInt(_ name: String) -> Int? { optionalInt(Int(columns.position(of: name))) }
    public func optionalDouble(_ name: String) -> Double? { optionalDouble(Int(columns.position(of: name))) }
    public func blob(_ name: String) -> [UInt8] { blob(Int(columns.position(of: name))) }
    public func value(_ name: String) -> SQLiteValue { value(Int(columns.position(of: name))) }
}
