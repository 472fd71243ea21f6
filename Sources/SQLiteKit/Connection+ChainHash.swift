import CSQLite
import SQLCore

extension Connection {
    /// The SQL function every connection defines: `chain_sha256(a, b, …)` is
    /// the SHA-256 (a 32-byte blob) of its arguments encoded by
    /// `ChainHashInput`. Called with the previous link's hash first, it
    /// makes a hash chain; the audit triggers use it.
    ///
    /// Deterministic and defined per connection, never stored in the file:
    /// another program (the sqlite3 shell) can still read every table, but
    /// a statement whose trigger calls the function fails there with
    /// "no such function: chain_sha256".
    public static let chainFunctionName = "chain_sha256"

    func defineChainFunction() throws {
        let box = Unmanaged.passRetained(ChainBuffer()).toOpaque()
        // Not SQLITE_INNOCUOUS: the audit triggers use it, nothing else needs to.
        let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC
        let code = sqlite3_create_function_v2(handle, Self.chainFunctionName, -1, flags, box, { context, count, arguments in
            guard let context else { return }
            let buffer = Unmanaged<ChainBuffer>.fromOpaque(sqlite3_user_data(context)).takeUnretainedValue()
            buffer.input.removeAll()
            for index in 0..<Int(count) {
                guard let argument = arguments?[index] else { buffer.input.appendNull(); continue }
                switch sqlite3_value_type(argument) {
                case SQLITE_NULL:
                    buffer.input.appendNull()
                case SQLITE_INTEGER:
                    buffer.input.appendInteger(sqlite3_value_int64(argument))
                case SQLITE_FLOAT:
                    buffer.input.appendReal(sqlite3_value_double(argument))
                case SQLITE_BLOB:
                    let length = Int(sqlite3_value_bytes(argument))
                    buffer.input.appendBlob(UnsafeRawBufferPointer(start: sqlite3_value_blob(argument), count: length))
                default:
                    let pointer = sqlite3_value_text(argument)
                    let length = Int(sqlite3_value_bytes(argument))
                    buffer.input.appendText(UnsafeRawBufferPointer(start: pointer, count: length))
                }
            }
            let digest = buffer.input.digest()
            digest.withUnsafeBytes { raw in
                sqlite3_result_blob(context, raw.baseAddress, Int32(raw.count), csqlite_transient())
            }
        }, nil, nil, { pointer in
            if let pointer { Unmanaged<ChainBuffer>.fromOpaque(pointer).release() }
        })
        guard code == SQLITE_OK else { throw SQLiteError.from(handle, code: code) }
    }
}

extension Statement {
    /// Appends column `column` of the current row to `input`, exactly as
    /// `chain_sha256` would encode the same value.
    public func appendColumn(_ column: Int, to input: inout ChainHashInput) {
        let index = Int32(column)
        switch sqlite3_column_type(handle, index) {
        case SQLITE_NULL:
            input.appendNull()
        case SQLITE_INTEGER:
            input.appendInteger(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT:
            input.appendReal(sqlite3_column_double(handle, index))
        case SQLITE_BLOB:
            let pointer = sqlite3_column_blob(handle, index)
            let length = Int(sqlite3_column_bytes(handle, index))
            input.appendBlob(UnsafeRawBufferPointer(start: pointer, count: length))
        default:
            let pointer = sqlite3_column_text(handle, index)
            let length = Int(sqlite3_column_bytes(handle, index))
            input.appendText(UnsafeRawBufferPointer(start: pointer, count: length))
        }
    }

    /// Whether column `column` is a blob starting with `prefix` (no copy).
    public func blobStarts(_ column: Int, with prefix: [UInt8]) -> Bool {
        let index = Int32(column)
        guard sqlite3_column_type(handle, index) == SQLITE_BLOB else { return false }
        let length = Int(sqlite3_column_bytes(handle, index))
        guard length >= prefix.count else { return false }
        guard !prefix.isEmpty, let pointer = sqlite3_column_blob(handle, index) else { return true }
        return UnsafeRawBufferPointer(start: pointer, count: prefix.count).elementsEqual(prefix)
    }

    /// Calls `body` with the bytes of column `column` (text as UTF-8, a blob
    /// as it is, empty for NULL), valid only during the call: no copy.
    public func withBytes<Result>(_ column: Int, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        let index = Int32(column)
        let pointer = sqlite3_column_type(handle, index) == SQLITE_BLOB
            ? sqlite3_column_blob(handle, index) : UnsafeRawPointer(sqlite3_column_text(handle, index))
        let length = Int(sqlite3_column_bytes(handle, index))
        return try body(UnsafeRawBufferPointer(start: length > 0 ? pointer : nil, count: length))
    }

    /// Whether column `column` is a blob equal to `bytes` (no copy).
    public func blobEquals(_ column: Int, _ bytes: [UInt8]) -> Bool {
        let index = Int32(column)
        guard sqlite3_column_type(handle, index) == SQLITE_BLOB else { return false }
        let length = Int(sqlite3_column_bytes(handle, index))
        guard length == bytes.count, let pointer = sqlite3_column_blob(handle, index) else { return length == 0 && bytes.isEmpty }
        return UnsafeRawBufferPointer(start: pointer, count: length).elementsEqual(bytes)
    }

    /// Feeds the text of column `column` into `hasher` without making a
    /// String (NULL feeds a marker of its own), for comparing big tables.
    public func hashText(_ column: Int, into hasher: inout Hasher) {
        let index = Int32(column)
        guard sqlite3_column_type(handle, index) != SQLITE_NULL else { hasher.combine(-1); return }
        let pointer = sqlite3_column_text(handle, index)
        let length = Int(sqlite3_column_bytes(handle, index))
        hasher.combine(length)
        hasher.combine(bytes: UnsafeRawBufferPointer(start: pointer, count: length))
    }
}

/// The encoding buffer one connection's `chain_sha256` reuses between calls
/// (a connection is used from one thread at a time).
private final class ChainBuffer {
    var input = ChainHashInput()
}
