internal import SQLCore
internal import SQLiteKit
import TrackerDomain

/// The audit trail's hash chain: its head (for a report's receipt) and the
/// full verification that `tracker check` runs.
public struct AuditChainStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// The newest audit entry and its hash; nil for an empty trail.
    public func head() throws(TrackerError) -> AuditChainHead? {
        try database.read { connection in try Self.head(in: connection) }
    }

    static func head(in connection: Connection) throws -> AuditChainHead? {
        let rows = try connection.query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
        guard let row = rows.first, let entry = row.optionalInt64("id") else { return nil }
        let hash: [UInt8]
        if case .blob(let bytes) = row["hash"] { hash = bytes } else { hash = [] }

        return AuditChainHead(entry: entry, hash: SHA256.hex(hash))
    }

    /// Verifies every link and replays the trail against the tables, from
    /// one read snapshot. With `receipt` (a hash or its first 12+ hex digits,
    /// as a report prints it) also says whether an intact chain still holds it.
    public func verify(receipt: String? = nil) throws(TrackerError) -> AuditChainReport {
        let prefix = try receipt.map(Self.parseReceipt)
        // Every entry of the trail is hashed again.
        SHA256.preferSystemLibrary()
        return try database.read { connection in
            var verifier = AuditChainVerifier(connection: connection, receiptPrefix: prefix?.bytes, receiptNibble: prefix?.nibble)
            return try verifier.run()
        }
    }

    static let minimumReceiptDigits = 12

    /// "5f3a09c2d17e8b40" → its bytes (and a trailing half byte for an odd count).
    static func parseReceipt(_ text: String) throws(TrackerError) -> (bytes: [UInt8], nibble: UInt8?) {
        let digits = Array(text.trimmingWhitespace().lowercased().utf8)
        let values = digits.compactMap { digit -> UInt8? in
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
            default: nil
            }
        }
        guard values.count == digits.count, (minimumReceiptDigits...64).contains(values.count) else {
            throw TrackerError(.invalidInput,
                en: "'\(text)' is not a receipt: give the chain hash a report printed (\(minimumReceiptDigits) to 64 hex digits)",
                zh: "“\(text)” 不是有效的回执：请给出报表上印的链哈希（\(minimumReceiptDigits) 到 64 位十六进制数字）")
        }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: values.count - 1, by: 2) { bytes.append(values[index] << 4 | values[index + 1]) }
        return (bytes, values.count % 2 == 1 ? values.last : nil)
    }
}
