/// Builds a ZIP archive in memory (PKWARE APPNOTE 6.3, no ZIP64).
///
/// Entries carry a fixed timestamp (1980-01-01, the format's epoch), so the
/// same contents always give the same bytes: a report made again from the
/// same data is byte-identical. Names are flagged as UTF-8 (bit 11).
public struct ZipWriter {
    public enum Method: Sendable {
        /// Kept as is (method 0).
        case stored
        /// DEFLATE through zlib (method 8); stored instead when that is not smaller.
        case deflated
    }

    private var body: [UInt8] = []
    private var directory: [UInt8] = []
    private var entryCount = 0

    public init() {}

    /// Appends one file. Throws when the archive would need ZIP64.
    public mutating func add(_ name: String, _ data: [UInt8], method: Method = .deflated) throws(ZipError) {
        guard data.count < Int(UInt32.max), body.count < Int(UInt32.max), entryCount < Int(UInt16.max) else {
            throw .tooLargeToWrite
        }
        var stored = data
        var methodCode: UInt16 = 0
        if method == .deflated {
            let compressed = Deflate.compress(data)
            if compressed.count < data.count {
                stored = compressed
                methodCode = 8
            }
        }
        let name = Array(name.utf8)
        guard name.count <= Int(UInt16.max) else { throw .tooLargeToWrite }
        let crc = crc32(of: data)
        let offset = UInt32(body.count)

        var local: [UInt8] = []
        local.appendLittleEndian(UInt32(0x0403_4b50))
        Self.appendCommonFields(to: &local, method: methodCode, crc: crc, compressed: stored.count, size: data.count,
                                nameLength: name.count)
        local.appendLittleEndian(UInt16(0))  // extra field length
        body += local
        body += name
        body += stored

        directory.appendLittleEndian(UInt32(0x0201_4b50))
        directory.appendLittleEndian(UInt16(0x0314))  // made by: Unix, spec 2.0
        Self.appendCommonFields(to: &directory, method: methodCode, crc: crc, compressed: stored.count,
                                size: data.count, nameLength: name.count)
        directory.appendLittleEndian(UInt16(0))  // extra field length
        directory.appendLittleEndian(UInt16(0))  // comment length
        directory.appendLittleEndian(UInt16(0))  // disk number
        directory.appendLittleEndian(UInt16(0))  // internal attributes
        directory.appendLittleEndian(UInt32(0o100600) << 16)  // external: a regular file, owner read/write
        directory.appendLittleEndian(offset)
        directory += name
        entryCount += 1
    }

    /// The whole archive: entries, central directory, end record.
    public func bytes() throws(ZipError) -> [UInt8] {
        guard body.count + directory.count < Int(UInt32.max) else { throw .tooLargeToWrite }
        var end: [UInt8] = []
        end.appendLittleEndian(UInt32(0x0605_4b50))
        end.appendLittleEndian(UInt16(0))  // this disk
        end.appendLittleEndian(UInt16(0))  // disk holding the directory
        end.appendLittleEndian(UInt16(entryCount))
        end.appendLittleEndian(UInt16(entryCount))
        end.appendLittleEndian(UInt32(directory.count))
        end.appendLittleEndian(UInt32(body.count))
        end.appendLittleEndian(UInt16(0))  // comment length
        return body + directory + end
    }

    /// The fields a local header and a central directory entry share, from
    /// "version needed" to the name length.
    private static func appendCommonFields(to record: inout [UInt8], method: UInt16, crc: UInt32, compressed: Int,
                                           size: Int, nameLength: Int) {
        record.appendLittleEndian(UInt16(20))  // version needed: 2.0 (deflate)
        record.appendLittleEndian(UInt16(0x0800))  // flags: UTF-8 names
        record.appendLittleEndian(method)
        record.appendLittleEndian(UInt16(0))  // time 00:00:00
        record.appendLittleEndian(UInt16(0x0021))  // date 1980-01-01
        record.appendLittleEndian(crc)
        record.appendLittleEndian(UInt32(compressed))
        record.appendLittleEndian(UInt32(size))
        record.appendLittleEndian(UInt16(nameLength))
    }
}
