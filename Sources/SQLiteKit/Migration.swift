/// One schema step: a name that orders it and the SQL it runs.
public struct Migration: Sendable, Hashable {
    public let name: String
    public let sql: String
    /// SHA-256 of the SQL text, recorded when applied so later edits are caught.
    public let checksum: String

    public init(name: String, sql: String) {
        self.name = name
        self.sql = sql
        self.checksum = SHA256.hexDigest(sql.utf8)
    }

    /// The leading number of names like `0003_visits`, which is the schema version.
    public var number: Int? { Self.number(of: name) }

    public static func number(of name: String) -> Int? { Int(name.prefix { $0.isNumber }) }
}
