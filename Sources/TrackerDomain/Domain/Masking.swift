/// Masks personal data (ID numbers, phones) for display.
///
/// Lists and reports show these masked unless the user asks to reveal them,
/// so a screen or a forwarded spreadsheet does not leak a whole number. The
/// usual Chinese forms are kept where they apply (`3729**********1234`,
/// `138****5678`); any other value shows at most half its characters,
/// preferring the end, by which people recognise a number.
public enum Masking {
    /// An ID number: first 4 and last 4 of 18 characters; of other lengths
    /// (old 15-digit numbers, typos) never more than half.
    public static func idNumber(_ value: String) -> String {
        mask(value, keepingFirst: 4, last: 4)
    }

    /// A phone number: a mobile (11 digits) as `138****5678`; anything else
    /// (landlines, short numbers) shows at most half.
    public static func phone(_ value: String) -> String {
        let characters = Array(value)
        if characters.count == 11, characters.allSatisfy(ASCIIDigits.isDigit) {
            return String(characters[0..<3]) + "****" + String(characters[7...])
        }
        return mask(value, keepingFirst: 3, last: 4)
    }

    /// `value` with all but the first `first` and last `last` characters
    /// replaced by `*`, cutting both (the start first) until at most half
    /// the characters show.
    public static func mask(_ value: String, keepingFirst first: Int, last: Int) -> String {
        let characters = Array(value)
        let budget = characters.count / 2
        let keepLast = min(last, budget)
        let keepFirst = min(first, budget - keepLast)
        let hidden = characters.count - keepFirst - keepLast
        return String(characters[0..<keepFirst]) + String(repeating: "*", count: hidden)
            + String(characters[(characters.count - keepLast)...])
    }
}
