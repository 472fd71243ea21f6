internal import SQLiteKit
import TrackerDomain

/// What `tracker db status` reports: schema version, migrations, row counts.
public struct DatabaseStatus: Sendable {
    public struct AppliedStep: Sendable {
        public let name: String
        public let appliedAt: String
    }

    public let path: String
    public let schemaVersion: Int
    public let latestVersion: Int
    public let applied: [AppliedStep]
    public let pending: [String]
    /// Rows per table, tables in name order.
    public let rowCounts: [(table: String, rows: Int)]
    public let sqliteVersion: String
}

extension TrackerDatabase {
    public static var latestSchemaVersion: Int {
        migrator.migrations.compactMap(\.number).max() ?? 0
    }

    public func status() throws(TrackerError) -> DatabaseStatus {
        try read { connection in
            let state = try Self.migrator.state(of: connection)
            var counts: [(table: String, rows: Int)] = []
            let tables = try connection.query(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
            for table in tables.compactMap({ $0.optionalText("name") }) {

                // Table names come from sqlite_schema itself; quote them as identifiers.
                let quoted = "\"" + table.replacing("\"", with: "\"\"") + "\""
                counts.append((table, try connection.scalarInt("SELECT count(*) FROM \(quoted)") ?? 0))
            }
            return DatabaseStatus(
                path: path,
                schemaVersion: state.version,
                latestVersion: Self.latestSchemaVersion,
                applied: state.applied.map { DatabaseStatus.AppliedStep(name: $0.name, appliedAt: $0.appliedAt) },
                pending: state.pending.map(\.name),
                rowCounts: counts,
                sqliteVersion: Connection.libraryVersion)
        }
    }
}
