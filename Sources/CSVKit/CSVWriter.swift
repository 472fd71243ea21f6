/// Builds CSV files that county offices open in Excel.
///
/// Quoting follows RFC 4180: a field is quoted when it contains a comma, a
/// quote, CR or LF, and also when it starts or ends with a space, because
/// some readers trim unquoted whitespace. Quotes are doubled and every record
/// ends with CRLF, which is what Excel itself writes. The first field of the
/// file is also quoted when it starts with `ID`, because Excel otherwise
/// mistakes a BOM-less file for a SYLK file and refuses to open it.
public struct CSVWriter: Sendable {
    /// How a `.code` cell that starts with a digit is kept as text.
    ///
    /// The obvious tricks are unsafe or lossy: `="0012"` is a formula (it
    /// would defeat formula neutralisation, and other tools evaluate it); a
    /// leading `'` is shown literally by Excel when it opens a CSV.
    public enum CodeStyle: Sendable, Equatable {
        /// Write the digits as they are. Excel will turn them into a number;
        /// use for files meant for programs rather than people.
        case plain
        /// Prefix a horizontal tab (the default). Excel then keeps the cell
        /// as text with every digit, and the convention is widespread in
        /// Chinese government exports, so staff's tools already expect it.
        /// It cannot execute: OWASP lists a leading tab as dangerous only
        /// because some programs strip it and then see `=`/`+`/`-`/`@`, but
        /// here it is followed by a digit. It is ASCII, so it survives
        /// GB18030 / code page 936, and it is whitespace that importers trim.
        case tabPrefix
        /// Prefix U+200B ZERO WIDTH SPACE. Invisible in Excel, but it is not
        /// in GBK (code page 936, which Chinese Excel uses for "ANSI" CSV),
        /// so it shows as garbage there, and an invisible character inside an
        /// ID number breaks lookups silently. Offered for UTF-8 files only.
        case zeroWidthSpacePrefix
    }

    /// What to write and how careful to be.
    public struct Options: Sendable, Equatable {
        /// Output encoding; UTF-8 with a BOM by default because that is what
        /// current Excel opens correctly everywhere.
        public var encoding: TextEncoding
        /// Neutralise formula injection (OWASP): a `.text` cell starting with
        /// `=`, `+`, `-`, `@`, tab or CR gets a leading `'`.
        public var spreadsheetSafe: Bool
        /// How `.code` cells are kept as text.
        public var codeStyle: CodeStyle

        /// Options with safe defaults: UTF-8 with BOM, spreadsheet-safe,
        /// tab-prefixed codes.
        public init(encoding: TextEncoding = .utf8BOM, spreadsheetSafe: Bool = true, codeStyle: CodeStyle = .tabPrefix) {
            self.encoding = encoding
            self.spreadsheetSafe = spreadsheetSafe
            self.codeStyle = codeStyle
        }
    }

    /// The options this writer was created with.
    public let options: Options
    /// The CSV written so far, as UTF-8; encoded only at the end so GB18030
    /// errors are found once, with a line number.
    private var utf8: [UInt8] = []
    private var isFirstField = true

    /// Creates an empty writer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Appends one record of typed cells. A record of one empty cell is
    /// written as `""`, because a blank line is skipped by readers (ours
    /// included); an empty array writes a blank line, i.e. no record.
    public mutating func writeRecord(_ cells: [CSVCell]) {
        if cells.count == 1, cells[0].isEmpty {
            isFirstField = false
            utf8.append(contentsOf: [0x22, 0x22])
        }
        for (index, cell) in cells.enumerated() {
            if index > 0 { utf8.append(0x2C) }
            append(cell)
        }
        utf8.append(0x0D)
        utf8.append(0x0A)
    }

    /// Appends the records `other` wrote, as if written here: for a file
    /// whose rows were rendered in parts (on several threads). `other`
    /// must not have begun the file, so its first field is not treated
    /// as the file's (see `continuing`).
    public mutating func append(_ other: CSVWriter) {
        precondition(other.options == options, "parts of one file are written with the same options")
        utf8.append(contentsOf: other.utf8)
        if !other.utf8.isEmpty { isFirstField = false }
    }

    /// A writer for records that come after the start of a file, whose first
    /// field is therefore not the file's first (the `ID` rule does not apply).
    public static func continuing(options: Options) -> CSVWriter {
        var writer = CSVWriter(options: options)
        writer.isFirstField = false
        return writer
    }

    /// Appends one record whose fields are all `.text`.
    public mutating func writeRecord(_ fields: [String]) {
        writeRecord(fields.map(CSVCell.text))
    }

    /// The file so far in `options.encoding`; throws when a character cannot
    /// be encoded (GB18030), naming its line.
    public func bytes() throws(CSVError) -> [UInt8] {
        try TextEncoder.encode(utf8: utf8, as: options.encoding)
    }

    /// What is written before a cell's own text: the mark that neutralises
    /// a formula or keeps a code as text. None of these bytes is one that
    /// makes a field quoted, nor a space, nor `I`.
    private enum Mark {
        case none, apostrophe, tab, zeroWidthSpace
    }

    /// Appends the cell, neutralised and marked as `options` say, quoted when needed.
    ///
    /// Cells are written straight from each string's UTF-8 storage, with no
    /// intermediate string: a county's report is 1.5 million cells.
    private mutating func append(_ cell: CSVCell) {
        switch cell {
        case .text(var text):
            text.withUTF8 { appendField(neutralisation($0), $0) }
        case .number(var literal):
            literal.withUTF8 { appendField(Self.isNumberLiteral($0) ? .none : neutralisation($0), $0) }
        case .code(var code):
            code.withUTF8 { bytes in
                guard let first = bytes.first, (0x30...0x39).contains(first) else {
                    return appendField(neutralisation(bytes), bytes)
                }
                switch options.codeStyle {
                case .plain: appendField(.none, bytes)
                case .tabPrefix: appendField(.tab, bytes)
                case .zeroWidthSpacePrefix: appendField(.zeroWidthSpace, bytes)
                }
            }
        }
    }

    /// A leading `'` for text a spreadsheet would run as a formula (OWASP).
    private func neutralisation(_ text: UnsafeBufferPointer<UInt8>) -> Mark {
        guard options.spreadsheetSafe, let first = text.first else { return .none }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
            return .apostrophe
        default:
            return .none
        }
    }

    /// Appends the field `mark` + `text`, quoted when it must be.
    private mutating func appendField(_ mark: Mark, _ text: UnsafeBufferPointer<UInt8>) {
        // A mark is never a space, so the field starts with one only when unmarked.
        var needsQuotes = (mark == .none && text.first == 0x20) || text.last == 0x20
        if isFirstField {
            isFirstField = false
            if mark == .none && text.starts(with: "ID".utf8) { needsQuotes = true }
        }
        if !needsQuotes {
            for byte in text where byte == 0x2C || byte == 0x22 || byte == 0x0D || byte == 0x0A {
                needsQuotes = true
                break
            }
        }
        if needsQuotes { utf8.append(0x22) }
        switch mark {
        case .none: break
        case .apostrophe: utf8.append(UInt8(ascii: "'"))
        case .tab: utf8.append(0x09)
        case .zeroWidthSpace: utf8.append(contentsOf: [0xE2, 0x80, 0x8B])
        }
        guard needsQuotes else {
            utf8.append(contentsOf: text)
            return
        }
        for byte in text {
            if byte == 0x22 { utf8.append(0x22) }
            utf8.append(byte)
        }
        utf8.append(0x22)
    }

    /// True for `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`.
    static func isNumberLiteral(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isNumberLiteral($0) }
    }

    static func isNumberLiteral(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func skip(_ wanted: (UInt8) -> Bool) -> Bool {
            guard index < text.count, wanted(text[index]) else { return false }
            index += 1
            return true
        }
        func digits() -> Int {
            let start = index
            while index < text.count, (0x30...0x39).contains(text[index]) { index += 1 }
            return index - start
        }
        _ = skip { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        var mantissa = digits()
        if skip({ $0 == UInt8(ascii: ".") }) { mantissa += digits() }
        guard mantissa > 0 else { return false }
        if skip({ $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            _ = skip { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
            guard digits() > 0 else { return false }
        }
        return index == text.count
    }
}
