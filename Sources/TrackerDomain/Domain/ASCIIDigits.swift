/// Reading fixed-width ASCII digit fields (dates, ID numbers) without
/// Foundation's scanners.
package enum ASCIIDigits {
    /// The value of UTF-8 `bytes` if they are only ASCII digits, else nil.
    /// No bytes, or a value that overflows `Int`, is nil too.
    package static func value<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var result = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (times, overflowA) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflowA, !overflowB else { return nil }
            result = sum
        }
        return result
    }

    /// Whether `character` is one of ASCII 0–9 (not any Unicode digit:
    /// full-width ４ is refused, since SQL compares bytes).
    static func isDigit(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9")
    }

    /// `value` zero-padded to `width` digits.
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + padding + digits
    }
}
