/// A spelling reduced to what matters when matching user input against an
/// enum's accepted spellings.
///
/// Input comes from command lines and spreadsheet cells: stray spaces, `Food`
/// for `food`, `not met` for `not_met`. Only ASCII letters are folded, since
/// Chinese has no case and full Unicode case folding would need Foundation.
struct SpellingKey: Hashable, Sendable {
    private let folded: String

    init(_ text: String) {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.trimmingWhitespace().unicodeScalars {
            switch scalar {
            case "A"..."Z": result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            case " ", "-": result.unicodeScalars.append("_")
            default: result.unicodeScalars.append(scalar)
            }
        }
        folded = result
    }

    var isEmpty: Bool { folded.isEmpty }
}
