/// A value to write, tagged with how a spreadsheet should treat it.
///
/// CSV carries no types, so Excel guesses: it runs anything starting with `=`
/// as a formula and turns digit strings into numbers (an 18-digit ID number
/// becomes 3.72901E+17 and loses its last digits; `007` becomes 7). The
/// writer can only protect cells if the caller says what each cell is.
public enum CSVCell: Sendable, Equatable {
    /// Free text (names, addresses, notes). Neutralised against formula
    /// injection when the writer is spreadsheet-safe.
    case text(String)
    /// A number the spreadsheet should compute with, e.g. `-5` or `1.25e3`.
    /// Written untouched when it is a plain decimal literal (optional sign,
    /// digits, optional fraction and exponent); anything else is treated as
    /// `.text`, so a "number" can never smuggle in a formula.
    case number(String)
    /// Text made of digits that must stay text exactly: ID-card numbers,
    /// household codes with leading zeros, phone numbers, dates like
    /// `2024-01`. When it starts with a digit the writer marks it as text
    /// according to `CSVWriter.CodeStyle`; otherwise it is handled as `.text`.
    case code(String)

    /// A whole number, written as a numeric cell.
    public static func integer(_ value: Int) -> CSVCell {
        .number(String(value))
    }

    /// Whether the cell holds no text at all (it is written as nothing).
    var isEmpty: Bool {
        switch self {
        case .text(let text), .number(let text), .code(let text): text.isEmpty
        }
    }
}
