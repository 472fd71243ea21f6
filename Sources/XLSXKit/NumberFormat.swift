/// What a cell's number format says about how to read its number.
///
/// A workbook stores a date as a day count and a code typed as a number as a
/// floating-point value; only the format tells them apart. These are the
/// distinctions a reader of rosters needs, not a full format renderer.
enum NumberFormat: Equatable {
    /// Shown as the number itself.
    case general
    /// A date (possibly with a time): the number is a serial day.
    case date
    /// Digits padded with zeros to this width (`000000`), as codes are shown.
    case zeroPadded(Int)

    /// Built-in formats (ECMA-376 Part 1, 18.8.30) that show dates, plus the
    /// ones East Asian Excel versions reserve for dates (27–36, 50–58).
    private static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    init(id: Int, code: String?) {
        if let code {
            self = Self.classify(code)
        } else {
            self = Self.builtInDates.contains(id) ? .date : .general
        }
    }

    /// A format code is a date format when, outside quoted text, escapes and
    /// [brackets] (colours, locales, elapsed-time markers aside), it uses
    /// y, m, d, h or s, or the CJK date words (年 月 日).
    private static func classify(_ code: String) -> NumberFormat {
        // Only the first section (positive numbers) decides how a value is read.
        var section = ""
        var inQuotes = false
        for character in code {
            if character == "\"" { inQuotes.toggle() }
            if character == ";" && !inQuotes { break }
            section.append(character)
        }
        var visible = ""
        var iterator = section.makeIterator()
        inQuotes = false
        var inBracket = false
        while let character = iterator.next() {
            if inQuotes {
                if character == "\"" { inQuotes = false }
                continue
            }
            if inBracket {
                if character == "]" { inBracket = false }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case "[": inBracket = true
            case "\\": _ = iterator.next()
            case "_", "*": _ = iterator.next()  // padding and fill take the next character
            default: visible.append(character)
            }
        }
        let lowered = visible.lowercased()
        if lowered.contains(where: { "ymdhse".contains($0) }) && !lowered.contains("general") {
            // "e" alone is an exponent in 0.00E+00; a date format has y, m or d.
            if lowered.contains(where: { "ymd".contains($0) }) || lowered.contains("h") { return .date }
        }
        if visible.contains("年") || visible.contains("月") || visible.contains("日") { return .date }
        if visible.count > 1, visible.allSatisfy({ $0 == "0" }) { return .zeroPadded(visible.count) }
        return .general
    }
}
