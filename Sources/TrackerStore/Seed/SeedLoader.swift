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
                    INSERT INTO sources (key, title, note) VALUES (:key, :title, :note) ON CONFLICT (key) DO NOTHING
                    """, ["key": source.key, "title": source.title, "note": source.note])
                sourceIDs[source.key] = Int64(
                    try connection.scalarInt("SELECT id FROM sources WHERE key = :key", ["key": source.key])!)
            }
            let firstSource = sourceIDs[SeedFacts.sources[0].key]!

            var officials: [String: Official] = [:]
            for fact in SeedFacts.officials {
                let id: Int64
                if let known = try connection.scalarInt("SELECT id FROM officials WHERE name = :name AND unit IS :unit",
                                                        ["name": fact.name, "unit": fact.unit]) {
                    id = Int64(known)
                } else {
                    let source = SeedFacts.visits.first { $0.lead == fact.name }.flatMap { sourceIDs[$0.source] } ?? firstSource
                    id = try OfficialStore.insert(name: fact.name, unit: fact.unit, title: fact.title, phone: nil,
                                                  sourceID: source, in: connection)
                    report.officials += 1
                }
                officials[fact.name] = Official(id: id, name: fact.name, unit: fact.unit, title: fact.title)
            }

            // Through the households' one writer, so each seeded household
            // has its head as a member, as every other household does.
            var householdIDs: [String: Int64] = [:]
            let places = PlaceStore(connection: connection)
            for fact in SeedFacts.households {
                let village = try places.villageID(for: fact.place, create: true)!
                if let id = try connection.scalarInt(
                    "SELECT id FROM households WHERE head_name = :head_name AND village_id = :village_id",
                    ["head_name": fact.headName, "village_id": village]) {
                    householdIDs[fact.headName] = Int64(id)
                    continue
                }
                let source = SeedFacts.visits.first { $0.household == fact.headName }.flatMap { sourceIDs[$0.source] } ?? firstSource
                householdIDs[fact.headName] = try HouseholdStore.insert(
                    HouseholdRow(headName: fact.headName, villageID: village, sourceID: source),
                    members: [MemberFields(name: fact.headName, relation: .head)], in: connection)
                report.households += 1
            }

            for assignment in SeedFacts.assignments {
                let household = householdIDs[assignment.household]!, official = officials[assignment.official]!.id
                if try connection.scalarInt(
                    "SELECT id FROM assignments WHERE household_id = :household_id AND official_id = :official_id",
                    ["household_id": household, "official_id": official]) != nil { continue }
                _ = try AssignmentStore.insert(household: household, official: official, role: assignment.role,
                                               from: nil, sourceID: sourceIDs[assignment.source], in: connection)
                report.assignments += 1
            }

            // Through the visits' one writer. The facts are fixed and dated
            // 2020, so they are not held to today's rules for typed visits.
            for visit in SeedFacts.visits {
                let household = householdIDs[visit.household]!, source = sourceIDs[visit.source]!
                if try connection.scalarInt("""
                    SELECT id FROM visits WHERE household_id = :household_id AND visit_date = :visit_date
                      AND source_id = :source_id
                    """, ["household_id": household, "visit_date": visit.date, "source_id": source]) != nil { continue }
                let draft = VisitDraft(
                    household: try HouseholdStore.household(id: household, in: connection),
                    officials: [officials[visit.lead]!], date: CalendarDate.parse(visit.date)!, kind: visit.kind,
                    campaign: visit.campaign,
                    checks: visit.checked.map { Visit.Check(item: $0.0, result: .unrecorded, note: $0.1) },
                    note: visit.note, findings: visit.findings, plans: visit.plans)
                _ = try VisitStore.record(draft, source: source, in: connection)
                report.visits += 1
            }
            return report
        }
    }
}
