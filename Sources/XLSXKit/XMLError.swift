/// Why an XML part of a workbook could not be read.
public struct XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// A document type declaration: refused outright, because it is how
        /// entity expansion attacks (a "billion laughs") and external entities get in.
        case doctype
        /// `&name;` other than the five XML predefines, or a bad character reference.
        case unknownEntity(String)
        /// Not well-formed: a tag, attribute or nesting error.
        case malformed(String)
        /// Bytes that are not UTF-8 (the only encoding Office packages use in practice).
        case invalidUTF8
        /// Deeper nesting than any workbook part needs.
        case tooDeep
    }

    public let reason: Reason
    /// 1-based line of the problem in the part.
    public let line: Int

    public var description: String {
        let what =
            switch reason {
            case .doctype: "a DOCTYPE declaration (refused: entity definitions are not allowed)"
            case .unknownEntity(let name): "an undefined entity &\(name);"
            case .malformed(let detail): detail
            case .invalidUTF8: "bytes that are not UTF-8"
            case .tooDeep: "elements nested too deeply"
            }
        return "line \(line): \(what)"
    }
}
