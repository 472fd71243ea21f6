/// Serialises a `JSONValue` to RFC 8259 text.
///
/// Written by hand rather than through Foundation's encoder so key order is
/// the app's, non-ASCII text stays readable UTF-8 (名字, not \u540d), and the
/// CLI need not load Foundation at start-up.
public struct JSONWriter: Sendable {
    /// Two-space indentation and one member per line; otherwise compact.
    public var pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    /// The document as text, without a trailing newline.
    public func write(_ value: JSONValue) -> String {
        var output = ""
        append(value, to: &output, depth: 0)
        return output
    }

    private func append(_ value: JSONValue, to output: inout String, depth: Int) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .double(let number): output += Self.format(number)
        case .string(let text): Self.appendQuoted(text, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else {
                output += "[]"
                return
            }
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                newline(&output, depth: depth + 1)
                append(element, to: &output, depth: depth + 1)
            }
            newline(&output, depth: depth)
            output += "]"
        case .object(let members):
            guard !members.isEmpty else {
                output += "{}"
                return
            }
            output += "{"
            for (index, (key, member)) in members.enumerated() {
                if index > 0 { output += "," }
                newline(&output, depth: depth + 1)
                Self.appendQuoted(key, to: &output)
                output += pretty ? ": " : ":"
                append(member, to: &output, depth: depth + 1)
            }
            newline(&output, depth: depth)
            output += "}"
        }
    }

    private func newline(_ output: inout String, depth: Int) {
        guard pretty else { return }
        output += "\n"
        output += String(repeating: "  ", count: depth)
    }

    /// Integral doubles that fit an Int64 print as plain integers (3000, not
    /// 3000.0 or 3e+03); JSON has no NaN or infinity, so those become null.
    static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 9.0e18 {
            return String(Int64(number))
        }
        return String(number)  // shortest round-trip form; its exponent syntax is valid JSON
    }

    /// Quotes and escapes per RFC 8259: `"` and `\`, short escapes for the
    /// common controls, `\u00XX` for the other controls. U+2028 and U+2029
    /// are escaped too, so the output is also safe inside JavaScript.
    static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    output += "\\u00" + hexDigit(scalar.value >> 4) + hexDigit(scalar.value & 0xF)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    private static func hexDigit(_ value: UInt32) -> String {
        String(value, radix: 16, uppercase: true)
    }
}

extension JSONValue {
    /// Shorthand for `JSONWriter(pretty:).write(self)`.
    public func serialized(pretty: Bool = false) -> String {
        JSONWriter(pretty: pretty).write(self)
    }
}
