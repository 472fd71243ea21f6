import Bilingual

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
    public let households: [LocalizedText]
    /// How many households it touched in all.
    public let householdCount: Int

    package init(
        id: Int64,
        at: String,
        operatorName: String,
        command: String,
        reason: String?,
        counts: [(table: String, action: String, rows: Int)],
        households: [LocalizedText],
        householdCount: Int
    ) {
        self.id = id
        self.at = at
        self.operatorName = operatorName
        self.command = command
        self.reason = reason
        self.counts = counts
        self.households = households
        self.householdCount = householdCount
    }
}
