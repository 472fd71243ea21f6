import CSVKit
import TrackerDomain

/// What a roster import does (or, on a dry run, would do) to the database.
///
/// The same value comes back whether or not it was applied, so `--dry-run`
/// shows exactly the counts a real run will report.
public struct RosterImportPlan: Sendable {
    /// The encoding the file was read in (detected unless given).
    public var encoding: TextEncoding
    /// The sheet read, for a workbook; nil for a CSV file.
    public var sheet: String?
    /// The line (row) the header was found on: 1 unless title rows stand above it.
    public var headerLine = 1
    /// Person rows read, the header not counted.
    public var rows: Int
    public var householdsToAdd: [RosterChange] = []
    public var householdsToUpdate: [RosterChange] = []
    public var householdsUnchanged = 0
    public var membersToAdd: [RosterChange] = []
    public var membersToUpdate: [RosterChange] = []
    public var membersUnchanged = 0
    /// Members of households in the file that the file does not list. They
    /// are kept: a roster that leaves someone out is not a death record.
    public var membersNotInFile = 0
    /// Unknown or unnamed columns; the import goes ahead without them.
    public var warnings: [RosterWarning] = []
    /// False on a dry run: nothing was written.
    public var applied = false

    public init(encoding: TextEncoding, rows: Int) {
        self.encoding = encoding
        self.rows = rows
    }

    /// Whether applying the plan changes nothing.
    public var isEmpty: Bool {
        householdsToAdd.isEmpty && householdsToUpdate.isEmpty && membersToAdd.isEmpty && membersToUpdate.isEmpty
    }
}
