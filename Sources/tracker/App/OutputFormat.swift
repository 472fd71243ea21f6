/// How read commands present their results.
enum OutputFormat: String {
    /// Aligned columns for people (CJK-aware widths).
    case table
    /// One JSON document on stdout, for programs.
    case json
    /// RFC 4180 CSV, for spreadsheets and scripts.
    case csv
}
