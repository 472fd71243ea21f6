/// Turns file bytes into validated UTF-8, detecting the encoding if asked.
///
/// Rosters arrive as GB18030 or UTF-8 (with or without a BOM) and nobody
/// tells us which. Decoding to UTF-8 bytes once, up front, lets the CSV
/// parser work on plain bytes and guarantees every field it produces is valid
/// UTF-8. Decoding is strict: a bad byte is an error naming its offset and
/// line, never a silent U+FFFD.
public enum TextDecoder {
    /// The outcome of decoding: UTF-8 text without any byte order mark, and
    /// the encoding it was decoded from.
    public struct Decoded: Sendable, Equatable {
        /// The text as well-formed UTF-8, byte order mark removed.
        public let utf8: [UInt8]
        /// The encoding of the original bytes (`.utf8BOM` when a BOM was seen).
        public let encoding: TextEncoding
    }

    /// Works out the encoding of `bytes`: a UTF-8 BOM means `.utf8BOM`; valid
    /// UTF-8 means `.utf8`; otherwise valid GB18030 means `.gb18030`.
    ///
    /// UTF-8 is tried before GB18030 because random GB18030 text is almost
    /// never valid UTF-8, while plenty of UTF-8 text is valid GB18030.
    public static func detect(_ bytes: [UInt8]) throws(CSVError) -> TextEncoding {
        try decode(bytes).encoding
    }

    /// Decodes `bytes` as `encoding`, or detects the encoding when it is nil.
    ///
    /// An explicit `.utf8` or `.utf8BOM` accepts the bytes with or without a
    /// BOM (the difference only matters when writing). When detection fails,
    /// the error carries both failure offsets and the line of the later one,
    /// since the encoding that got further is the more likely intent.
    public static func decode(_ bytes: [UInt8], as encoding: TextEncoding? = nil) throws(CSVError) -> Decoded {
        let hasBOM = bytes.starts(with: TextEncoding.utf8ByteOrderMark)
        if let encoding {
            if encoding == .gb18030 { return Decoded(utf8: try decodeGB18030(bytes), encoding: .gb18030) }
            return try decodeUTF8(bytes, hasBOM: hasBOM, reportAs: encoding)
        }
        if hasBOM { return try decodeUTF8(bytes, hasBOM: true, reportAs: .utf8BOM) }
        guard let utf8Offset = firstInvalidUTF8Offset(bytes) else {
            return Decoded(utf8: bytes, encoding: .utf8)
        }
        do {
            return Decoded(utf8: try decodeGB18030(bytes), encoding: .gb18030)
        } catch {
            guard case .invalidBytes(_, let gbOffset) = error.reason else { throw error }
            let line = LineCounter.line(atByteOffset: max(utf8Offset, gbOffset), in: bytes)
            throw CSVError(.undetectableEncoding(utf8ByteOffset: utf8Offset, gb18030ByteOffset: gbOffset),
                           line: line)
        }
    }

    /// Validates UTF-8 and strips a leading BOM.
    private static func decodeUTF8(_ bytes: [UInt8], hasBOM: Bool, reportAs encoding: TextEncoding)
        throws(CSVError) -> Decoded {
        if let offset = firstInvalidUTF8Offset(bytes) {
            throw CSVError(.invalidBytes(encoding: encoding, byteOffset: offset),
                           line: LineCounter.line(atByteOffset: offset, in: bytes))
        }
        guard hasBOM else { return Decoded(utf8: bytes, encoding: encoding) }
        return Decoded(utf8: Array(bytes.dropFirst(TextEncoding.utf8ByteOrderMark.count)), encoding: .utf8BOM)
    }

    /// Converts GB18030 to UTF-8 through iconv, dropping a GB18030 BOM.
    private static func decodeGB18030(_ bytes: [UInt8]) throws(CSVError) -> [UInt8] {
        var utf8: [UInt8]
        do {
            utf8 = try IconvConverter.convert(bytes, from: "GB18030", to: "UTF-8")
        } catch {
            switch error {
            case .unavailable:
                throw CSVError(.encodingUnavailable(.gb18030), line: 1)
            case .invalidSequence(let offset), .incompleteSequence(let offset):
                throw CSVError(.invalidBytes(encoding: .gb18030, byteOffset: offset),
                               line: LineCounter.line(atByteOffset: offset, in: bytes))
            }
        }
        // GB18030 has its own BOM (84 31 95 33), which iconv turns into U+FEFF.
        if utf8.starts(with: TextEncoding.utf8ByteOrderMark) {
            utf8.removeFirst(TextEncoding.utf8ByteOrderMark.count)
        }
        return utf8
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { UTF8Validator.firstInvalidOffset(in: $0) }
    }
}
