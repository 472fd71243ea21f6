/// Reads CSV records one at a time from a stream of bytes (a file, a pipe),
/// holding only the bytes of the records not yet read: a roster of a
/// million people is read in the memory of a few of its lines.
///
/// The dialect is `CSVReader`'s. The input is taken in segments that end
/// at a line break: in UTF-8 and in GB18030 the bytes CR and LF only ever
/// stand for themselves, so every segment decodes on its own. The encoding
/// is detected (when not given) on the first segment, at least
/// `detectionBytes` long; later segments are decoded in it, and a bad byte
/// there is reported with its offset in the whole input and its line.
///
/// A row longer than `maximumRecordBytes` is an error, so `/dev/zero` or a
/// disk image ends in a message instead of exhausting memory.
public struct CSVStreamReader {
    /// Bytes of input per read.
    public static let chunkBytes = 1 << 16
    /// How much of the input the encoding is detected on, at least.
    public static let detectionBytes = 1 << 20
    /// The longest row (with its quoted line breaks) accepted.
    public static let maximumRecordBytes = 1 << 22

    /// Fills the buffer it is given with the next bytes of the input and
    /// returns how many; 0 at the end.
    public typealias Source = (UnsafeMutableBufferPointer<UInt8>) throws -> Int

    /// The encoding, once the first segment has been read (nil before).
    public private(set) var encoding: TextEncoding?
    private let requested: TextEncoding?
    private let source: Source
    /// Raw bytes read but not yet decoded (a line not yet ended).
    private var raw: [UInt8] = []
    /// Offset in the input of `raw`'s first byte.
    private var rawOffset = 0
    /// Lines (line breaks + 1) before `raw`'s first byte: where a decoding error is.
    private var rawLine = 1
    private var sourceEnded = false
    /// Index in `raw` just past its last LF, if it has one.
    private var rawLineEnd: Int?
    /// Decoded UTF-8; bytes before `complete` end in a line break outside quotes.
    private var text: [UInt8] = []
    private var complete = 0
    /// Whether `text` at `scanned` is inside a quoted field.
    private var scanned = 0
    private var inQuotes = false
    private var parser = CSVRecordParser(startingAt: 0)
    private var readBuffer = [UInt8](repeating: 0, count: chunkBytes)

    /// Bytes held now, read but not yet handed out as records.
    var bufferedBytes: Int { raw.count + text.count }

    /// Reads the input `source` gives, in `encoding` or detecting it when nil.
    public init(encoding: TextEncoding? = nil, source: @escaping Source) {
        requested = encoding
        self.source = source
    }

    /// The next record, or nil at the end of input (and after an error).
    /// Errors of the source are thrown as they are; all others are `CSVError`s.
    public mutating func next() throws -> CSVRecord? {
        while true {
            let endOfInput = sourceEnded && raw.isEmpty
            if parser.offset < complete || endOfInput {
                let limit = endOfInput ? text.count : complete
                var parser = self.parser
                defer { self.parser = parser }
                let record = try text.withUnsafeBufferPointer { buffer throws(CSVError) in
                    try parser.nextRecord(in: UnsafeBufferPointer(rebasing: buffer[0..<limit]), endOfInput: endOfInput)
                }
                if record != nil || endOfInput { return record }
            }
            try fill()
        }
    }

    /// Drops the text parsed, then reads and decodes one more segment.
    private mutating func fill() throws {
        let parsed = parser.offset
        if parsed > 0 {
            text.removeFirst(parsed)
            parser.dropParsed(parsed)
            complete -= parsed
            scanned -= parsed
        }
        let wanted = encoding == nil ? Self.detectionBytes : 1
        var end = segmentEnd(minimum: wanted)
        while end == nil && !sourceEnded {
            guard raw.count < Self.maximumRecordBytes + Self.chunkBytes else {
                throw CSVError(.recordTooLong(limit: Self.maximumRecordBytes), line: rawLine)
            }
            let count = try readBuffer.withUnsafeMutableBufferPointer { try source($0) }
            if count == 0 {
                sourceEnded = true
            } else {
                if let last = readBuffer[0..<count].lastIndex(of: 0x0A) { rawLineEnd = raw.count + last + 1 }
                raw.append(contentsOf: readBuffer[0..<count])
            }
            end = segmentEnd(minimum: wanted)
        }
        let length = end ?? raw.count
        let segment = Array(raw[0..<length])
        raw.removeFirst(length)
        rawLineEnd = nil  // the rest of a segment cut at the last LF has none
        try decode(segment)
        rawOffset += length
        rawLine += segment.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        scan()
        if text.count - complete > Self.maximumRecordBytes {
            throw CSVError(.recordTooLong(limit: Self.maximumRecordBytes), line: rawLine)
        }
    }

    /// Where the segment to decode ends: just past the last LF of `raw`
    /// once `raw` holds at least `minimum` bytes (all of it at the end of input).
    private func segmentEnd(minimum: Int) -> Int? {
        if sourceEnded { return raw.count }
        guard raw.count >= minimum else { return nil }
        return rawLineEnd
    }

    private mutating func decode(_ segment: [UInt8]) throws {
        guard !segment.isEmpty else { return }
        let first = encoding == nil
        do {
            // Only the first segment may start with a byte order mark.
            let decoded = try TextDecoder.decode(segment, as: encoding.map { $0 == .utf8BOM ? .utf8 : $0 } ?? requested)
            if first { encoding = decoded.encoding }
            text.append(contentsOf: decoded.utf8)
        } catch {
            // Offsets and lines are the segment's; the user needs the file's.
            let line = error.line + rawLine - 1
            switch error.reason {
            case .invalidBytes(let encoding, let offset):
                throw CSVError(.invalidBytes(encoding: encoding, byteOffset: offset + rawOffset), line: line)
            case .undetectableEncoding(let utf8, let gb):
                throw CSVError(.undetectableEncoding(utf8ByteOffset: utf8 + rawOffset, gb18030ByteOffset: gb + rawOffset), line: line)
            default:
                throw CSVError(error.reason, line: line, field: error.field)
            }
        }
    }

    /// Moves `complete` past the last line break outside quotes in the new text.
    private mutating func scan() {
        let end = text.count
        var index = scanned
        while index < end {
            let byte = text[index]
            if byte == 0x22 {
                inQuotes.toggle()
            } else if !inQuotes && (byte == 0x0A || byte == 0x0D) {
                // A CR as the last byte may be the first half of a CRLF still unread.
                if byte == 0x0D && index + 1 == end && !(sourceEnded && raw.isEmpty) { break }
                complete = index + 1
            }
            index += 1
        }
        scanned = index
    }
}
