/// Why a database cannot be brought up to this binary's schema.
public enum MigrationError: Error, Sendable, Equatable {
    /// An applied migration's text differs from the one this binary carries.
    case edited(name: String)
    /// The database has applied migrations this binary does not know: it was
    /// written by a newer version of the program.
    case unknownApplied(names: [String])
    /// A migration failed; the database stays at the step before it.
    case failed(name: String, error: SQLiteError)
    /// A migration left rows that break foreign keys.
    case foreignKeyViolation(name: String, table: String)
}
