/// Strict UTF-8 validation over raw bytes.
///
/// We need the offset of the first bad byte (to tell the user where), which
/// the standard library's validating initialisers do not report, and we must
/// never let invalid bytes reach `String(decoding:)`, which would silently
/// substitute U+FFFD. Follows the well-formed byte table of Unicode §3.9
/// (no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Validator {
    /// The offset of the first byte that starts an ill-formed sequence, or
    /// `nil` when all of `bytes` is well-formed UTF-8.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < count {
            // ASCII fast path: eight bytes at a time while none has the high bit.
            while index + 8 <= count,
                  raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { break }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = base[index + 1]
            guard second >= low, second <= high else { return index }
            var next = index + 2
            while next < index + length {
                guard base[next] & 0xC0 == 0x80 else { return index }
                next += 1
            }
            index += length
        }
        return nil
    }
}
