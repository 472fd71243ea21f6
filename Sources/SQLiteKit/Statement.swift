import CSQLite

/// A prepared statement: bind parameters, step through rows, read columns.
///
/// Owned by one `Connection` and used from one place; not Sendable.
public final class Statement {
    let handle: OpaquePointer
    /// The SQL text, kept for error messages (never the bound values).
    public let sql: String
    private let connection: OpaquePointer
    /// Built on first use: a prepared statement's columns and parameters do not change.
    private var columnIndex: ColumnIndex?
    private var parameterNameList: [String]?
    /// The parameters' names without the colon, in index order; nil when
    /// any parameter is positional. Built once, for `bind(named:)`.
    private(set) lazy var parameterKeys: [String]? = parameterNames.allSatisfy { $0.hasPrefix(":") }
        ? parameterNames.map { String($0.dropFirst()) } : nil

    init(connection: OpaquePointer, sql: String) throws {
        var statement: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        let code = sql.withCString { sqlite3_prepare_v3(connection, $0, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, &tail) }
        guard code == SQLITE_OK, let statement else {
            throw SQLiteError.from(connection, code: code, sql: sql)
        }
        // One statement per Statement: trailing SQL would silently never run.
        if let tail, tail.pointee != 0 {
            let rest = String(cString: tail).trimmingSQLWhitespace()
            if !rest.isEmpty {
                sqlite3_finalize(statement)
                preconditionFailure("Statement holds more than one SQL statement: \(sql)")
            }
        }
        self.handle = statement
        self.sql = sql
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    public func columnName(_ index: Int) -> String {
        String(cString: sqlite3_column_name(handle, Int32(index)))
    }

    /// The result columns by name, resolved once for this statement.
    public var columns: ColumnIndex {
        if let columnIndex { return columnIndex }
        let index = ColumnIndex(names: (0..<columnCount).map(columnName), sql: sql)
        columnIndex = index
        return index
    }

    /// Each parameter as written in the SQL, in index order: `:name`, `?3`,
    /// or `?` for a bare positional one.
    public var parameterNames: [String] {
        if let parameterNameList { return parameterNameList }
        let names = (0..<parameterCount).map { offset in
            sqlite3_bind_parameter_name(handle, Int32(offset + 1)).map { String(cString: $0) } ?? "?"
        }
        parameterNameList = names
        return names
    }

    /// Clears bindings and rewinds, ready for the next run.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds one value to the 1-based parameter index; only `bind(named:)`
    /// calls it, so values are bound by name everywhere else.
    func bind(_ value: SQLiteValue, at index: Int) throws {
        precondition(index >= 1 && index <= parameterCount, "Bind index \(index) out of range: \(sql)")
        let position = Int32(index)
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, position)
        case .integer(let number):
            code = sqlite3_bind_int64(handle, position, number)
        case .real(let number):
            code = sqlite3_bind_double(handle, position, number)
        case .text(let text):
            // Explicit byte length keeps embedded NULs; TRANSIENT makes SQLite
            // copy before the Swift buffer goes away.
            var copy = text
            code = copy.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    // An empty string still needs a non-NULL pointer, else SQLite binds NULL.
                    let empty: StaticString = ""
                    let start = chars.baseAddress
                        ?? UnsafeRawPointer(empty.utf8Start).assumingMemoryBound(to: CChar.self)
                    return sqlite3_bind_text64(handle, position, start, sqlite3_uint64(chars.count),
                                               csqlite_transient(), UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { buffer in
                // A zero-length blob needs a non-NULL pointer, else SQLite binds NULL.
                sqlite3_bind_blob64(handle, position, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1),
                                    sqlite3_uint64(buffer.count), csqlite_transient())
            }
        }
        guard code == SQLITE_OK else { throw SQLiteError.from(connection, code: code, sql: sql) }
    }

    /// Advances to the next row; false when done.
    @discardableResult
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = SQLiteError.from(connection, code: code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    // MARK: Reading the current row

    public func isNull(_ column: Int) -> Bool {
        sqlite3_column_type(handle, Int32(column)) == SQLITE_NULL
    }

    public func int64(_ column: Int) -> Int64 { sqlite3_column_int64(handle, Int32(column)) }
    public func int(_ column: Int) -> Int { Int(int64(column)) }
    public func double(_ column: Int) -> Double { sqlite3_column_double(handle, Int32(column)) }

    /// The column as text; "" for NULL. Use `optionalText` where NULL matters.
    public func text(_ column: Int) -> String {
        let index = Int32(column)
        guard let pointer = sqlite3_column_text(handle, index) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    public func optionalText(_ column: Int) -> String? { isNull(column) ? nil : text(column) }
    public func optionalInt64(_ column: Int) -> Int64? { isNull(column) ? nil : int64(column) }
    public func optionalInt(_ column: Int) -> Int? { isNull(column) ? nil : int(column) }
    public func optionalDouble(_ column: Int) -> Double? { isNull(column) ? nil : double(column) }

    public func blob(_ column: Int) -> [UInt8] {
        let index = Int32(column)
        let count = Int(sqlite3_column_bytes(handle, index))
        guard count > 0, let pointer = sqlite3_column_blob(handle, index) else { return [] }
        return Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    /// The column as a value of its own storage class.
    public func value(_ column: Int) -> SQLiteValue {
        switch sqlite3_column_type(handle, Int32(column)) {
        case SQLITE_NULL: .null
        case SQLITE_INTEGER: .integer(int64(column))
        case SQLITE_FLOAT: .real(double(column))
        case SQLITE_BLOB: .blob(blob(column))
        default: .text(text(column))
        }
    }

    /// Every column of the current row, readable by position or by name.
    public func row() -> Row {
        Row(values: (0..<columnCount).map(value), columns: columns)
    }
}

extension String {
    /// Drops whitespace and `--` / `/* */` comments, to see whether SQL remains.
    func trimmingSQLWhitespace() -> String {
        var result = Substring(self)
        while true {
            result = result.drop { $0.isWhitespace || $0 == ";" }
            if result.hasPrefix("--") {
                result = result.drop { $0 != "\n" }
            } else if result.hasPrefix("/*"), let end = result.firstRange(of: "*/") {
                result = result[end.upperBound...]
            } else {
                return String(result)
            }
        }
    }
}
