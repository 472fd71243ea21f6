/// Breaks text into lines that fit a number of terminal columns, measured
/// by display width (a Chinese character takes two).
///
/// English breaks at spaces; Chinese, which has none, may break between any
/// two characters except before closing punctuation (，。）…) or after opening
/// punctuation (（“…), so a line never starts with a comma or ends with an
/// open bracket. A word wider than the width (a long path) is not cut: it
/// gets a line of its own and overflows it, since a path cut in two cannot
/// be copied.
public enum TextWrapper {
    /// The lines of `text` at most `width` columns wide. Explicit line breaks
    /// are kept; a line that already fits comes back unchanged, and spaces at
    /// a break are dropped.
    public static func wrap(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
            wrapLine(String(line), width: width)
        }
    }

    private static func wrapLine(_ line: String, width: Int) -> [String] {
        let words = words(of: line)
        if displayWidth(of: line) <= width || words.isEmpty { return [line] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for (index, word) in words.enumerated() {
            let wordWidth = displayWidth(of: word.text)
            if index == 0 {
                current = word.gap + word.text  // leading spaces indent the first line
                currentWidth = displayWidth(of: current)
            } else if currentWidth + word.gap.count + wordWidth <= width {
                current += word.gap + word.text
                currentWidth += word.gap.count + wordWidth
            } else {
                lines.append(current)
                current = word.text
                currentWidth = wordWidth
            }
        }
        lines.append(current)
        return lines
    }

    /// The unbreakable pieces of a line, each with the spaces before it.
    private static func words(of line: String) -> [(gap: String, text: String)] {
        var words: [(gap: String, text: String)] = []
        var gap = ""
        var text = ""
        for character in line {
            if character == " " {
                if !text.isEmpty {
                    words.append((gap, text))
                    gap = ""
                    text = ""
                }
                gap.append(character)
                continue
            }
            if let last = text.last, mayBreak(between: last, and: character) {
                words.append((gap, text))
                gap = ""
                text = ""
            }
            text.append(character)
        }
        if !text.isEmpty { words.append((gap, text)) }  // trailing spaces go
        return words
    }

    /// Whether a line may end after `before` and the next begin with `after`
    /// when no space stands between them: beside a wide (CJK) character,
    /// unless punctuation must stay with its neighbour.
    private static func mayBreak(between before: Character, and after: Character) -> Bool {
        if closing.contains(after) || opening.contains(before) { return false }
        return displayWidth(of: before) == 2 || displayWidth(of: after) == 2
    }

    /// Never starts a line.
    private static let closing: Set<Character> = [
        "，", "。", "、", "；", "：", "！", "？", "）", "》", "」", "』", "】", "〕", "〉", "”", "’", "…", "％",
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "%",
    ]
    /// Never ends a line.
    private static let opening: Set<Character> = ["（", "《", "「", "『", "【", "〔", "〈", "“", "‘", "(", "[", "{"]
}
