/// One CSV record: its fields and the physical line where it starts.
///
/// The line is kept because the importer validates records long after the
/// parser has moved on and must still say "line 17". Rows may be ragged;
/// `count` lets the importer report that instead of the reader rejecting it.
public struct CSVRecord: Sendable, Equatable {
    /// 1-based physical line of the record's first byte. A record whose
    /// quoted fields contain line breaks spans several lines; this is the first.
    public let line: Int
    /// The field values, unquoted and unescaped, in order.
    public let fields: [String]

    /// Creates a record; used by the reader and handy in tests.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// The number of fields in this record.
    public var count: Int { fields.count }

    /// The field at `index` (0-based); traps when out of range, like arrays.
    public subscript(index: Int) -> String { fields[index] }
}
