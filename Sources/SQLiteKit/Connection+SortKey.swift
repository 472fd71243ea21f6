import CSQLite

extension Connection {
    /// Defines `name(text)`, a deterministic SQL function returning the blob
    /// `key(text)` (NULL for NULL), for `ORDER BY name(column)`.
    ///
    /// A sort key rather than a collation: SQLite evaluates an ORDER BY
    /// expression once per row and sorts the stored results with memcmp, so
    /// a key costs n calls where a collation costs n log n comparisons, each
    /// crossing into Swift. The function lives on this connection only and
    /// never in the schema, so other tools can still open the file.
    public func defineSortKey(_ name: String, _ key: @escaping @Sendable (String) -> [UInt8]) throws {
        let box = Unmanaged.passRetained(SortKeyBox(key)).toOpaque()
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS
        let code = sqlite3_create_function_v2(handle, name, 1, flags, box, { context, count, arguments in
            guard let context, let arguments, count == 1, let argument = arguments[0],
                  sqlite3_value_type(argument) != SQLITE_NULL else {
                sqlite3_result_null(context)
                return
            }
            let box = Unmanaged<SortKeyBox>.fromOpaque(sqlite3_user_data(context)).takeUnretainedValue()
            let length = Int(sqlite3_value_bytes(argument))
            let text = sqlite3_value_text(argument).map {
                String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
            } ?? ""
            let bytes = box.key(text)
            guard !bytes.isEmpty else {
                sqlite3_result_zeroblob(context, 0)
                return
            }
            bytes.withUnsafeBytes { raw in
                sqlite3_result_blob(context, raw.baseAddress, Int32(raw.count), csqlite_transient())
            }
        }, nil, nil, { pointer in
            // SQLite calls this once, when the function is replaced or the connection closes.
            if let pointer { Unmanaged<SortKeyBox>.fromOpaque(pointer).release() }
        })
        guard code == SQLITE_OK else { throw SQLiteError.from(handle, code: code) }
    }
}

/// Carries the Swift closure through SQLite's `void *` user data.
private final class SortKeyBox {
    let key: @Sendable (String) -> [UInt8]
    init(_ key: @escaping @Sendable (String) -> [UInt8]) { self.key = key }
}
