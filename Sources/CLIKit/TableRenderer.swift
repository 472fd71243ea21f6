/// Renders rows of text as a plain-text table whose columns line up on a
/// terminal even when cells hold Chinese.
///
/// Columns are padded by display width, not character count, so every
/// column starts at the same place on every line (trailing padding is
/// dropped) and a table never looks torn.
/// A cell holding a newline, tab or other control character would break the
/// grid, so such characters are shown as a plain space. When a maximum width
/// is given (the terminal's), the widest columns give up columns first and
/// their cells end in `…`; a wide character is never cut in half.
public struct TableRenderer: Sendable {
    /// Where text sits inside a padded cell; numbers read best right-aligned.
    public enum Alignment: Sendable {
        case left
        case right
    }

    public var headers: [String]
    /// Per column; missing entries mean `.left`.
    public var alignments: [Alignment]
    /// Total line width to fit in, or nil for no limit.
    public var maxWidth: Int?
    /// Text between columns.
    public var separator: String = "  "
    /// A column never shrinks below this (or its natural width, if smaller).
    public var minimumColumnWidth: Int = 4
    /// Columns this narrow (dates, codes, most names) keep their width while
    /// wider ones are cut, so a long note gives way before a date does.
    public var shortColumnWidth: Int = 12

    public init(headers: [String], alignments: [Alignment] = [], maxWidth: Int? = nil) {
        self.headers = headers
        self.alignments = alignments
        self.maxWidth = maxWidth
    }

    /// The table with a header line and a rule of dashes, each line ending in "\n".
    /// Every row must have exactly one cell per header (a programmer error otherwise).
    public func render(_ rows: [[String]]) -> String {
        let columnCount = headers.count
        let header = headers.map(Self.sanitize)
        let body = rows.map { row -> [String] in
            precondition(row.count == columnCount, "table row has \(row.count) cells, expected \(columnCount)")
            return row.map(Self.sanitize)
        }
        var widths = header.map(displayWidth(of:))
        for row in body {
            for (column, cell) in row.enumerated() {
                widths[column] = max(widths[column], displayWidth(of: cell))
            }
        }
        if let maxWidth { shrink(&widths, toFit: maxWidth) }

        var output = ""
        output += line(header, widths: widths, alignAll: .left)
        output += line(widths.map { String(repeating: "-", count: $0) }, widths: widths, alignAll: .left)
        for row in body {
            output += line(row, widths: widths, alignAll: nil)
        }
        return output
    }

    private func line(_ cells: [String], widths: [Int], alignAll: Alignment?) -> String {
        var parts: [String] = []
        parts.reserveCapacity(cells.count)
        for (column, cell) in cells.enumerated() {
            let alignment = alignAll ?? (column < alignments.count ? alignments[column] : .left)
            parts.append(Self.fit(cell, width: widths[column], alignment: alignment))
        }
        // Padding after the last cell only makes copied text and diffs noisy.
        var text = parts.joined(separator: separator)
        while text.last == " " { text.removeLast() }
        return text + "\n"
    }

    /// Takes columns away from the widest column, one at a time, until the
    /// table fits or nothing more can give: first only from long columns,
    /// down to `shortColumnWidth`, and only then from every column.
    private func shrink(_ widths: inout [Int], toFit limit: Int) {
        shrink(&widths, toFit: limit, floors: widths.map { min($0, shortColumnWidth) })
        shrink(&widths, toFit: limit, floors: widths.map { min($0, minimumColumnWidth) })
    }

    private func shrink(_ widths: inout [Int], toFit limit: Int, floors: [Int]) {
        let separators = displayWidth(of: separator) * max(0, widths.count - 1)
        var total = widths.reduce(0, +) + separators
        while total > limit {
            var widest: Int?
            for column in widths.indices where widths[column] > floors[column] {
                if let current = widest, widths[current] >= widths[column] { continue }
                widest = column
            }
            guard let column = widest else { return }
            widths[column] -= 1
            total -= 1
        }
    }

    /// Pads or truncates one cell to exactly `width` columns.
    static func fit(_ text: String, width: Int, alignment: Alignment) -> String {
        var content = text
        var used = displayWidth(of: text)
        if used > width {
            content = ""
            used = 0
            let budget = max(0, width - 1)  // room for the ellipsis
            for character in text {
                let characterWidth = displayWidth(of: character)
                if used + characterWidth > budget { break }
                content.append(character)
                used += characterWidth
            }
            if width > 0 {
                content.append("…")
                used += 1
            }
        }
        let padding = String(repeating: " ", count: max(0, width - used))
        return alignment == .left ? content + padding : padding + content
    }

    /// Replaces anything that would move the cursor (newlines, tabs, other
    /// control and line-separator characters) with a space.
    static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsReplacement) else { return text }
        var result = ""
        for character in text {
            result.append(character.unicodeScalars.contains(where: needsReplacement) ? " " : character)
        }
        return result
    }

    private static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}
