/// The result columns of one query by name, built once per result (not per
/// row) so reading a column by name costs one lookup.
///
/// A name given to two columns (`t.name, v.name` are both "name") cannot be
/// read by name: the SELECT must alias them. A name that is not there, or is
/// there twice, is a programmer error and traps with the SQL text.
public final class PostgresColumns: Sendable {
    /// Column names in result order, as the server reports them (the alias when given).
    public let names: [String]
    private let positions: [String: Int]
    private let repeated: Set<String>
    /// The statement the columns belong to, for the trap message.
    private let sql: String

    init(names: [String], sql: String) {
        var positions: [String: Int] = [:]
        var repeated = Set<String>()
        for (position, name) in names.enumerated() where positions.updateValue(position, forKey: name) != nil {
            repeated.insert(name)
        }
        self.names = names
        self.positions = positions
        self.repeated = repeated
        self.sql = sql
    }

    /// The 0-based position of the column called `name`.
    public func position(of name: String) -> Int {
        guard let position = positions[name], !repeated.contains(name) else {
            preconditionFailure(problem(reading: name) ?? "column \(name)")
        }
        return position
    }

    /// Why `name` cannot be read by name, or nil when it can.
    /// Names the columns that are there and the SQL, never a value.
    func problem(reading name: String) -> String? {
        if repeated.contains(name) {
            return "Column \"\(name)\" appears more than once; give each an alias (AS): \(sql)"
        }
        guard positions[name] == nil else { return nil }
        let known = names.map { "\"\($0)\"" }.joined(separator: ", ")
        return "No column \"\(name)\" in the result (columns: \(known)): \(sql)"
    }
}
