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
    /// Households added (on a dry run, to be added).
    public var householdsAdded = 0
    /// Those households one by one, when the importer was asked to list
    /// them (`RosterImporter.listsAddedHouseholds`); else empty, so a
    /// province's roster is not held in memory for a line of counts.
    public var householdsToAdd: [RosterChange] = []
    public var householdsToUpdate: [RosterChange] = []
    public var householdsUnchanged = 0
    /// Members added: counted, not listed, so a roster of a million people
    /// is not held in memory twice.
    public var membersAdded = 0
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
        householdsAdded == 0 && householdsToUpdate.isEmpty && membersAdded == 0 && membersToUpdate.isEmpty
    }
}
