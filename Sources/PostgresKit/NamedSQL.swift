/// SQL written with `:name` parameters, rewritten to libpq's `$1…$n`.
///
/// tracker's SQL names its parameters (`WHERE id = :household_id`) on both
/// stores; libpq numbers them. The rewrite reads the SQL the way the server's
/// lexer does, so a colon inside a string literal, a quoted identifier, a
/// comment or a dollar-quoted body is left alone, and `::` stays a cast.
/// A name used twice becomes one number, bound once.
///
/// Limitation: an array slice with an identifier bound (`a[lo:hi]`) reads
/// as the parameter `:hi`; write `a[lo : hi]` there.
public struct NamedSQL: Sendable, Equatable {
    /// The SQL as written, with `:name` (kept for error messages).
    public let original: String
    /// The SQL sent to the server, with `$1…$n`.
    public let text: String
    /// The parameter names (without the colon) in `$n` order.
    public let names: [String]
    /// Positional parameters (`$1`) written in the SQL, which cannot be bound by name.
    public let positional: [String]

    public init(_ sql: String) {
        let bytes = Array(sql.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var names: [String] = []
        var positional: [String] = []
        var index = 0

        /// Copies bytes up to and including the end of a quoted run that closes
        /// with `quote` (doubled quotes stay inside; `backslash` escapes).
        func copyQuoted(_ quote: UInt8, backslash: Bool) {
            output.append(bytes[index])
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                output.append(byte)
                index += 1
                if backslash && byte == UInt8(ascii: "\\") && index < bytes.count {
                    output.append(bytes[index])
                    index += 1
                } else if byte == quote {
                    if index < bytes.count && bytes[index] == quote {
                        output.append(bytes[index])
                        index += 1
                    } else {
                        return
                    }
                }
            }
        }

        func copy(upTo end: Int) {
            output.append(contentsOf: bytes[index..<end])
            index = end
        }

        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            let previous = index > 0 ? bytes[index - 1] : 0
            switch byte {
            case UInt8(ascii: "'"):
                // E'…' strings take backslash escapes; the E must start a token.
                let escaped = (previous == UInt8(ascii: "E") || previous == UInt8(ascii: "e"))
                    && !(index >= 2 && Self.isIdentifierByte(bytes[index - 2]))
                copyQuoted(UInt8(ascii: "'"), backslash: escaped)
            case UInt8(ascii: "\""):
                copyQuoted(UInt8(ascii: "\""), backslash: false)
            case UInt8(ascii: "-") where next == UInt8(ascii: "-"):
                copy(upTo: bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count)
            case UInt8(ascii: "/") where next == UInt8(ascii: "*"):
                copy(upTo: Self.endOfBlockComment(bytes, from: index))
            case UInt8(ascii: "$") where Self.isIdentifierByte(previous):
                // Part of an identifier such as pg_catalog's x$y.
                copy(upTo: index + 1)
            case UInt8(ascii: "$") where Self.isDigit(next):
                var end = index + 1
                while end < bytes.count && Self.isDigit(bytes[end]) { end += 1 }
                positional.append(String(decoding: bytes[index..<end], as: UTF8.self))
                copy(upTo: end)
            case UInt8(ascii: "$"):
                copy(upTo: Self.endOfDollarQuote(bytes, from: index) ?? index + 1)
            case UInt8(ascii: ":") where next == UInt8(ascii: ":"):
                copy(upTo: index + 2)
            case UInt8(ascii: ":") where Self.isNameStart(next) && previous != UInt8(ascii: ":"):
                var end = index + 1
                while end < bytes.count && Self.isNameByte(bytes[end]) { end += 1 }
                let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                let number: Int
                if let known = names.firstIndex(of: name) {
                    number = known + 1
                } else {
                    names.append(name)
                    number = names.count
                }
                output.append(contentsOf: Array("$\(number)".utf8))
                index = end
            default:
                output.append(byte)
                index += 1
            }
        }
        self.original = sql
        self.text = String(decoding: output, as: UTF8.self)
        self.names = names
        self.positional = positional
    }

    /// Why binding a dictionary with `keys` does not fit this statement, or
    /// nil when it does. Names parameters and the SQL, never a value.
    public func bindingProblem<Keys: Sequence<String>>(keys: Keys) -> String? {
        let given = Set(keys)
        var complaints: [String] = []
        if !positional.isEmpty {
            complaints.append("positional parameters \(positional.joined(separator: ", ")) cannot be bound by name; write :name")
        }
        let wanted = Set(names)
        let missing = wanted.subtracting(given).sorted()
        if !missing.isEmpty {
            complaints.append("no value for \(missing.map { ":" + $0 }.joined(separator: ", "))")
        }
        let extra = given.subtracting(wanted).sorted()
        if !extra.isEmpty {
            let hint = extra.contains { $0.hasPrefix(":") } ? " (keys are written without the colon)" : ""
            complaints.append("the SQL has no parameter \(extra.map { ":" + $0 }.joined(separator: ", "))\(hint)")
        }
        guard !complaints.isEmpty else { return nil }
        return "Named parameters do not match the statement: \(complaints.joined(separator: "; ")): \(original)"
    }

    // MARK: Lexing

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool { isNameStart(byte) || isDigit(byte) }

    /// Bytes that continue an identifier in PostgreSQL (non-ASCII letters included).
    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isNameByte(byte) || byte >= 0x80 || byte == UInt8(ascii: "$")
    }

    /// PostgreSQL block comments nest: `/* a /* b */ c */` is one comment.
    private static func endOfBlockComment(_ bytes: [UInt8], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "/") && bytes[index + 1] == UInt8(ascii: "*") {
                depth += 1
                index += 2
            } else if bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/") {
                depth -= 1
                index += 2
                if depth == 0 { return index }
            } else {
                index += 1
            }
        }
        return bytes.count
    }

    /// The end of a `$tag$ … $tag$` body starting at `start`, or nil when the
    /// `$` does not open one.
    private static func endOfDollarQuote(_ bytes: [UInt8], from start: Int) -> Int? {
        var tagEnd = start + 1
        if tagEnd < bytes.count && (isNameStart(bytes[tagEnd]) || bytes[tagEnd] >= 0x80) {
            while tagEnd < bytes.count && (isNameByte(bytes[tagEnd]) || bytes[tagEnd] >= 0x80) { tagEnd += 1 }
        }
        guard tagEnd < bytes.count, bytes[tagEnd] == UInt8(ascii: "$") else { return nil }
        let tag = bytes[start...tagEnd]
        var search = tagEnd + 1
        while search + tag.count <= bytes.count {
            if bytes[search] == UInt8(ascii: "$") && bytes[search..<(search + tag.count)].elementsEqual(tag) {
                return search + tag.count
            }
            search += 1
        }
        return bytes.count
    }
}
