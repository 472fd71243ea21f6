/// A stored number written as a spreadsheet shows it: plain digits, never
/// an exponent, at most 15 significant digits (what Excel keeps and shows).
///
/// A 19-digit 户编号 typed as a number is stored as 3.7290112345678899E+18;
/// read as text that must be 3729011234567890000, the digits the user sees
/// in the cell, not "3.729E+18". The arithmetic is done on the decimal
/// digits of the stored literal, so no binary rounding creeps in.
enum ShownNumber {
    static let significantDigits = 15

    /// The shown text of `literal` (an xsd:double as stored in `<v>`), or nil
    /// when it is not a number. `padding` is the width of a `000000` format.
    static func text(_ literal: String, padding: Int = 0) -> String? {
        var digits: [UInt8] = []
        var exponent = 0  // the value is 0.d1d2d3… × 10^exponent
        var negative = false
        var seenPoint = false
        var seenDigit = false
        var index = literal.utf8.startIndex
        let bytes = literal.utf8
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index = bytes.index(after: index)
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                seenDigit = true
                if digits.isEmpty && byte == UInt8(ascii: "0") {
                    if seenPoint { exponent -= 1 }  // leading zeros after the point shift the value down
                } else {
                    digits.append(byte - UInt8(ascii: "0"))
                    if !seenPoint { exponent += 1 }
                }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                let rest = String(literal[literal.utf8.index(after: index)...])
                guard seenDigit, let shift = Int(rest.hasPrefix("+") ? String(rest.dropFirst()) : rest),
                    abs(shift) < 400
                else { return nil }
                exponent += shift
                index = bytes.endIndex
                break
            } else {
                return nil
            }
            index = bytes.index(after: index)
        }
        guard seenDigit else { return nil }
        if digits.isEmpty { return padded("0", to: padding, negative: false) }

        // Round half away from zero to 15 significant digits.
        if digits.count > significantDigits {
            let roundUp = digits[significantDigits] >= 5
            digits.removeSubrange(significantDigits...)
            if roundUp {
                var position = digits.count - 1
                while position >= 0 {
                    if digits[position] == 9 {
                        digits[position] = 0
                        position -= 1
                    } else {
                        digits[position] += 1
                        break
                    }
                }
                if position < 0 {
                    digits.insert(1, at: 0)
                    digits.removeLast()
                    exponent += 1
                }
            }
        }
        while digits.last == 0 { digits.removeLast() }
        if digits.isEmpty { return padded("0", to: padding, negative: false) }

        var text = ""
        if exponent <= 0 {
            text = "0." + String(repeating: "0", count: -exponent) + digits.map(String.init).joined()
        } else if exponent >= digits.count {
            text = digits.map(String.init).joined() + String(repeating: "0", count: exponent - digits.count)
        } else {
            text = digits[..<exponent].map(String.init).joined() + "." + digits[exponent...].map(String.init).joined()
        }
        return padded(text, to: padding, negative: negative)
    }

    private static func padded(_ text: String, to width: Int, negative: Bool) -> String {
        let zeros = text.contains(".") ? 0 : max(0, width - text.count)
        return (negative ? "-" : "") + String(repeating: "0", count: zeros) + text
    }
}
