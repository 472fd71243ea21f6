/// ZIP's records are little-endian; these append and read its 2- and 4-byte fields.
extension Array where Element == UInt8 {
    mutating func appendLittleEndian(_ value: UInt16) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
    }

    mutating func appendLittleEndian(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}

/// Bounds-checked little-endian reads: every offset comes from the file, so
/// none may be trusted to lie inside it.
struct ByteView {
    let bytes: [UInt8]

    func uint16(at offset: Int) throws(ZipError) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { throw .truncated }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    func uint32(at offset: Int) throws(ZipError) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { throw .truncated }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
    }

    func slice(_ offset: Int, count: Int) throws(ZipError) -> ArraySlice<UInt8> {
        guard offset >= 0, count >= 0, offset <= bytes.count, count <= bytes.count - offset else { throw .truncated }
        return bytes[offset..<(offset + count)]
    }
}
