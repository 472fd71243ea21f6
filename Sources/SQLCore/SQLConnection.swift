/// What a store needs of a database connection, so the same store code runs
/// on an SQLite file and on a PostgreSQL server (issue 16): statements with
/// `:name` parameters, rows read by column name, a write transaction, and
/// the id of an inserted row.
///
/// The labels (`binding:`, never defaulted) keep these apart from each
/// kit's own API, whose unlabeled `run(_:_:)` takes that kit's value type:
/// a store moves onto this protocol call by call. SQL sent through it must be in the common
/// dialect both engines run (see docs/postgresql.md); where they differ,
/// the store picks a fragment by `dialect`.
public protocol SQLConnection: AnyObject {
    /// Which engine this is, for the few fragments that differ.
    var dialect: SQLDialect { get }

    /// Runs one statement; returns the number of rows it changed.
    @discardableResult
    func run(_ sql: String, binding values: [String: any SQLBindable]) throws -> Int

    /// Runs one statement and returns all its rows, readable by column name.
    func query(_ sql: String, binding values: [String: any SQLBindable]) throws -> [SQLRecord]

    /// Runs one statement and hands each row to `body` as it comes (on
    /// SQLite straight from the statement, without copying the row).
    func forEach(_ sql: String, binding values: [String: any SQLBindable],
                 _ body: (any SQLColumnReading) throws -> Void) throws

    /// Runs `body` as one write transaction: committed when it returns,
    /// rolled back when it throws. (SQLite: BEGIN IMMEDIATE; PostgreSQL:
    /// SERIALIZABLE, which a caller may retry on a serialization failure.)
    func writeTransaction<T>(_ body: () throws -> T) throws -> T
}

/// The engines tracker runs on.
public enum SQLDialect: String, Sendable, Equatable {
    case sqlite
    case postgresql
}

extension SQLConnection {
    /// The first column of the first row, or nil when there is no row or it is NULL.
    public func scalar(_ sql: String, binding values: [String: any SQLBindable]) throws -> SQLValue? {
        guard let value = try query(sql, binding: values).first?.values.first, !value.isNull else { return nil }
        return value
    }

    /// Runs an `INSERT … RETURNING id` (both engines run RETURNING) and
    /// returns the new row's id, where SQLite's last_insert_rowid() has no
    /// PostgreSQL counterpart.
    public func insert(_ sql: String, binding values: [String: any SQLBindable]) throws -> Int64 {
        precondition(sql.lowercased().contains("returning id"),
                     "insert(_:binding:) needs INSERT … RETURNING id: \(sql)")
        guard let id = try query(sql, binding: values).first?.values.first?.int64 else {
            preconditionFailure("INSERT … RETURNING id returned no id: \(sql)")
        }
        return id
    }
}

/// One result row of either engine, readable by column name.
public struct SQLRecord: Sendable, Hashable {
    public let values: [SQLValue]
    /// Column names in result order, shared by every row of one result.
    public let names: SQLColumnNames

    public init(values: [SQLValue], names: SQLColumnNames) {
        self.values = values
        self.names = names
    }

    /// The value of the column called `name`; an unknown or repeated name traps.
    public subscript(_ name: String) -> SQLValue { values[names.position(of: name)] }

    public func text(_ name: String) -> String { self[name].string ?? "" }
    public func optionalText(_ name: String) -> String? { self[name].string }
    public func int(_ name: String) -> Int { self[name].int ?? 0 }
    public func optionalInt(_ name: String) -> Int? { self[name].int }
    public func int64(_ name: String) -> Int64 { self[name].int64 ?? 0 }
    public func optionalInt64(_ name: String) -> Int64? { self[name].int64 }
    public func double(_ name: String) -> Double { self[name].double ?? 0 }
    public func optionalDouble(_ name: String) -> Double? { self[name].double }
    public func bytes(_ name: String) -> [UInt8] { self[name].bytes ?? [] }
    public func isNull(_ name: String) -> Bool { self[name].isNull }

    public static func == (lhs: SQLRecord, rhs: SQLRecord) -> Bool { lhs.values == rhs.values }
    public func hash(into hasher: inout Hasher) { hasher.combine(values) }
}

/// The result columns of one query by name, built once per result (not per
/// row) so reading a column by name costs one lookup. PostgresKit's rows and
/// `SQLRecord` share it (SQLiteKit's ColumnIndex is the same with SQLite's
/// Int32 positions, to be folded in here with the store-connection work).
///
/// A name given to two columns (`t.name, v.name` are both "name") cannot be
/// read by name: the SELECT must alias them. A name that is not there, or is
/// there twice, is a programmer error and traps with the SQL text.
public final class SQLColumnNames: Sendable {
    /// Column names in result order, as the engine reports them (the alias when given).
    public let names: [String]
    private let positions: [String: Int]
    private let repeated: Set<String>
    /// The statement the columns belong to, for the trap message.
    private let sql: String

    public init(names: [String], sql: String) {
        var positions: [String: Int] = [:]
        var repeated = Set<String>()
        for (position, name) in names.enumerated() where positions.updateValue(position, forKey: name) != nil {
            repeated.insert(name)
        }
        self.names = names
        self.positions = positions
        self.repeated = repeated
        self.sql = sql
    }

    /// The 0-based position of the column called `name`.
    public func position(of name: String) -> Int {
        guard let position = positions[name], !repeated.contains(name) else {
            preconditionFailure(problem(reading: name) ?? "column \(name)")
        }
        return position
    }

    /// Why `name` cannot be read by name, or nil when it can.
    /// Names the columns that are there and the SQL, never a value.
    public func problem(reading name: String) -> String? {
        if repeated.contains(name) {
            return "Column \"\(name)\" appears more than once; give each an alias (AS): \(sql)"
        }
        guard positions[name] == nil else { return nil }
        let known = names.map { "\"\($0)\"" }.joined(separator: ", ")
        return "No column \"\(name)\" in the result (columns: \(known)): \(sql)"
    }
}
