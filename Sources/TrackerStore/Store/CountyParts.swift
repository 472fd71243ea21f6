internal import SQLiteKit
import TrackerDomain

/// A county-wide monthly report read in two parts on two connections: the
/// towns split in the report's own town order (`sort_key(t.name)` leads its
/// ORDER BY), so the second part's rows all come after the first's and the
/// two are simply joined. Towns whose names sort alike stay together.
struct CountyParts {
    /// Town ids (every place that is a village's parent) of each part.
    let first: [Int64]
    let second: [Int64]

    /// Splits where the first part holds nearest `firstShare` of the
    /// households (where they live now: only the balance depends on it);
    /// nil when there are fewer than two groups of towns to split.
    static func split(firstShare: Double, in connection: Connection) throws -> CountyParts? {
        var towns: [(key: [UInt8], id: Int64, households: Int)] = []
        try connection.forEach("""
            SELECT t.id, t.name, count(h.id) AS households
            FROM places t JOIN places v ON v.parent_id = t.id LEFT JOIN households h ON h.village_id = v.id
            GROUP BY t.id
            """, [:]) { row in
            towns.append((ChineseSortKey.key(row.text("name")), row.int64("id"), row.int("households")))
        }
        towns.sort { $0.key.lexicographicallyPrecedes($1.key) }
        // Boundaries between groups of towns whose names sort alike, with the
        // households before each; the one nearest the share asked for wins.
        let total = towns.reduce(0) { $0 + $1.households }
        var boundaries: [(index: Int, before: Int)] = []
        var counted = 0
        for index in towns.indices {
            if index > 0 && towns[index].key != towns[index - 1].key { boundaries.append((index, counted)) }
            counted += towns[index].households
        }
        let target = firstShare * Double(total)
        guard let boundary = boundaries.min(by: { abs(Double($0.before) - target) < abs(Double($1.before) - target) })?.index
        else { return nil }
        return CountyParts(first: towns[..<boundary].map(\.id), second: towns[boundary...].map(\.id))
    }
}
