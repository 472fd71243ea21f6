import CSVKit

/// The order a Chinese reader expects of towns, villages, names and codes,
/// as bytes that compare with memcmp (SQLite's `ORDER BY` on a blob).
///
/// Chinese characters go by pinyin: GB2312 arranged its 3,755 common
/// characters (the first level, GB18030 bytes B0A1–D7F9) in pinyin order, so
/// their GB18030 bytes are the key; rarer characters follow by radical, as in
/// that standard. Runs of digits compare as numbers, so H2 comes before H10,
/// and Latin letters ignore case. Digits come first, then Latin text, then
/// Chinese, then anything else.
public enum ChineseSortKey {
    public static func key(_ text: String) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count * 2)
        var digits: [UInt8] = []
        func flushDigits() {
            guard !digits.isEmpty else { return }
            // Leading zeros say nothing about the number: 007 sits with 7.
            let significant = digits.drop { $0 == 0x30 }
            key.append(Marker.number)
            key.append(UInt8(clamping: significant.count))
            key.append(contentsOf: significant)
            digits.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x30...0x39).contains(value) {
                digits.append(UInt8(value))
                continue
            }
            flushDigits()
            if value < 0x80 {
                key.append(Marker.latin)
                key.append((0x41...0x5A).contains(value) ? UInt8(value + 0x20) : UInt8(value))
            } else if let code = Self.gb18030(scalar) {
                key.append(Marker.chinese)
                key.append(UInt8(code >> 8))
                key.append(UInt8(code & 0xFF))
            } else {
                key.append(Marker.other)
                key.append(UInt8((value >> 16) & 0xFF))
                key.append(UInt8((value >> 8) & 0xFF))
                key.append(UInt8(value & 0xFF))
            }
        }
        flushDigits()
        return key
    }

    /// What kind of element follows; numbers sort before letters, as in ASCII.
    private enum Marker {
        static let number: UInt8 = 1
        static let latin: UInt8 = 2
        static let chinese: UInt8 = 3
        static let other: UInt8 = 4
    }

    /// The two-byte GB18030 code of a CJK unified ideograph, or nil.
    static func gb18030(_ scalar: Unicode.Scalar) -> UInt16? {
        let index = Int(scalar.value) - Int(Self.firstIdeograph)
        guard index >= 0, index < Self.twoByteCodes.count else { return nil }
        let code = Self.twoByteCodes[index]
        return code == 0 ? nil : code
    }

    private static let firstIdeograph: UInt32 = 0x4E00
    private static let lastIdeograph: UInt32 = 0x9FFF

    /// GB18030 codes of U+4E00…U+9FFF, built once with iconv (one call for
    /// the whole block); 0 where GB18030 needs four bytes or iconv is missing.
    private static let twoByteCodes: [UInt16] = {
        var text = ""
        text.unicodeScalars.append(contentsOf: (firstIdeograph...lastIdeograph).compactMap(Unicode.Scalar.init))
        let count = Int(lastIdeograph - firstIdeograph + 1)
        guard let bytes = try? TextEncoder.encode(text, as: .gb18030) else { return Array(repeating: 0, count: count) }
        var codes: [UInt16] = []
        codes.reserveCapacity(count)
        var offset = 0
        while offset + 1 < bytes.count, codes.count < count {
            // A second byte 0x30–0x39 marks a four-byte sequence (rare characters).
            if (0x30...0x39).contains(bytes[offset + 1]) {
                codes.append(0)
                offset += 4
            } else {
                codes.append(UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1]))
                offset += 2
            }
        }
        return codes.count == count ? codes : Array(repeating: 0, count: count)
    }()
}
