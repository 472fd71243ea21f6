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
            // The text first, then its length in that encoding, as SQLite asks.
            let start = sqlite3_value_text(argument)
            let length = start == nil ? 0 : Int(sqlite3_value_bytes(argument))
            let text = UnsafeBufferPointer(start: start, count: length)
            box.withKey(text) { key in
                guard !key.isEmpty else {
                    sqlite3_result_zeroblob(context, 0)
                    return
                }
                key.withUnsafeBytes { raw in
                    sqlite3_result_blob(context, raw.baseAddress, Int32(raw.count), csqlite_transient())
                }
            }
        }, nil, nil, { pointer in
            // SQLite calls this once, when the function is replaced or the connection closes.
            if let pointer { Unmanaged<SortKeyBox>.fromOpaque(pointer).release() }
        })
        guard code == SQLITE_OK else { throw SQLiteError.from(handle, code: code) }
    }
}

/// Carries the Swift closure through SQLite's `void *` user data, with the
/// keys of the last few texts: an `ORDER BY` over a county asks for the same
/// town and village names row after row (a village's households are
/// neighbours), and a key found here costs a byte comparison instead of a
/// string and a new key. Used by one connection, so by one thread at a time.
private final class SortKeyBox {
    let key: @Sendable (String) -> [UInt8]
    /// The last texts asked for with their keys, and when each was last used:
    /// the least recently used makes room, so the town and village that every
    /// row asks for stay while each row's own name and code come and go.
    private var recent: [(text: [UInt8], key: [UInt8], used: Int)] = []
    private var clock = 0
    private static let remembered = 4

    init(_ key: @escaping @Sendable (String) -> [UInt8]) { self.key = key }

    func withKey(_ text: UnsafeBufferPointer<UInt8>, _ body: ([UInt8]) -> Void) {
        clock += 1
        for index in recent.indices where recent[index].text.holdsTheSameBytes(as: text) {
            recent[index].used = clock
            return body(recent[index].key)
        }
        let made = key(String(decoding: text, as: UTF8.self))
        let entry = (text: Array(text), key: made, used: clock)
        if recent.count < Self.remembered {
            recent.append(entry)
        } else if let oldest = recent.indices.min(by: { recent[$0].used < recent[$1].used }) {
            recent[oldest] = entry
        }
        body(made)
    }

}
