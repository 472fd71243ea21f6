/// Reads RFC 4180 CSV records one at a time from an in-memory file.
///
/// Dialect, chosen for Excel-made rosters:
/// - fields are separated by `,`; records end with CRLF, LF, or a lone CR
///   (old Mac Excel); a final line break is optional;
/// - a field starting with `"` is quoted: it may contain `,`, line breaks and
///   doubled quotes `""`, and must be followed by `,`, a line break or the end;
/// - a leading UTF-8 byte order mark is skipped;
/// - completely empty lines are skipped, not read as a record with one empty
///   field, because Excel and hand edits leave stray blank lines and a
///   one-empty-field row is never a real household; a line holding `""` is
///   still a record with one empty field;
/// - rows may have different field counts: that is the importer's concern,
///   so it can name the row and the expected count.
///
/// The reader holds the decoded bytes but hands out one record per `next()`
/// call, so a 100,000-row roster is never materialised as records all at once.
/// After an error (or the end) `next()` returns nil: a CSV with broken quoting
/// cannot be resynchronised reliably, so we do not guess.
public struct CSVReader: Sendable {
    /// The encoding the input was decoded from.
    public let encoding: TextEncoding
    private let bytes: [UInt8]
    private var parser: CSVRecordParser

    /// Reads file bytes in `encoding`, or detects the encoding when nil
    /// (see `TextDecoder.decode(_:as:)`).
    public init(bytes: [UInt8], encoding: TextEncoding? = nil) throws(CSVError) {
        let decoded = try TextDecoder.decode(bytes, as: encoding)
        self.init(validatedUTF8: decoded.utf8, encoding: decoded.encoding)
    }

    /// Reads bytes that must be UTF-8 (with or without a BOM); invalid UTF-8
    /// is an error rather than a replacement character.
    public init(utf8: [UInt8]) throws(CSVError) {
        try self.init(bytes: utf8, encoding: .utf8)
    }

    /// Reads UTF-8 from a buffer, copying it so the reader owns its input.
    public init(utf8 buffer: UnsafeRawBufferPointer) throws(CSVError) {
        try self.init(utf8: Array(buffer))
    }

    /// Reads a string; convenient for tests and small inline tables.
    public init(string: String) {
        self.init(validatedUTF8: Array(string.utf8), encoding: .utf8)
    }

    private init(validatedUTF8: [UInt8], encoding: TextEncoding) {
        bytes = validatedUTF8
        self.encoding = encoding
        let bomLength = TextEncoding.utf8ByteOrderMark.count
        parser = CSVRecordParser(startingAt: validatedUTF8.starts(with: TextEncoding.utf8ByteOrderMark) ? bomLength : 0)
    }

    /// The next record, or nil at the end of input (and after an error).
    public mutating func next() throws(CSVError) -> CSVRecord? {
        try bytes.withUnsafeBufferPointer { (buffer) throws(CSVError) -> CSVRecord? in
            try parser.nextRecord(in: buffer)
        }
    }

    /// All remaining records.
    public mutating func readAll() throws(CSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() { records.append(record) }
        return records
    }

    /// Decodes (or detects) and reads every record of `bytes`.
    public static func readAll(_ bytes: [UInt8], encoding: TextEncoding? = nil) throws(CSVError) -> [CSVRecord] {
        var reader = try CSVReader(bytes: bytes, encoding: encoding)
        return try reader.readAll()
    }
}
