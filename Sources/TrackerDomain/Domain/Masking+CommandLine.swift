import Bilingual

extension Masking {
    /// The longest recorded command line, in code points (the schema's
    /// `length(command) BETWEEN 1 AND 500`).
    public static let maximumCommandLength = 500

    /// A command line as the audit trail records and `tracker log` shows it:
    /// every ID number or phone in it masked, control and invisible format
    /// characters spelled out (`\u{1B}`) so the log cannot drive a
    /// terminal, and cut to the schema's 500 code points.
    ///
    /// Which words are personal data is not known here (a positional may be
    /// a name, a code or an ID number), so any run of seven or more digits
    /// (with `+` or `-` between them, single spaces too within one word,
    /// and an ID number's final X) is masked: an ID number (15 or 18
    /// characters) as one, the rest as a phone. A long numeric household
    /// code is masked too; privacy wins over a readable log line.
    public static func commandLine(_ words: [String]) -> String {
        commandLine(words.map { maskingDigitRuns($0, spaced: true) }.joined(separator: " "))
    }

    /// `text` made safe to record and show: digit runs masked, control and
    /// format characters spelled out, cut to 500 code points. Applying it
    /// again changes nothing, so `log` can pass older records through it.
    public static func commandLine(_ text: String) -> String {
        var result = ""
        // LocalizedText are joined by spaces here, so a space never joins two runs.
        for scalar in maskingDigitRuns(text, spaced: false).unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate:
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        if result.unicodeScalars.count > maximumCommandLength {
            var cut = String.UnicodeScalarView()
            cut.append(contentsOf: result.unicodeScalars.prefix(maximumCommandLength - 1))
            result = String(cut) + "…"
        }
        return result.isEmpty ? "tracker" : result
    }

    /// `text` with every run of seven or more digits masked; `spaced`: a
    /// single space between digits joins them into one run ("138 1234 5678").
    static func maskingDigitRuns(_ text: String, spaced: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ index: Int) -> Bool { index < scalars.count && scalars[index].value >= 0x30 && scalars[index].value <= 0x39 }
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard isDigit(index) || (scalars[index] == "+" && isDigit(index + 1)) else {
                output.append(scalars[index])
                index += 1
                continue
            }
            // The run: digits, joined by single separators a phone is written with.
            var end = index + 1
            var digits = isDigit(index) ? 1 : 0
            while end < scalars.count {
                if isDigit(end) {
                    digits += 1
                    end += 1
                } else if scalars[end] == "-" || (spaced && scalars[end] == " "), isDigit(end + 1) {
                    end += 1
                } else {
                    break
                }
            }
            if end < scalars.count, scalars[end] == "X" || scalars[end] == "x", digits == 17 { end += 1 }
            let run = String(String.UnicodeScalarView(scalars[index..<end]))
            if digits >= 7 {
                output.append(contentsOf: (run.count == 18 || run.count == 15 ? idNumber(run) : phone(run)).unicodeScalars)
            } else {
                output.append(contentsOf: run.unicodeScalars)
            }
            index = end
        }
        return String(output)
    }
}
