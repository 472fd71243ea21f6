/// Why reading, decoding or encoding CSV failed, and where.
///
/// Errors carry the 1-based physical line so that the importer can tell an
/// office worker "line 17" and they can find it in their spreadsheet. All
/// failures of the module share this one type so callers need one `catch`.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// A `"` appeared inside a field that did not start with a quote,
        /// e.g. `ab"c`. RFC 4180 forbids it; guessing intent would silently
        /// shift columns.
        case quoteInUnquotedField
        /// Something other than a comma or line break followed the closing
        /// quote of a quoted field, e.g. `"ab"c`.
        case charactersAfterClosingQuote
        /// A quoted field was never closed; `line` is where its quote opened.
        case unterminatedQuotedField
        /// The bytes are not valid in `encoding`; `byteOffset` is the 0-based
        /// offset of the first offending byte in the input.
        case invalidBytes(encoding: TextEncoding, byteOffset: Int)
        /// The input is neither valid UTF-8 nor valid GB18030. The offsets are
        /// where each attempt failed, so the user can look at both spots.
        case undetectableEncoding(utf8ByteOffset: Int, gb18030ByteOffset: Int)
        /// A character cannot be represented in `encoding`; `byteOffset` is
        /// its offset in the UTF-8 text being encoded.
        case unrepresentableCharacter(encoding: TextEncoding, byteOffset: Int)
        /// The system's iconv does not provide the conversion.
        case encodingUnavailable(TextEncoding)
        /// A record (a line, or several inside quotes) runs on for more than
        /// `limit` bytes: not a table (`/dev/zero`, a disk image), or a
        /// quoted field that never ends.
        case recordTooLong(limit: Int)
    }

    /// The reason for the failure.
    public let reason: Reason
    /// 1-based physical line of the input (or of the output being encoded).
    public let line: Int
    /// 1-based field number within the record, when the error is about a field.
    public let field: Int?

    /// Creates an error; `field` is the 1-based field number if known.
    public init(_ reason: Reason, line: Int, field: Int? = nil) {
        self.reason = reason
        self.line = line
        self.field = field
    }

    /// A one-line English explanation, e.g. "line 17, field 3: a quote ...".
    public var description: String {
        var place = "line \(line)"
        if let field { place += ", field \(field)" }
        switch reason {
        case .quoteInUnquotedField:
            return "\(place): a quote (\") inside a field that does not start with a quote"
        case .charactersAfterClosingQuote:
            return "\(place): characters after the closing quote of a quoted field"
        case .unterminatedQuotedField:
            return "\(place): a quoted field opened here is never closed"
        case .invalidBytes(let encoding, let offset):
            return "\(place): not valid \(encoding.displayName) (byte \(offset)); save the file as UTF-8 or GB18030"
        case .undetectableEncoding(let utf8Offset, let gbOffset):
            return "\(place): text is neither UTF-8 (invalid at byte \(utf8Offset)) "
                + "nor GB18030 (invalid at byte \(gbOffset))"
        case .unrepresentableCharacter(let encoding, let offset):
            return "\(place): a character at byte offset \(offset) cannot be written in \(encoding.displayName)"
        case .encodingUnavailable(let encoding):
            return "the system iconv cannot convert \(encoding.displayName)"
        case .recordTooLong(let limit):
            return "\(place): a row longer than \(limit >> 20) MiB; this is not a table of rows (or a quoted field never ends)"
        }
    }
}
