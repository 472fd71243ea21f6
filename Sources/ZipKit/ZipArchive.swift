/// A ZIP archive read from memory: its central directory, and each entry's
/// contents on request.
///
/// Every offset and size comes from the file and is checked before use; the
/// sizes are checked against `ZipLimits` before anything is inflated, and the
/// CRC of every inflated entry is verified. Handles what spreadsheet programs
/// write: stored and deflated entries, data descriptors (the central
/// directory's sizes are used), UTF-8 or legacy names. Refuses ZIP64, split
/// archives and encryption with a clear error.
public struct ZipArchive: Sendable {
    public struct Entry: Sendable, Equatable {
        public let name: String
        public let uncompressedSize: Int
        let compressedSize: Int
        let method: UInt16
        let flags: UInt16
        let crc: UInt32
        let localHeaderOffset: Int
    }

    public let entries: [Entry]
    private let bytes: [UInt8]

    public init(_ bytes: [UInt8], limits: ZipLimits = .standard) throws(ZipError) {
        self.bytes = bytes
        let view = ByteView(bytes: bytes)
        let end = try Self.findEndRecord(view)
        let disk = try view.uint16(at: end + 4), directoryDisk = try view.uint16(at: end + 6)
        let onDisk = Int(try view.uint16(at: end + 8)), total = Int(try view.uint16(at: end + 10))
        let directorySize = Int(try view.uint32(at: end + 12)), directoryOffset = Int(try view.uint32(at: end + 16))
        if disk != 0 || directoryDisk != 0 || onDisk != total { throw .unsupported("a split (multi-volume) archive") }
        if total == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw .unsupported("ZIP64")
        }
        guard total <= limits.maximumEntries else {
            throw .archiveTooLarge("\(total) entries; at most \(limits.maximumEntries) are read")
        }
        guard directoryOffset + directorySize <= end else { throw .truncated }

        var entries: [Entry] = []
        var offset = directoryOffset
        var totalSize = 0
        for _ in 0..<total {
            guard try view.uint32(at: offset) == 0x0201_4b50 else {
                throw .corrupt("central directory entry \(entries.count + 1) has a bad signature")
            }
            let flags = try view.uint16(at: offset + 8)
            let method = try view.uint16(at: offset + 10)
            let crc = try view.uint32(at: offset + 16)
            let compressed = Int(try view.uint32(at: offset + 20)), size = Int(try view.uint32(at: offset + 24))
            let nameLength = Int(try view.uint16(at: offset + 28)), extraLength = Int(try view.uint16(at: offset + 30))
            let commentLength = Int(try view.uint16(at: offset + 32))
            let localOffset = Int(try view.uint32(at: offset + 42))
            let nameBytes = try view.slice(offset + 46, count: nameLength)
            let name = Self.decodeName(nameBytes)
            if compressed == 0xFFFF_FFFF || size == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
                throw .unsupported("ZIP64")
            }
            if size > limits.maximumEntrySize {
                throw .entryTooLarge(entry: name, limit: limits.maximumEntrySize)
            }
            totalSize += size
            if totalSize > limits.maximumTotalSize {
                throw .archiveTooLarge("the entries inflate to more than \(limits.maximumTotalSize) bytes")
            }
            entries.append(Entry(name: name, uncompressedSize: size, compressedSize: compressed, method: method,
                                 flags: flags, crc: crc, localHeaderOffset: localOffset))
            offset += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The entry called `name` (the first, should a broken writer repeat one).
    public func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The inflated contents of `entry`, CRC checked.
    public func contents(of entry: Entry) throws(ZipError) -> [UInt8] {
        if entry.flags & 0x0001 != 0 { throw .encrypted(entry: entry.name) }
        let view = ByteView(bytes: bytes)
        let header = entry.localHeaderOffset
        guard try view.uint32(at: header) == 0x0403_4b50 else {
            throw .corrupt("\(entry.name) has a bad local header")
        }
        // The local header's own name and extra lengths say where the data starts;
        // its sizes may be zero (a data descriptor follows), so those come from the directory.
        let nameLength = Int(try view.uint16(at: header + 26)), extraLength = Int(try view.uint16(at: header + 28))
        let data = try view.slice(header + 30 + nameLength + extraLength, count: entry.compressedSize)
        let contents: [UInt8]
        switch entry.method {
        case 0:
            guard data.count == entry.uncompressedSize else {
                throw .corrupt("\(entry.name) is stored with two different sizes")
            }
            contents = Array(data)
        case 8:
            contents = try Deflate.decompress(data, expectedSize: entry.uncompressedSize, entry: entry.name)
        default:
            throw .unsupported("compression method \(entry.method) (\(entry.name)); save the file again")
        }
        guard crc32(of: contents) == entry.crc else { throw .corrupt("\(entry.name) fails its CRC check") }
        return contents
    }

    /// The offset of the end-of-central-directory record: the last one in
    /// the final 64 KiB + 22 bytes (the record ends with a comment of up to 65,535 bytes).
    private static func findEndRecord(_ view: ByteView) throws(ZipError) -> Int {
        let bytes = view.bytes
        guard bytes.count >= 22 else { throw .notAZip }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var offset = bytes.count - 22
        while offset >= lowest {
            if bytes[offset] == 0x50, bytes[offset + 1] == 0x4b, bytes[offset + 2] == 0x05, bytes[offset + 3] == 0x06 {
                return offset
            }
            offset -= 1
        }
        throw .notAZip
    }

    /// Names are UTF-8 when flagged (bit 11); older writers use the PC's code
    /// page, but the parts of an Office package have ASCII names, so bytes
    /// that are not UTF-8 become replacement characters rather than a refusal.
    private static func decodeName(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
