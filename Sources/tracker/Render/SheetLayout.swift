import CLIKit
import XLSXKit

/// Column widths that fit a sheet's text, so a county office opens the
/// report without dragging every column wider.
///
/// Excel measures widths in digits of the default font; a CJK character is
/// about two digits wide, which is what `displayWidth` counts, so 赵丁先 gets
/// 6 and not 3. Widths are capped so one long note does not make a column
/// wider than the screen.
enum SheetLayout {
    static let minimumWidth = 6
    static let maximumWidth = 60

    static func columnWidths(header: [String], rows: [[Worksheet.Cell]]) -> [Double] {
        var widths = header.map { displayWidth(of: $0) + 1 }  // the bold header runs a little wider
        for row in rows {
            for (column, cell) in row.enumerated() {
                if column >= widths.count { widths.append(0) }
                widths[column] = max(widths[column], width(of: cell))
            }
        }
        return widths.map { Double(min(maximumWidth, max(minimumWidth, $0 + 2))) }
    }

    private static func width(of cell: Worksheet.Cell) -> Int {
        switch cell {
        case .text(let text):
            // A cell with line breaks is as wide as its longest line.
            text.split(separator: "\n").map { displayWidth(of: String($0)) }.max() ?? 0
        case .integer(let value): String(value).count
        case .number(let value): min(12, "\(value)".count)
        case .date: 10
        case .percent: 6
        case .empty: 0
        }
    }
}
