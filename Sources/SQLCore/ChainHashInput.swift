/// The bytes one link of a hash chain is computed over: an unambiguous
/// encoding of SQL values (a type tag, for text and blobs a length, then
/// the bytes), so no two different rows encode alike.
///
/// The same encoding is used by the `chain_sha256` SQL function, which the
/// audit triggers call when an entry is written (on PostgreSQL, the
/// tracker_chain_* functions of Migrations/postgresql/0013), and by the check that
/// recomputes every link from the stored rows: both sides must agree bit
/// for bit. The buffer is reused between links to avoid an allocation per row.
public struct ChainHashInput {
    public private(set) var bytes: [UInt8] = []

    public init() { bytes.reserveCapacity(1024) }

    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    public mutating func appendNull() { bytes.append(UInt8(ascii: "N")) }

    public mutating func appendInteger(_ value: Int64) {
        bytes.append(UInt8(ascii: "I"))
        appendWord(UInt64(bitPattern: value))
    }

    public mutating func appendReal(_ value: Double) {
        bytes.append(UInt8(ascii: "R"))
        appendWord(value.bitPattern)
    }

    public mutating func appendText(_ utf8: UnsafeRawBufferPointer) {
        bytes.append(UInt8(ascii: "T"))
        appendWord(UInt64(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    public mutating func appendBlob(_ data: UnsafeRawBufferPointer) {
        bytes.append(UInt8(ascii: "B"))
        appendWord(UInt64(data.count))
        bytes.append(contentsOf: data)
    }

    public mutating func appendBlob(_ data: [UInt8]) {
        data.withUnsafeBytes { appendBlob($0) }
    }

    /// A value as its storage class says: the encoding of the value read
    /// back from either engine.
    public mutating func append(_ value: SQLValue) {
        switch value {
        case .null: appendNull()
        case .integer(let number): appendInteger(number)
        case .real(let number): appendReal(number)
        case .text(let text): appendText(text)
        case .blob(let bytes): appendBlob(bytes)
        }
    }

    public mutating func appendText(_ text: String) {
        var copy = text
        copy.withUTF8 { appendText(UnsafeRawBufferPointer($0)) }
    }

    /// SHA-256 of everything appended so far (32 bytes).
    public func digest() -> [UInt8] {
        bytes.withUnsafeBytes { SHA256.digest($0) }
    }

    /// The same digest written into `out` (resized to 32 bytes once, then
    /// reused): no allocation per link when checking millions of them.
    public func digest(into out: inout [UInt8]) {
        if out.count != SHA256.byteCount { out = [UInt8](repeating: 0, count: SHA256.byteCount) }
        bytes.withUnsafeBytes { message in out.withUnsafeMutableBytes { SHA256.digest(message, into: $0) } }
    }

    private mutating func appendWord(_ word: UInt64) {
        withUnsafeBytes(of: word.bigEndian) { bytes.append(contentsOf: $0) }
    }
}
