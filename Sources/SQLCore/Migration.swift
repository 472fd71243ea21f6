/// One schema step: a name that orders it and the SQL it runs.
public struct Migration: Sendable, Hashable {
    public let name: String
    public let sql: String
    /// SHA-256 of the SQL text, recorded when applied so later edits are caught.
    public let checksum: String
    /// The step rebuilds tables by SQLite's recipe (create the new table,
    /// copy, drop the old one, rename the new one; see "Making Other Kinds Of
    /// Table Schema Changes" in SQLite's ALTER TABLE page), so the migrator
    /// must run it with foreign keys off: otherwise dropping a parent table
    /// deletes its children through ON DELETE CASCADE. Declared by the line
    /// `-- tracker: rebuilds-tables` in the comment that opens the SQL.
    public let rebuildsTables: Bool

    /// The header line that declares a table rebuild.
    public static let rebuildsTablesMarker = "-- tracker: rebuilds-tables"

    public init(name: String, sql: String) {
        self.init(name: name, sql: sql, checksum: SHA256.hexDigest(sql.utf8))
    }

    /// A migration whose checksum was computed when it was embedded (see
    /// MigrationEmbedder): hashing every step's text at each start was a
    /// fifth of a quick command's time.
    public init(name: String, sql: String, checksum: String) {
        self.name = name
        self.sql = sql
        self.checksum = checksum
        self.rebuildsTables = Self.header(of: sql).contains(Self.rebuildsTablesMarker)
    }

    /// The leading number of names like `0003_visits`, which is the schema version.
    public var number: Int? { Self.number(of: name) }

    public static func number(of name: String) -> Int? { Int(name.prefix { $0.isNumber }) }

    /// The comment lines before the first statement, trimmed. Reads only
    /// as far as that statement: every start builds the migrator, and
    /// splitting each step's whole text into lines was a fifth of
    /// `household show`'s time on a county.
    static func header(of sql: String) -> [String] {
        var lines: [String] = []
        var rest = sql[...]
        while !rest.isEmpty {
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            var trimmed = rest[..<end].drop { $0.isWhitespace }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.utf8.index(after: end)...]
            while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
            if trimmed.isEmpty { continue }
            guard trimmed.hasPrefix("--") else { break }
            lines.append(String(trimmed))
        }
        return lines
    }
}
