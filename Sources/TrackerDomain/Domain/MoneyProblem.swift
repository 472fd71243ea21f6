import Bilingual

/// Why an amount of money was refused.
public enum MoneyProblem: Hashable, Sendable {
    /// Nothing but whitespace.
    case empty
    /// A character that has no place in an amount (a letter, a second sign).
    case invalidCharacter(Character)
    /// More than two decimals: fen is the smallest unit, and rounding
    /// silently would change what the user wrote.
    case tooManyDecimals(Int)
    /// Thousands separators not in groups of three (`12,34`).
    case misplacedSeparator
    /// No digits where digits are needed (`-`, `12.`, `1.2.3`).
    case malformed
    /// Too large to count in fen.
    case outOfRange

    /// The reason in `language`.
    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.empty, .zh): "为空"
        case (.empty, .en): "it is empty"
        case (.invalidCharacter(let character), .zh): "含有无效字符“\(character)”"
        case (.invalidCharacter(let character), .en): "unexpected character '\(character)'"
        case (.tooManyDecimals(let count), .zh): "小数位数为 \(count)，最多 2 位（分）"
        case (.tooManyDecimals(let count), .en): "\(count) decimals; at most 2 (fen)"
        case (.misplacedSeparator, .zh): "千位分隔符位置不对（应每三位一组，如 1,234.50）"
        case (.misplacedSeparator, .en): "thousands separators must group three digits (1,234.50)"
        case (.malformed, .zh): "应为以元计的数字，如 1234.56"
        case (.malformed, .en): "expected a number of yuan such as 1234.56"
        case (.outOfRange, .zh): "数额过大"
        case (.outOfRange, .en): "the amount is too large"
        }
    }
}
