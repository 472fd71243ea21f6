/// Everything one command changed, as the audit trail recorded it.
public struct AuditChangeSet: Sendable {
    public let id: Int64
    public let at: String
    public let operatorName: String
    /// What was run, e.g. "visit add 赵丁先".
    public let command: String
    /// Why, for a correction made with a reason (void, remove, close, …).
    public let reason: String?
    /// Rows changed per table and action, e.g. ("visits", "insert", 1).
    public let counts: [(table: String, action: String, rows: Int)]
    /// The households the command touched (at most a handful, for display).
    public let households: [String]
    /// How many households it touched in all.
    public let householdCount: Int
}
