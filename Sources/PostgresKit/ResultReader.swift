import CLibPQ

/// Reads a libpq result (text format) into typed values, by column type.
struct ResultReader {
    private let result: OpaquePointer
    private let sql: String

    init(_ result: OpaquePointer, sql: String) {
        self.result = result
        self.sql = sql
    }

    /// Every row, sharing one column index.
    func rows() -> [PostgresRow] {
        let columnCount = Int(clibpq_PQnfields(result))
        let names = (0..<columnCount).map { String(cString: clibpq_PQfname(result, Int32($0))) }
        let columns = PostgresColumns(names: names, sql: sql)
        return (0..<Int(clibpq_PQntuples(result))).map { row in
            PostgresRow(values: (0..<columnCount).map { value(row: row, column: $0) }, columns: columns)
        }
    }

    func value(row: Int, column: Int) -> PostgresValue {
        let (row, column) = (Int32(row), Int32(column))
        guard clibpq_PQgetisnull(result, row, column) == 0, let raw = clibpq_PQgetvalue(result, row, column) else { return .null }
        let length = Int(clibpq_PQgetlength(result, row, column))
        let text = String(decoding: UnsafeRawBufferPointer(start: raw, count: length), as: UTF8.self)
        switch clibpq_PQftype(result, column) {
        case 16: // bool
            return .bool(text == "t")
        case 20, 21, 23, 26: // int8, int2, int4, oid
            return Int64(text).map(PostgresValue.int64) ?? .text(text)
        case 700, 701: // float4, float8
            return Double(text).map(PostgresValue.double) ?? .text(text)
        case 17: // bytea
            return Hex.bytes(fromByteaText: raw, length: length).map(PostgresValue.bytea) ?? .text(text)
        default:
            return .text(text)
        }
    }
}
