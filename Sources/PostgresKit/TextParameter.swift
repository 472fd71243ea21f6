import CLibPQ

#if canImport(Glibc)
import Glibc
#endif

/// One parameter in libpq's text format: the text the server's input
/// function reads, and the type it should read it as.
///
/// Integers, doubles, booleans and bytea name their type, so the server
/// never guesses. Text and NULL go as `unknown` (type 0), exactly like a
/// quoted literal: the server gives them the type of the column or operator
/// they meet, so a text value fills a date or numeric column as 'literal'
/// would. The C string is owned here and freed by `release()`.
struct TextParameter {
    // pg_type OIDs (fixed in every PostgreSQL release).
    static let unknownType: Oid = 0
    static let boolType: Oid = 16
    static let byteaType: Oid = 17
    static let int8Type: Oid = 20
    static let float8Type: Oid = 701

    let type: Oid
    /// nil sends SQL NULL.
    let text: UnsafeMutablePointer<CChar>?

    init(_ value: PostgresValue, name: String, sql: String) throws {
        switch value {
        case .null:
            type = Self.unknownType
            text = nil
            return
        case .text(let string):
            // C strings end at NUL, and PostgreSQL text cannot hold one:
            // refuse rather than send a silently shortened value.
            if string.utf8.contains(0) {
                throw PostgresError(sqlState: "22021",
                                    message: "text for :\(name) contains a NUL character, which PostgreSQL text cannot hold",
                                    sql: sql)
            }
            type = Self.unknownType
            text = strdup(string)
        case .int64(let number):
            type = Self.int8Type
            text = strdup(String(number))
        case .double(let number):
            type = Self.float8Type
            // Swift prints the shortest text that reads back as the same
            // double; float8in reads "inf", "-inf" and "nan" as well.
            text = strdup(String(number))
        case .bool(let flag):
            type = Self.boolType
            text = strdup(flag ? "t" : "f")
        case .bytea(let bytes):
            type = Self.byteaType
            text = strdup(Hex.byteaText(bytes))
        }
    }

    func release() { free(text) }
}

/// bytea's hex text format: `\x` and two lowercase digits per byte.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func byteaText(_ bytes: [UInt8]) -> String {
        var text: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "x")]
        text.reserveCapacity(2 + bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The bytes of bytea hex text (`\x0aff`), or nil when it is not that format.
    static func bytes(fromByteaText text: UnsafePointer<CChar>, length: Int) -> [UInt8]? {
        let raw = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        guard length >= 2, length % 2 == 0, raw[0] == UInt8(ascii: "\\"), raw[1] == UInt8(ascii: "x") else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity((length - 2) / 2)
        var index = 2
        while index < length {
            guard let high = value(raw[index]), let low = value(raw[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        return bytes
    }

    private static func value(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
