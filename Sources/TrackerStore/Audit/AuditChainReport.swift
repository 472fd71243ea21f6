import TrackerDomain

/// What verifying and replaying the audit trail found.
public struct AuditChainReport: Sendable {
    /// Audit entries and command entries whose links were checked.
    public let entries: Int
    public let commands: Int
    /// Tables whose current contents were compared with the replayed trail.
    public let tables: [String]
    /// The newest link, nil when nothing was ever recorded.
    public let head: AuditChainHead?
    /// In the order found: broken links first (oldest first), then rows.
    /// At most `AuditChainVerifier.problemLimit`.
    public let problems: [AuditChainProblem]
    /// For `check --at`: the entry whose hash the receipt names, when the
    /// chain up to and including it is intact; nil when not asked or not found.
    public let receiptEntry: Int64?

    public var isSound: Bool { problems.isEmpty }
}
