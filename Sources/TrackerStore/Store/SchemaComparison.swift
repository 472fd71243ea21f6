internal import SQLiteKit
import TrackerDomain

/// A table, index, trigger or view that differs from what the migrations make.
public struct SchemaDifference: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// The migrations make it; the database lacks it (e.g. a dropped audit trigger).
        case missing
        /// The database has it; no migration makes it.
        case unexpected
        /// Both have it, with different SQL.
        case changed
    }

    public let kind: Kind
    /// "table", "index", "trigger" or "view".
    public let type: String
    public let name: String

    public var english: String {
        switch kind {
        case .missing: "\(type) \(name) is missing"
        case .unexpected: "\(type) \(name) is not made by any migration"
        case .changed: "\(type) \(name) differs from what the migrations made"
        }
    }
}

/// Compares a database's schema with the one this binary's migrations build.
///
/// The reference is built afresh in memory from the embedded migrations, so
/// it can never drift from them. Only tracker's own objects are compared:
/// SQLite's internal ones (`sqlite_*`, automatic indexes) follow from them.
enum SchemaComparison {
    struct Object: Hashable {
        let type: String
        let name: String
        let sql: String
    }

    static func objects(_ connection: Connection) throws -> [String: Object] {
        var objects: [String: Object] = [:]
        try connection.forEach("""
            SELECT type, name, coalesce(sql, '') AS sql FROM sqlite_schema
            WHERE type IN ('table', 'index', 'trigger', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
            """) { row in
            let object = Object(type: row.text("type"), name: row.text("name"), sql: row.text("sql"))

            objects[object.type + " " + object.name] = object
        }
        return objects
    }

    /// The schema the migrations make, built once per process.
    static func expected() throws -> [String: Object] {
        let reference = try Connection(path: ":memory:", options: .init(walJournal: false))
        try TrackerDatabase.migrator.migrate(reference)
        return try objects(reference)
    }

    static func differences(_ connection: Connection) throws -> [SchemaDifference] {
        let expected = try expected(), actual = try objects(connection)
        var differences: [SchemaDifference] = []
        for key in Set(expected.keys).union(actual.keys).sorted() {
            switch (expected[key], actual[key]) {
            case (let wanted?, nil): differences.append(.init(kind: .missing, type: wanted.type, name: wanted.name))
            case (nil, let found?): differences.append(.init(kind: .unexpected, type: found.type, name: found.name))
            case (let wanted?, let found?) where wanted.sql != found.sql:
                differences.append(.init(kind: .changed, type: found.type, name: found.name))
            default: break
            }
        }
        return differences
    }
}
