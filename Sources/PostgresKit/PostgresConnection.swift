import CLibPQ

#if canImport(Glibc)
import Glibc
#endif

/// One session with a PostgreSQL server, through libpq.
///
/// Parameters are always sent apart from the SQL (PQexecParams, text
/// format): no value is ever spliced into SQL text. A connection is used
/// from one place at a time, so it is deliberately not Sendable.
public final class PostgresConnection {
    let handle: OpaquePointer
    /// Rewritten SQL by its original text: hot paths skip re-lexing.
    private var namedCache: [String: NamedSQL] = [:]

    /// Connects with a libpq connection string: a URI
    /// (`postgresql://user@host:5432/county`), keyword pairs
    /// (`host=/run/postgresql dbname=county`), or "" (the default). Whatever
    /// the string leaves out, libpq takes from the usual PG* variables
    /// (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, PGSERVICE, …), the
    /// service file and ~/.pgpass, as psql does.
    ///
    /// A failure throws SQLSTATE 08001 with libpq's reason; no password the
    /// string or PGPASSWORD holds ever appears in it.
    public init(_ conninfo: String = "") throws {
        guard clibpq_available() != 0 else {
            let reason = clibpq_load_error().map { String(cString: $0) } ?? "libpq.so.5 not found"
            throw PostgresError(sqlState: "08001",
                                message: "could not load libpq, the PostgreSQL client library (\(reason)); install libpq5")
        }
        guard let connection = clibpq_PQconnectdb(conninfo) else {
            throw PostgresError(sqlState: "08001", message: "could not connect: libpq is out of memory")
        }
        guard clibpq_PQstatus(connection) == CONNECTION_OK else {
            let reason = Self.errorMessage(connection)
            clibpq_PQfinish(connection)
            let secrets = Self.passwords(conninfo)
            throw PostgresError(sqlState: "08001", message: Redaction.scrub(reason, secrets: secrets))
        }
        // libpq prints NOTICE and WARNING messages to stderr; a library must not print.
        clibpq_PQsetNoticeProcessor(connection, { _, _ in }, nil)
        // Swift strings are UTF-8 whatever the server's or the shell's locale.
        guard clibpq_PQsetClientEncoding(connection, "UTF8") == 0 else {
            let reason = Self.errorMessage(connection)
            clibpq_PQfinish(connection)
            throw PostgresError(sqlState: "08001", message: "could not use UTF-8 with this server: \(reason)")
        }
        self.handle = connection
    }

    deinit { clibpq_PQfinish(handle) }

    /// Every password that may sit in `conninfo` or PGPASSWORD, to keep out of messages.
    private static func passwords(_ conninfo: String) -> [String] {
        var secrets = Redaction.passwords(in: conninfo)
        var parseError: UnsafeMutablePointer<CChar>?
        if let options = clibpq_PQconninfoParse(conninfo, &parseError) {
            var option = options
            while let keyword = option.pointee.keyword {
                if String(cString: keyword) == "password", let value = option.pointee.val {
                    secrets.append(String(cString: value))
                }
                option += 1
            }
            clibpq_PQconninfoFree(options)
        }
        if let parseError { clibpq_PQfreemem(parseError) }
        if let environment = getenv("PGPASSWORD") { secrets.append(String(cString: environment)) }
        return secrets.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    static func errorMessage(_ connection: OpaquePointer) -> String {
        guard let text = clibpq_PQerrorMessage(connection) else { return "unknown libpq error" }
        let message = String(cString: text)
        return String(message.reversed().drop { $0 == "\n" || $0 == " " }.reversed())
    }

    // MARK: Running SQL

    /// Runs one or more statements with no parameters and no results
    /// (DDL, SET, a migration file), in the simple query protocol.
    public func execute(_ sql: String) throws {
        let result = clibpq_PQexec(handle, sql)
        defer { clibpq_PQclear(result) }
        try check(result, sql: sql, values: [])
    }

    /// Runs one statement with `:name` parameters; returns the rows it changed.
    @discardableResult
    public func run(_ sql: String, _ values: [String: any PostgresBindable] = [:]) throws -> Int {
        let result = try send(sql, values)
        defer { clibpq_PQclear(result) }
        let affected = String(cString: clibpq_PQcmdTuples(result))
        return Int(affected) ?? 0
    }

    /// Runs one statement and returns all its rows, readable by column name.
    public func query(_ sql: String, _ values: [String: any PostgresBindable] = [:]) throws -> [PostgresRow] {
        let result = try send(sql, values)
        defer { clibpq_PQclear(result) }
        return ResultReader(result, sql: sql).rows()
    }

    /// The first column of the first row, or nil when there is no row or it is NULL.
    public func scalar(_ sql: String, _ values: [String: any PostgresBindable] = [:]) throws -> PostgresValue? {
        let result = try send(sql, values)
        defer { clibpq_PQclear(result) }
        guard clibpq_PQntuples(result) > 0, clibpq_PQnfields(result) > 0 else { return nil }
        let value = ResultReader(result, sql: sql).value(row: 0, column: 0)
        return value.isNull ? nil : value
    }

    public func scalarInt(_ sql: String, _ values: [String: any PostgresBindable] = [:]) throws -> Int? {
        try scalar(sql, values)?.int
    }

    public func scalarText(_ sql: String, _ values: [String: any PostgresBindable] = [:]) throws -> String? {
        try scalar(sql, values)?.string
    }

    /// The role this session logged in as (`session_user`): who the server
    /// holds responsible for what this connection does.
    public func sessionUser() throws -> String {
        guard let user = try scalarText("SELECT session_user") else {
            throw PostgresError(sqlState: "XX000", message: "the server returned no session_user")
        }
        return user
    }

    /// The server's version number, e.g. 150018 for 15.18.
    public var serverVersion: Int { Int(clibpq_PQserverVersion(handle)) }

    // MARK: Sending

    /// Rewrites `:name` to `$n`, checks the names, and sends the values in
    /// text format. A name mismatch is a programmer error and traps before
    /// anything reaches the server, naming the parameters, never a value.
    private func send(_ sql: String, _ values: [String: any PostgresBindable]) throws -> OpaquePointer {
        let named: NamedSQL
        if let cached = namedCache[sql] {
            named = cached
        } else {
            named = NamedSQL(sql)
            namedCache[sql] = named
        }
        if let problem = named.bindingProblem(keys: values.keys) { preconditionFailure(problem) }
        let ordered = named.names.map { values[$0]!.postgresValue }
        let parameters = try ordered.enumerated().map { offset, value in
            try TextParameter(value, name: named.names[offset], sql: sql)
        }
        defer { parameters.forEach { $0.release() } }
        let types = parameters.map(\.type)
        let texts: [UnsafePointer<CChar>?] = parameters.map { $0.text.map { UnsafePointer($0) } }
        let result = clibpq_PQexecParams(handle, named.text, Int32(parameters.count), types, texts, nil, nil, 0)
        do {
            try check(result, sql: sql, values: ordered)
        } catch {
            clibpq_PQclear(result)
            throw error
        }
        return result!
    }

    /// Throws the result's error, if it is one.
    private func check(_ result: OpaquePointer?, sql: String, values: [PostgresValue]) throws {
        guard let result else {
            throw PostgresError(sqlState: lostConnectionState, message: Self.errorMessage(handle), sql: sql)
        }
        switch clibpq_PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return
        default:
            func field(_ code: Int32) -> String? {
                clibpq_PQresultErrorField(result, code).map { String(cString: $0) }
            }
            let message = field(clibpq_diag_message_primary) ?? Self.errorMessage(handle)
            throw PostgresError(
                sqlState: field(clibpq_diag_sqlstate) ?? lostConnectionState,
                message: Redaction.hidingValues(message, values),
                hint: field(clibpq_diag_message_hint).map { Redaction.hidingValues($0, values) },
                constraint: field(clibpq_diag_constraint_name),
                table: field(clibpq_diag_table_name),
                column: field(clibpq_diag_column_name),
                sql: sql
            )
        }
    }

    /// A failure libpq reports without a SQLSTATE: the connection is gone
    /// (08006) or something else went wrong on the client side (XX000).
    private var lostConnectionState: String { clibpq_PQstatus(handle) == CONNECTION_BAD ? "08006" : "XX000" }

    /// True while a transaction is open (or failed and not yet rolled back).
    public var isInTransaction: Bool { clibpq_PQtransactionStatus(handle) != PQTRANS_IDLE }
}
