import CZlib

/// The CRC-32 ZIP stores for each entry (zlib's, the same polynomial).
public func crc32(of bytes: [UInt8]) -> UInt32 {
    var crc: uLong = CZlib.crc32(0, nil, 0)
    var offset = 0
    // zlib takes a 32-bit length; feed large inputs in pieces.
    while offset < bytes.count {
        let count = min(bytes.count - offset, 1 << 30)
        crc = bytes.withUnsafeBufferPointer { CZlib.crc32(crc, $0.baseAddress! + offset, uInt(count)) }
        offset += count
    }
    return UInt32(truncatingIfNeeded: crc)
}
