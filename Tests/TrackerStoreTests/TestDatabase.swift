import Foundation
import SQLiteKit
@testable import TrackerDomain
@testable import TrackerStore

/// A tracker database in a fresh temporary folder, removed afterwards.
final class TestDatabase {
    let folder: String
    let database: TrackerDatabase

    init(operatorName: String = "tester") throws {
        folder = NSTemporaryDirectory() + "tracker-core-" + UUID().uuidString
        database = try TrackerDatabase.open(path: folder + "/tracker.db", operatorName: operatorName)
    }

    var path: String { database.path }

    func count(_ table: String) throws -> Int {
        try database.connection.scalarInt("SELECT count(*) FROM \(table)") ?? -1
    }

    /// Every row of every table, as text: equal dumps mean nothing changed.
    func dump() throws -> [String] {
        var lines: [String] = []
        let tables = try database.connection.query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        for table in tables.compactMap({ $0[0].string }) {
            for row in try database.connection.query("SELECT * FROM \(table) ORDER BY rowid") {
                lines.append(table + ": " + row.values.map { "\($0)" }.joined(separator: "|"))
            }
        }
        return lines
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }
}
