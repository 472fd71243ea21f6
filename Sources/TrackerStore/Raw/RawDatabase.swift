internal import SQLiteKit
import TrackerDomain

/// A tracker database file opened as another program would open it: plain
/// SQL, without the stores' rules, the operator stamp or the migrations.
///
/// Only for the tests and the benchmark, which must dump, fill, age or
/// tamper with a file to see what tracker then does. It is `package`, so no
/// program outside this package sees it, and the command line never uses it
/// (`LayerTests` checks that). It speaks the domain's `StoredValue`, so its
/// users need not import SQLiteKit.
package final class RawDatabase {
    private let connection: Connection

    /// Opens (or creates) the file at `path`. `walJournal: false` leaves
    /// the journal mode alone; a short `busyTimeoutMilliseconds` makes a
    /// locked database fail fast.
    package init(path: String, readOnly: Bool = false, walJournal: Bool = true,
                 busyTimeoutMilliseconds: Int32 = 15_000) throws {
        connection = try Connection(path: path, options: .init(
            busyTimeoutMilliseconds: busyTimeoutMilliseconds, readOnly: readOnly, walJournal: walJournal))
    }

    /// The connection an open tracker database uses, so SQL sees (and
    /// joins) the transaction that database is in.
    /// SQLite only for now: on PostgreSQL this refuses, naming the command.
    package init(_ database: TrackerDatabase) throws(TrackerError) {
        connection = try database.connection
    }

    fileprivate init(connection: Connection) {
        self.connection = connection
    }

    /// Runs one or more statements that take no values.
    package func execute(_ sql: String) throws {
        try connection.execute(sql)
    }

    // Values are bound by name, as in the stores: `WHERE id = :id` with
    // `["id": 7]` (keys without the colon, exactly the names the SQL uses).

    /// Runs one statement that returns no rows.
    package func run(_ sql: String, _ values: [String: any StoredValueConvertible] = [:]) throws {
        try connection.run(sql, Self.bindable(values))
    }

    /// All rows of one statement.
    package func query(_ sql: String, _ values: [String: any StoredValueConvertible] = [:]) throws -> [RawRow] {
        try connection.query(sql, Self.bindable(values)).map { RawRow(values: $0.values.map(StoredValue.init)) }
    }

    /// The first column of the first row as a number (SQLite's conversion),
    /// nil when there is no row or it is NULL.
    package func scalarInt(_ sql: String, _ values: [String: any StoredValueConvertible] = [:]) throws -> Int? {
        var result: Int?
        try firstRow(sql, values) { result = $0.isNull(0) ? nil : $0.int(0) }
        return result
    }

    /// The first column of the first row as text (SQLite's conversion),
    /// nil when there is no row or it is NULL.
    package func scalarText(_ sql: String, _ values: [String: any StoredValueConvertible] = [:]) throws -> String? {
        var result: String?
        try firstRow(sql, values) { result = $0.optionalText(0) }
        return result
    }

    /// Runs `body` in one write transaction (BEGIN IMMEDIATE): committed
    /// when it returns, rolled back when it throws.
    package func transaction<T>(_ body: () throws -> T) throws -> T {
        try connection.transaction(.immediate, body)
    }

    /// Gives the file the named migrations, which must be this binary's
    /// first ones in order: a database as an older tracker left it.
    package func migrate(_ names: [String]) throws {
        let shipped = TrackerDatabase.migrator.migrations
        precondition(names == shipped.prefix(names.count).map(\.name), "not the first shipped migrations: \(names)")
        _ = try Migrator(Array(shipped.prefix(names.count))).migrate(connection)
    }

    /// The names of this binary's migrations, oldest first.
    package static var migrationNames: [String] { TrackerDatabase.migrator.migrations.map(\.name) }

    /// Whether `error` is SQLite refusing a write that breaks a CHECK constraint.
    package static func isCheckViolation(_ error: any Error) -> Bool {
        (error as? SQLiteError)?.extendedCode == SQLiteError.constraintCheck
    }

    private static func bindable(_ values: [String: any StoredValueConvertible]) -> [String: any SQLiteBindable] {
        values.mapValues { $0.sqlValue }
    }

    private func firstRow(_ sql: String, _ values: [String: any StoredValueConvertible], _ read: (Statement) -> Void) throws {
        var first = true
        try connection.forEach(sql, Self.bindable(values)) { statement in
            if first { read(statement) }
            first = false
        }
    }
}

extension TrackerDatabase {
    /// Runs raw SQL as one of this database's writes: stamped with its
    /// operator and recorded in the audit trail like a store's write.
    package func writeRaw<T>(_ body: (RawDatabase) throws -> T) throws(TrackerError) -> T {
        try write { connection in try body(RawDatabase(connection: connection)) }
    }
}
