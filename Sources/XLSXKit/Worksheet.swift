/// One sheet to write: a bold header row that stays in view, then typed cells.
public struct Worksheet: Sendable {
    /// A value with the type a spreadsheet should give it.
    public enum Cell: Sendable, Equatable {
        /// A text cell, whatever it looks like: an ID number stays 18 digits,
        /// a code keeps its leading zeros, `=1+1` is never a formula.
        case text(String)
        /// A number to compute with.
        case number(Double)
        case integer(Int)
        /// A date as a serial day number (1900 date system: 1 is 1900-01-01,
        /// 25569 is 1970-01-01), shown as YYYY-MM-DD.
        case date(serial: Int)
        /// A fraction shown as a percentage with one decimal (0.755 → 75.5%).
        case percent(Double)
        case empty
    }

    /// Shown on the sheet's tab. At most 31 characters, none of `: \ / ? * [ ]`
    /// (Excel refuses the file otherwise); `WorkbookWriter` replaces what does not fit.
    public var name: String
    public var header: [String]
    public var rows: [[Cell]]
    /// Column widths in characters of the default font's digit (Excel's unit);
    /// a CJK character takes about two. Columns without a width get the default.
    public var columnWidths: [Double]

    public init(name: String, header: [String], rows: [[Cell]] = [], columnWidths: [Double] = []) {
        self.name = name
        self.header = header
        self.rows = rows
        self.columnWidths = columnWidths
    }
}
