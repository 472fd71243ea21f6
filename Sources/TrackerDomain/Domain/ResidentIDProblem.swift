import Bilingual

/// Why a resident ID number was refused, precisely enough to find the typo.
///
/// Positions are 1-based, as a person counts characters on the card.
public enum ResidentIDProblem: Hashable, Sendable {
    /// Neither 18 characters nor the old 15.
    case length(Int)
    /// A character other than a digit (or a final X on 18-character numbers).
    case nonDigit(position: Int, character: Character)
    /// The check character does not match the first 17 digits.
    case checkCharacter(expected: Character, found: Character)
    /// An area code starting with 0 or 9, which no region has.
    case areaCode(String)
    /// The embedded birth date (YYYYMMDD) is not a real date.
    case impossibleBirthDate(String)
    /// The embedded birth date is before 1900.
    case birthBefore1900(CalendarDate)
    /// The embedded birth date is after today.
    case birthInFuture(CalendarDate)

    /// The reason in `language`.
    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.length(let count), .zh): "长度为 \(count) 位，应为 18 位（或旧式 15 位）"
        case (.length(let count), .en): "\(count) characters; expected 18 (or the old 15)"
        case (.nonDigit(let position, let character), .zh): "第 \(position) 位“\(character)”不是数字"
        case (.nonDigit(let position, let character), .en): "character \(position) ('\(character)') is not a digit"
        case (.checkCharacter(let expected, let found), .zh): "校验码错误：应为 \(expected)，实为 \(found)"
        case (.checkCharacter(let expected, let found), .en): "bad check character: expected \(expected), got \(found)"
        case (.areaCode(let code), .zh): "地区码 \(code) 无效（首位应为 1–8）"
        case (.areaCode(let code), .en): "area code \(code) is not valid (first digit must be 1–8)"
        case (.impossibleBirthDate(let text), .zh): "出生日期 \(text) 不存在"
        case (.impossibleBirthDate(let text), .en): "impossible birth date \(text)"
        case (.birthBefore1900(let date), .zh): "出生日期 \(date) 早于 1900 年"
        case (.birthBefore1900(let date), .en): "birth date \(date) is before 1900"
        case (.birthInFuture(let date), .zh): "出生日期 \(date) 晚于今天"
        case (.birthInFuture(let date), .en): "birth date \(date) is in the future"
        }
    }
}
