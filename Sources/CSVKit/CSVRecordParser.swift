/// The byte-level RFC 4180 state machine behind `CSVReader`.
///
/// It works on raw UTF-8 bytes with an index rather than on `Character`s,
/// because grapheme breaking is far too slow for 100,000-row rosters and every
/// byte that matters (`,` `"` CR LF) is ASCII, which never occurs inside a
/// UTF-8 multi-byte sequence. Kept separate from `CSVReader` so the reader's
/// public surface stays small.
struct CSVRecordParser: Sendable {
    private static let comma: UInt8 = 0x2C
    private static let quote: UInt8 = 0x22
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    /// Offset of the next unread byte.
    private var position: Int
    /// 1-based physical line of `position`.
    private var line = 1
    /// Set after the end of input or after an error; parsing never resumes.
    private var finished = false
    /// Reused buffer for quoted fields that contain doubled quotes.
    private var scratch: [UInt8] = []
    /// Field count of the previous record, to size the next one's array.
    private var expectedFieldCount = 8

    /// Starts parsing at `offset` (past a byte order mark, if any).
    init(startingAt offset: Int) {
        position = offset
    }

    /// The offset of the next unread byte.
    var offset: Int { position }

    /// Moves the position back by `count` bytes, after the caller dropped
    /// that many bytes already parsed from the front of its buffer.
    mutating func dropParsed(_ count: Int) {
        position -= count
    }

    /// Parses the record at the current position, or returns nil at the end.
    /// With `endOfInput` false the bytes are the complete records read so
    /// far of a longer input: reaching their end is not the end.
    mutating func nextRecord(in bytes: UnsafeBufferPointer<UInt8>, endOfInput: Bool = true) throws(CSVError) -> CSVRecord? {
        guard !finished else { return nil }
        do {
            let record = try parseRecord(in: bytes)
            if record == nil && endOfInput { finished = true }
            return record
        } catch {
            finished = true
            throw error
        }
    }

    private mutating func parseRecord(in bytes: UnsafeBufferPointer<UInt8>) throws(CSVError) -> CSVRecord? {
        let end = bytes.count
        var index = position
        defer { position = index }
        skipBlankLines(in: bytes, at: &index)
        guard index < end else { return nil }

        let recordLine = line
        var fields: [String] = []
        fields.reserveCapacity(expectedFieldCount)
        while true {
            if index < end, bytes[index] == Self.quote {
                fields.append(try quotedField(in: bytes, at: &index, field: fields.count + 1))
                guard index < end else { break }
                let byte = bytes[index]
                if byte == Self.comma {
                    index += 1
                    continue
                }
                guard byte == Self.lineFeed || byte == Self.carriageReturn else {
                    throw CSVError(.charactersAfterClosingQuote, line: line, field: fields.count)
                }
            } else {
                let start = index
                while index < end {
                    let byte = bytes[index]
                    if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    if byte == Self.quote {
                        throw CSVError(.quoteInUnquotedField, line: line, field: fields.count + 1)
                    }
                    index += 1
                }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                if index < end, bytes[index] == Self.comma {
                    index += 1
                    continue
                }
            }
            break
        }
        consumeLineBreak(in: bytes, at: &index)
        expectedFieldCount = fields.count
        return CSVRecord(line: recordLine, fields: fields)
    }

    /// Parses a quoted field starting at its opening quote; leaves `index`
    /// just past the closing quote.
    private mutating func quotedField(in bytes: UnsafeBufferPointer<UInt8>, at index: inout Int, field: Int)
        throws(CSVError) -> String {
        let end = bytes.count
        let openingLine = line
        index += 1
        var segmentStart = index
        var escaped = false
        while true {
            guard index < end else {
                throw CSVError(.unterminatedQuotedField, line: openingLine, field: field)
            }
            let byte = bytes[index]
            if byte == Self.quote {
                guard index + 1 < end, bytes[index + 1] == Self.quote else { break }
                // A doubled quote: keep the text so far plus one quote.
                if !escaped {
                    scratch.removeAll(keepingCapacity: true)
                    escaped = true
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart...index]))
                index += 2
                segmentStart = index
            } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                consumeLineBreak(in: bytes, at: &index)
            } else {
                index += 1
            }
        }
        let tail = UnsafeBufferPointer(rebasing: bytes[segmentStart..<index])
        index += 1
        guard escaped else { return String(decoding: tail, as: UTF8.self) }
        scratch.append(contentsOf: tail)
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Skips lines with no bytes at all; see `CSVReader` for why.
    private mutating func skipBlankLines(in bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) {
        while index < bytes.count, bytes[index] == Self.lineFeed || bytes[index] == Self.carriageReturn {
            consumeLineBreak(in: bytes, at: &index)
        }
    }

    /// Consumes one LF, CRLF or lone CR at `index`, if present, counting a line.
    private mutating func consumeLineBreak(in bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) {
        guard index < bytes.count else { return }
        let byte = bytes[index]
        if byte == Self.lineFeed {
            index += 1
        } else if byte == Self.carriageReturn {
            index += 1
            if index < bytes.count, bytes[index] == Self.lineFeed { index += 1 }
        } else {
            return
        }
        line += 1
    }
}
