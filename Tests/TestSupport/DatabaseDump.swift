import Foundation
import TrackerStore

/// Every row of every table, as text, so two dumps compare equal exactly
/// when nothing in the database changed.
public enum DatabaseDump {
    /// One line per row, "table: value|value|…", tables by name and rows by rowid.
    package static func lines(of database: RawDatabase) throws -> [String] {
        var lines: [String] = []
        let tables = try database.query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        for table in tables.compactMap({ $0[0].string }) {
            for row in try database.query("SELECT * FROM \"\(table)\" ORDER BY rowid") {
                lines.append(table + ": " + row.values.map { "\($0)" }.joined(separator: "|"))
            }
        }
        return lines
    }

    /// The dump of the file at `path`, read-only; no lines when there is no file.
    package static func lines(ofFile path: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        return try lines(of: RawDatabase(path: path, readOnly: true))
    }
}
