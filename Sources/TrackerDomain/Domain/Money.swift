/// An amount of money in whole fen (0.01 yuan).
///
/// Incomes, measures and poverty lines are summed and compared; whole fen
/// in an `Int64` keeps sums exact where binary floating point would drift,
/// and matches the `amount_fen` columns in SQL.
public struct Money: Comparable, Hashable, Sendable, AdditiveArithmetic, CustomStringConvertible {
    /// The amount in fen; negative for losses (net business income can be).
    public var fen: Int64

    public init(fen: Int64) {
        self.fen = fen
    }

    /// A whole number of yuan.
    public init(yuan: Int64) {
        self.fen = yuan * 100
    }

    public static let zero = Money(fen: 0)

    /// Reads an amount of yuan as people write it: `1234`, `1234.5`,
    /// `1234.56`, `-300`, `1,234.50`, optionally with `¥`/`￥` before or `元`
    /// after.
    ///
    /// More than two decimals is refused rather than rounded, and thousands
    /// separators must group three digits, so a misplaced comma or point is
    /// reported, not recorded as a different amount.
    public init(_ text: String) throws(DomainError) {
        func fail(_ problem: MoneyProblem) -> DomainError { .invalidMoney(value: text, problem: problem) }
        var rest = Substring(text.trimmingWhitespace())
        guard !rest.isEmpty else { throw fail(.empty) }
        var negative = false
        if let sign = rest.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            rest = rest.dropFirst()
        }
        if let symbol = rest.first, symbol == "¥" || symbol == "￥" { rest = rest.dropFirst() }
        if rest.last == "元" { rest = rest.dropLast() }

        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw fail(.malformed) }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        if let bad = (whole + fraction).first(where: { !ASCIIDigits.isDigit($0) && $0 != "," }) {
            throw fail(.invalidCharacter(bad))
        }
        if fraction.contains(",") { throw fail(.misplacedSeparator) }
        guard !whole.isEmpty, parts.count == 1 || !fraction.isEmpty else { throw fail(.malformed) }
        guard fraction.count <= 2 else { throw fail(.tooManyDecimals(fraction.count)) }

        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                throw fail(.misplacedSeparator)
            }
        }
        let digits = groups.joined()
        guard let yuan = ASCIIDigits.value(digits.utf8), yuan <= Int(Int64.max / 100) - 1 else {
            throw fail(.outOfRange)
        }
        let cents = fraction.isEmpty ? 0 : ASCIIDigits.value(fraction.utf8)! * (fraction.count == 1 ? 10 : 1)
        let magnitude = Int64(yuan) * 100 + Int64(cents)
        self.fen = negative ? -magnitude : magnitude
    }

    /// The amount `text` names, or nil.
    public static func parse(_ text: String) -> Money? {
        try? Money(text)
    }

    /// Yuan with two decimals, no separators: `1234.50`, `-300.00`. This is
    /// what CSV and JSON carry, so spreadsheets read it as a number.
    public var description: String { formatted(grouping: false) }

    /// Yuan with two decimals; with `grouping`, thousands separated by
    /// commas (`1,234.50`) for tables people read.
    public func formatted(grouping: Bool) -> String {
        let magnitude = fen.magnitude
        var yuan = String(magnitude / 100)
        if grouping, yuan.count > 3 {
            var grouped = ""
            for (index, digit) in yuan.enumerated() {
                if index > 0, (yuan.count - index) % 3 == 0 { grouped.append(",") }
                grouped.append(digit)
            }
            yuan = grouped
        }
        let cents = magnitude % 100
        return (fen < 0 ? "-" : "") + yuan + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// The amount per person among `people` (household size), rounded half
    /// away from zero to whole fen: 100.00 among 3 is 33.33, 0.05 among 2
    /// is 0.03, −0.05 among 2 is −0.03. `people` must be positive; the
    /// schema keeps household sizes in 1–99.
    public func perCapita(among people: Int) -> Money {
        precondition(people > 0, "per-capita amount among \(people) people")
        let divisor = Int64(people)
        let (quotient, remainder) = fen.quotientAndRemainder(dividingBy: divisor)
        guard remainder.magnitude * 2 >= divisor.magnitude else { return Money(fen: quotient) }
        return Money(fen: quotient + (fen < 0 ? -1 : 1))
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }
    public static prefix func - (value: Money) -> Money { Money(fen: -value.fen) }
}
