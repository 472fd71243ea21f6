/// How many terminal columns a string occupies.
///
/// `String.count` is wrong for tables and help: 赵丁先 is three characters but
/// six columns. This follows the East Asian Width property closely enough for
/// the text `tracker` shows (Chinese names, places, notes, the odd emoji),
/// without a table-driven Unicode database that would slow start-up:
/// - Wide and Fullwidth characters (CJK ideographs and their extensions, CJK
///   punctuation, kana, Hangul, fullwidth forms, emoji) count 2;
/// - combining marks, zero-width joiners and other format characters, and
///   control characters count 0;
/// - everything else counts 1. Ambiguous-width characters (…, ─) count 1,
///   which is how terminals outside CJK legacy modes draw them.
public func displayWidth(of text: String) -> Int {
    var total = 0
    for character in text {
        total += displayWidth(of: character)
    }
    return total
}

/// The columns one grapheme cluster occupies: the widest of its scalars, and
/// 2 when an emoji presentation selector (U+FE0F) turns a text symbol into an
/// emoji (❤️).
public func displayWidth(of character: Character) -> Int {
    var width = 0
    for scalar in character.unicodeScalars {
        if scalar.value == 0xFE0F, width == 1 { return 2 }
        width = max(width, scalarWidth(scalar))
    }
    return width
}

private func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }  // fast path for Latin text
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control:
        return 0  // checked first: kana sound marks (U+3099) sit inside a wide block
    default:
        if isWide(value) { return 2 }
        // Hangul medial vowels and final consonants join the preceding syllable.
        return (0x1160...0x11FF).contains(value) ? 0 : 1
    }
}

/// East Asian Wide (W) and Fullwidth (F) ranges, sorted so the search can stop early.
private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK punctuation
    0x3041...0x33FF,  // kana, Bopomofo, Hangul compatibility jamo, enclosed CJK
    0x3400...0x4DBF,  // CJK extension A
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xA000...0xA4CF,  // Yi
    0xA960...0xA97F,  // Hangul jamo extended A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility and small forms
    0xFF00...0xFF60,  // fullwidth forms
    0xFFE0...0xFFE6,
    0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,  // Tangut, kana supplement
    0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
    0x1F1E6...0x1F1FF,  // regional indicators: a pair is one flag
    0x1F200...0x1F251,  // enclosed ideographic supplement
    0x1F300...0x1F64F,  // pictographs, emoticons
    0x1F680...0x1F6FF,  // transport and map symbols
    0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,
    0x20000...0x2FFFD, 0x30000...0x3FFFD,  // CJK extensions B and beyond
]

private func isWide(_ value: UInt32) -> Bool {
    for range in wideRanges {
        if value < range.lowerBound { return false }
        if value <= range.upperBound { return true }
    }
    return false
}
