/// A cell's value as read from a workbook, typed by what the file says.
public enum CellValue: Sendable, Equatable {
    /// A string cell (shared, inline or a formula's text result).
    case text(String)
    /// A number, as the cell shows it: plain digits, padded when its format
    /// pads (`000000`), never in exponent form (see `ShownNumber`).
    case number(String)
    /// A date: the serial day in the 1900 date system (25569 is 1970-01-01),
    /// whatever system the workbook uses; a time of day is dropped.
    case date(serial: Int)
    case boolean(Bool)
    /// An error value such as `#N/A`.
    case error(String)

    /// The value as text, for a reader that wants strings: dates as their serial.
    public var text: String {
        switch self {
        case .text(let text), .number(let text), .error(let text): text
        case .date(let serial): String(serial)
        case .boolean(let value): value ? "TRUE" : "FALSE"
        }
    }
}

/// One row of a sheet: its number as the spreadsheet shows it and its non-empty cells.
public struct SheetRow: Sendable, Equatable {
    /// 1-based row number.
    public let number: Int
    /// Cells by 0-based column, in column order; empty cells are absent.
    public let cells: [(column: Int, value: CellValue)]

    public init(number: Int, cells: [(column: Int, value: CellValue)]) {
        self.number = number
        self.cells = cells
    }

    public static func == (left: SheetRow, right: SheetRow) -> Bool {
        left.number == right.number && left.cells.elementsEqual(right.cells) { $0.column == $1.column && $0.value == $1.value }
    }
}
