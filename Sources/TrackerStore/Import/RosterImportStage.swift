import TrackerDomain

/// How far a roster import has got: it reads, checks, then writes.
public enum RosterImportStage: Sendable, Equatable {
    /// Every row has been read and checked on its own.
    case read(rows: Int)
    /// Households were matched against the database and no problem was found.
    case checked(households: Int)
    /// Everything is written; the transaction is being made durable.
    case committing
}
