/// A small, non-validating XML 1.0 reader for the parts of a workbook.
///
/// Office parts use a sliver of XML: elements, attributes, character data,
/// the five predefined entities, character references, CDATA, comments and
/// processing instructions. That is all this accepts. A DOCTYPE is refused,
/// so no entity can be defined and none expanded (no "billion laughs", no
/// external entity reading local files); nesting depth is bounded and end
/// tags must match, so a damaged part is an error, never a crash.
public struct XMLPullParser {
    public static let maximumDepth = 128

    private let bytes: [UInt8]
    private var position = 0
    private var open: [String] = []
    private var pendingEnd: String?
    private var sawRoot = false

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte order mark may precede the declaration.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next event, or nil at the end of a well-formed document.
    public mutating func next() throws(XMLError) -> XMLEvent? {
        if let name = pendingEnd {
            pendingEnd = nil
            open.removeLast()
            return .end(name: name)
        }
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let text = try readText()
                if open.isEmpty {
                    guard text.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }) else {
                        throw failure(.malformed("text outside the root element"))
                    }
                    continue
                }
                return .text(text)
            }
            guard position + 1 < bytes.count else { throw failure(.malformed("the part ends inside a tag")) }
            switch bytes[position + 1] {
            case UInt8(ascii: "?"):
                try skip(past: "?>")
            case UInt8(ascii: "!"):
                if hasPrefix("<!--") {
                    try skip(past: "-->")
                } else if hasPrefix("<![CDATA[") {
                    guard !open.isEmpty else { throw failure(.malformed("CDATA outside the root element")) }
                    let start = position + 9
                    try skip(past: "]]>")
                    return .text(try string(bytes[start..<(position - 3)]))
                } else if hasPrefix("<!DOCTYPE") {
                    throw failure(.doctype)
                } else {
                    throw failure(.malformed("an unknown <! construct"))
                }
            case UInt8(ascii: "/"):
                return try readEndTag()
            default:
                return try readStartTag()
            }
        }
        if let name = open.last { throw failure(.malformed("the part ends before </\(name)>")) }
        if !sawRoot { throw failure(.malformed("no root element")) }
        return nil
    }

    // MARK: Tags

    private mutating func readStartTag() throws(XMLError) -> XMLEvent {
        if open.isEmpty && sawRoot { throw failure(.malformed("a second root element")) }
        position += 1
        let name = try readName()
        var attributes: [String: String] = [:]
        while true {
            skipSpaces()
            guard position < bytes.count else { throw failure(.malformed("the part ends inside <\(name)>")) }
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                position += 1
                break
            }
            if byte == UInt8(ascii: "/") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                    throw failure(.malformed("a stray / in <\(name)>"))
                }
                position += 2
                pendingEnd = name
                break
            }
            let attribute = try readName()
            skipSpaces()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw failure(.malformed("attribute \(attribute) of <\(name)> has no value"))
            }
            position += 1
            skipSpaces()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
            else { throw failure(.malformed("attribute \(attribute) of <\(name)> is not quoted")) }
            let quote = bytes[position]
            position += 1
            let start = position
            while position < bytes.count, bytes[position] != quote {
                if bytes[position] == UInt8(ascii: "<") { throw failure(.malformed("< inside an attribute value")) }
                position += 1
            }
            guard position < bytes.count else { throw failure(.malformed("attribute \(attribute) is not closed")) }
            attributes[attribute] = try decode(bytes[start..<position])
            position += 1
        }
        open.append(name)
        sawRoot = true
        if open.count > Self.maximumDepth { throw failure(.tooDeep) }
        return .start(name: name, attributes: attributes)
    }

    private mutating func readEndTag() throws(XMLError) -> XMLEvent {
        position += 2
        let name = try readName()
        skipSpaces()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
            throw failure(.malformed("</\(name) is not closed"))
        }
        position += 1
        guard let expected = open.last else { throw failure(.malformed("</\(name)> without a start tag")) }
        guard expected == name else { throw failure(.malformed("</\(name)> where </\(expected)> was expected")) }
        open.removeLast()
        return .end(name: name)
    }

    /// A name, returned without its namespace prefix.
    private mutating func readName() throws(XMLError) -> String {
        let start = position
        var colon: Int?
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
                || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "'") {
                break
            }
            if byte == UInt8(ascii: ":") { colon = position }
            position += 1
        }
        guard position > start else { throw failure(.malformed("a tag or attribute without a name")) }
        let local = (colon.map { $0 + 1 } ?? start)..<position
        guard !local.isEmpty else { throw failure(.malformed("a name ending in a colon")) }
        return try string(bytes[local])
    }

    // MARK: Text

    private mutating func readText() throws(XMLError) -> String {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
        return try decode(bytes[start..<position])
    }

    /// Character data with entity and character references replaced.
    private func decode(_ slice: ArraySlice<UInt8>) throws(XMLError) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return try string(slice) }
        var result = ""
        var index = slice.startIndex
        var runStart = index
        while index < slice.endIndex {
            guard slice[index] == UInt8(ascii: "&") else {
                index += 1
                continue
            }
            result += try string(slice[runStart..<index])
            guard let semicolon = slice[index...].firstIndex(of: UInt8(ascii: ";")), semicolon - index <= 12 else {
                throw failure(.malformed("an & that starts no entity (write &amp;)"))
            }
            let name = String(decoding: slice[(index + 1)..<semicolon], as: UTF8.self)
            result.unicodeScalars.append(try Self.entity(name, failure: failure))
            index = semicolon + 1
            runStart = index
        }
        result += try string(slice[runStart..<index])
        return result
    }

    private static func entity(_ name: String, failure: (XMLError.Reason) -> XMLError) throws(XMLError) -> Unicode.Scalar {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            var value: UInt32?
            if name.hasPrefix("#x") {
                value = UInt32(name.dropFirst(2), radix: 16)
            } else if name.hasPrefix("#") {
                value = UInt32(name.dropFirst(), radix: 10)
            }
            guard let value, let scalar = Unicode.Scalar(value), XMLText.isAllowed(scalar) else {
                throw failure(.unknownEntity(name))
            }
            return scalar
        }
    }

    private func string(_ slice: ArraySlice<UInt8>) throws(XMLError) -> String {
        guard let text = String(validating: slice, as: UTF8.self) else { throw failure(.invalidUTF8) }
        return text
    }

    // MARK: Moving

    private func hasPrefix(_ literal: String) -> Bool {
        bytes[position...].starts(with: literal.utf8)
    }

    private mutating func skip(past terminator: String) throws(XMLError) {
        let pattern = Array(terminator.utf8)
        var index = position
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                position = index + pattern.count
                return
            }
            index += 1
        }
        throw failure(.malformed("the part ends before \(terminator)"))
    }

    private mutating func skipSpaces() {
        while position < bytes.count,
            bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\n")
                || bytes[position] == UInt8(ascii: "\r") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
    }

    private func failure(_ reason: XMLError.Reason) -> XMLError {
        let end = min(position, bytes.count)
        let line = 1 + bytes[..<end].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        return XMLError(reason: reason, line: line)
    }
}
