/// Maps a byte offset to a 1-based physical line number.
///
/// Encoding errors are found by byte offset, but people look for lines. The
/// rule matches `CSVReader`: LF, CRLF and a lone CR each end one line. It is
/// valid for GB18030 input too, because GB18030 multi-byte sequences never
/// contain the bytes 0x0A or 0x0D.
enum LineCounter {
    /// The line containing the byte at `offset` (clamped to the input).
    static func line(atByteOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
            } else if byte == 0x0D {
                // A CR followed by LF is counted at the LF.
                if index + 1 >= bytes.count || bytes[index + 1] != 0x0A { line += 1 }
            }
            index += 1
        }
        return line
    }

    /// Array convenience for `line(atByteOffset:in:)`.
    static func line(atByteOffset offset: Int, in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { line(atByteOffset: offset, in: $0) }
    }
}
