import Foundation
import TrackerStore

/// Every row of every table, as text, so two dumps compare equal exactly
/// when nothing in the database changed.
public enum DatabaseDump {
    /// One line per row, "table: value|value|…", tables by name and rows by
    /// rowid (by primary key in a table WITHOUT ROWID).
    package static func lines(of database: RawDatabase) throws -> [String] {
        var lines: [String] = []
        let tables = try database.query(
            "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        for table in tables {
            guard let name = table[0].string else { continue }
            let order = table[1].int64 == 1 ? "" : " ORDER BY rowid"
            for row in try database.query("SELECT * FROM \"\(name)\"" + order) {
                lines.append(name + ": " + row.values.map { "\($0)" }.joined(separator: "|"))
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
