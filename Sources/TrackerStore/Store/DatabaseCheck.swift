import Platform
import TrackerDomain

/// `tracker check`: the file's own checks (`MaintenanceStore.check`) and
/// the audit chain's verification and replay (`AuditChainStore.verify`).
///
/// Both read the whole database and neither needs the other, so on a file
/// they run side by side: the file checks on a second, read-only connection
/// in a thread of their own, the chain on the database's connection. On a
/// county's file that is the time of the longer of the two, not their sum.
public struct DatabaseCheck {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// Runs both checks. `full` runs SQLite's `integrity_check` instead of
    /// its `quick_check`; `receipt` is a report's chain head to look for
    /// (checked before anything is read, so a mistyped one fails at once).
    public func run(full: Bool, receipt: String?) throws(TrackerError)
        -> (file: MaintenanceStore.CheckReport, chain: AuditChainReport) {
        if let receipt { _ = try AuditChainStore.parseReceipt(receipt) }
        let chain = AuditChainStore(database)
        guard let fileCheck = database.readAlongside({ connection in try MaintenanceStore.check(connection, full: full) }) else {
            return (try MaintenanceStore(database).check(full: full), try chain.verify(receipt: receipt))
        }
        let both = try alongside(fileCheck, while: { () throws(TrackerError) in try chain.verify(receipt: receipt) })
        return (both.side, both.main)
    }
}
