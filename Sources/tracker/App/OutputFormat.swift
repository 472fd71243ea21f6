/// How read commands present their results.
enum OutputFormat: String {
    /// Aligned columns for people (CJK-aware widths).
    case table
    /// One JSON document on stdout, for programs.
    case json
    /// RFC 4180 CSV, for spreadsheets and scripts.
    case csv
    /// An Excel workbook (.xlsx) with typed cells; only the reports offer it.
    case xlsx

    /// The commands that can write a workbook.
    static let workbookCommands: Set<String> = ["report.monthly", "report.summary"]
}
