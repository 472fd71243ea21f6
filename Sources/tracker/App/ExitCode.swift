/// Exit codes, as CLI.md fixes them (sysexits.h numbers where they exist).
enum ExitCode {
    static let success: Int32 = 0
    /// Refused: not found, ambiguous, a rule of the domain.
    static let refused: Int32 = 1
    /// The command line itself is wrong (EX_USAGE).
    static let usage: Int32 = 64
    /// The input data is wrong: a date, an ID number, a CSV row (EX_DATAERR).
    static let invalidData: Int32 = 65
    /// The database or a file could not be used (EX_IOERR).
    static let ioFailure: Int32 = 74
}
