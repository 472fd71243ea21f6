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
    /// The readable names' positions in an open-addressed table of
    /// `slots.count` (a power of two) entries, -1 for none, found by an
    /// FNV-1a hash of the UTF-8 bytes. A report reads 16 columns of 50,000
    /// rows by name, and `positions` would hash each name with SipHash.
    private let slots: [Int32]
    private let utf8Names: [[UInt8]]
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
        utf8Names = names.map { Array($0.utf8) }
        var size = 8
        while size < names.count * 2 { size *= 2 }
        var slots = Array(repeating: Int32(-1), count: size)
        for (name, position) in positions {
            var slot = Self.hash(Array(name.utf8)) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = position
        }
        self.slots = slots
        self.repeated = repeated
        self.sql = sql
    }

    /// The 0-based position of the column called `name`.
    public func position(of name: String) -> Int32 {
        var name = name
        let found = name.withUTF8 { bytes -> Int32? in
            var slot = Self.hash(bytes) & (slots.count - 1)
            while slots[slot] >= 0 {
                let position = slots[slot]
                if utf8Names[Int(position)].holdsTheSameBytes(as: bytes) { return position }
                slot = (slot + 1) & (slots.count - 1)
            }
            return nil
        }
        guard let found else {
            preconditionFailure(problem(reading: name) ?? "column \(name)")
        }
        return found
    }


    /// FNV-1a over the bytes: enough to spread a statement's column names.
    private static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
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
