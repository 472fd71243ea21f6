import TrackerDomain

/// The newest link of the audit chain: an entry number and its hash.
/// A report printed with it commits to every audit entry up to that one.
public struct AuditChainHead: Sendable, Equatable {
    /// The audit entry's id (`audit_log.id`).
    public let entry: Int64
    /// Its chain hash, 64 lowercase hex digits.
    public let hash: String

    public init(entry: Int64, hash: String) {
        self.entry = entry
        self.hash = hash
    }

    /// How many hex digits a receipt prints: 64 bits, far beyond what anyone
    /// could match by rewriting entries until a hash happens to agree.
    public static let shortLength = 16

    public var shortHash: String { String(hash.prefix(Self.shortLength)) }
}
