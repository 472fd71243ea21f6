/// Turns text into file bytes in one of the supported encodings.
///
/// Reports go to county offices whose Excel may expect GB18030 or UTF-8 with
/// a BOM. Encoding is strict: a character GB18030 cannot hold is an error,
/// never a `?` that corrupts a household member's name unnoticed.
public enum TextEncoder {
    /// Encodes `text` as `encoding`; `.utf8BOM` prepends EF BB BF.
    public static func encode(_ text: String, as encoding: TextEncoding) throws(CSVError) -> [UInt8] {
        try encode(utf8: Array(text.utf8), as: encoding)
    }

    /// Encodes bytes that are already well-formed UTF-8 (callers guarantee it;
    /// within the module they always come from `String`).
    static func encode(utf8: [UInt8], as encoding: TextEncoding) throws(CSVError) -> [UInt8] {
        switch encoding {
        case .utf8:
            return utf8
        case .utf8BOM:
            return TextEncoding.utf8ByteOrderMark + utf8
        case .gb18030:
            do {
                return try IconvConverter.convert(utf8, from: "UTF-8", to: "GB18030")
            } catch {
                switch error {
                case .unavailable:
                    throw CSVError(.encodingUnavailable(.gb18030), line: 1)
                case .invalidSequence(let offset), .incompleteSequence(let offset):
                    throw CSVError(.unrepresentableCharacter(encoding: .gb18030, byteOffset: offset),
                                   line: LineCounter.line(atByteOffset: offset, in: utf8))
                }
            }
        }
    }
}
