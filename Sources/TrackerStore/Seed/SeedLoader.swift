internal import SQLiteKit
import TrackerDomain

/// Loads the seed facts; running it again adds nothing.
///
/// Every row is matched on its natural key (official by name and unit,
/// household by head and village, visit by household, date and source)
/// before it is added, so a partly present seed is completed, not doubled.
public struct SeedLoader {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// How many rows of each kind were added this time.
    public struct Report: Sendable, Equatable {
        public var officials = 0
        public var households = 0
        public var assignments = 0
        public var visits = 0

        public var total: Int { officials + households + assignments + visits }
    }

    public func load() throws(TrackerError) -> Report {
        try database.write { connection in
            var report = Report()
            var sourceIDs: [String: Int64] = [:]
            for source in SeedFacts.sources {
                try connection.run("""
                    INSERT INTO sources (key, title, note) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING
                    """, source.key, source.title, source.note)
                sourceIDs[source.key] = Int64(try connection.scalarInt("SELECT id FROM sources WHERE key = ?", source.key)!)
            }
            let firstSource = sourceIDs[SeedFacts.sources[0].key]!

            var officialIDs: [String: Int64] = [:]
            for official in SeedFacts.officials {
                if let id = try connection.scalarInt("SELECT id FROM officials WHERE name = ? AND unit IS ?", official.name, official.unit) {
                    officialIDs[official.name] = Int64(id)
                    continue
                }
                let source = SeedFacts.visits.first { $0.lead == official.name }.flatMap { sourceIDs[$0.source] } ?? firstSource
                try connection.run("INSERT INTO officials (name, unit, title, source_id) VALUES (?, ?, ?, ?)",
                                   official.name, official.unit, official.title, source)
                officialIDs[official.name] = connection.lastInsertRowID
                report.officials += 1
            }

            var householdIDs: [String: Int64] = [:]
            let places = PlaceStore(connection: connection)
            for fact in SeedFacts.households {
                let village = try places.villageID(for: fact.place, create: true)!
                if let id = try connection.scalarInt(
                    "SELECT id FROM households WHERE head_name = ? AND village_id = ?", fact.headName, village) {
                    householdIDs[fact.headName] = Int64(id)
                    continue
                }
                let source = SeedFacts.visits.first { $0.household == fact.headName }.flatMap { sourceIDs[$0.source] } ?? firstSource
                try connection.run("INSERT INTO households (head_name, village_id, source_id) VALUES (?, ?, ?)",
                                   fact.headName, village, source)
                householdIDs[fact.headName] = connection.lastInsertRowID
                report.households += 1
            }

            for assignment in SeedFacts.assignments {
                let household = householdIDs[assignment.household]!, official = officialIDs[assignment.official]!
                if try connection.scalarInt("SELECT id FROM assignments WHERE household_id = ? AND official_id = ?",
                                            household, official) != nil { continue }
                try connection.run("INSERT INTO assignments (household_id, official_id, role, source_id) VALUES (?, ?, ?, ?)",
                                   household, official, assignment.role.key, sourceIDs[assignment.source])
                report.assignments += 1
            }

            for visit in SeedFacts.visits {
                let household = householdIDs[visit.household]!, source = sourceIDs[visit.source]!
                if try connection.scalarInt("SELECT id FROM visits WHERE household_id = ? AND visit_date = ? AND source_id = ?",
                                            household, visit.date, source) != nil { continue }
                try connection.run("""
                    INSERT INTO visits (household_id, visit_date, kind, campaign, findings, plans, note, source_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, household, visit.date, visit.kind.key, visit.campaign, visit.findings, visit.plans, visit.note, source)
                let visitID = connection.lastInsertRowID
                try connection.run("INSERT INTO visit_officials (visit_id, official_id, is_lead) VALUES (?, ?, 1)",
                                   visitID, officialIDs[visit.lead]!)
                for (item, note) in visit.checked {
                    try connection.run("INSERT INTO checklist_results (visit_id, item, result, note) VALUES (?, ?, 'unrecorded', ?)",
                                       visitID, item.key, note)
                }
                report.visits += 1
            }
            return report
        }
    }
}
