import Bilingual
import TrackerDomain

/// One thing `tracker check` found wrong with the audit trail or the tables
/// it records: which table and row, and what differs, in both languages.
public struct AuditChainProblem: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// An audit entry's hash does not follow from its content and the entry before it.
        case brokenLink = "broken_link"
        /// Replaying the trail and the table's current contents disagree.
        case rowDiffers = "row_differs"
        /// The trail itself is inconsistent (a row changed between two entries, outside the trail).
        case unrecordedChange = "unrecorded_change"
    }

    public let kind: Kind
    /// The table named: `audit_log`, `audit_commands`, or an audited table.
    public let table: String
    /// The entry's id (for a broken link) or the audited row's id.
    public let row: Int64?
    public let message: LocalizedText
}
