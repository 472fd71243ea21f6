/// The result columns of one prepared statement by name, built once per
/// statement (not per row) so reading a column by name costs one lookup.
///
/// A name given to two columns (`t.name, v.name` are both "name") cannot be
/// read by name: the SELECT must alias them. A name that is not there, or is
/// there twice, is a programmer error and traps with the SQL text.
public final class ColumnIndex: Sendable {
    /// Column names in result order, as SQLite reports them (the alias when given).
    public let names: [String]
    private let positions: [String: Int32]
    private let repeated: Set<String>
    /// The statement the columns belong to, for the trap message.
    private let sql: String

    init(names: [String], sql: String) {
        var positions: [String: Int32] = [:]
        var repeated = Set<String>()
        for (position, name) in names.enumerated() where positions.updateValue(Int32(position), forKey: name) != nil {
            repeated.insert(name)
        }
        // A repeated name has no position: reading it is one failed lookup.
        for name in repeated { positions[name] = nil }
        self.names = names
        self.positions = positions
        self.repeated = repeated
        self.sql = sql
    }

    /// The 0-based position of the column called `name`.
    public func position(of name: String) -> Int32 {
        guard let position = positions[name] else {
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
        guard positions[name] == nil else { return nil }  // readable
        let known = names.map { "\"\($0)\"" }.joined(separator: ", ")
        return "No column \"\(name)\" in the result (columns: \(known)): \(sql)"
    }
}
