import TrackerDomain
import TrackerStore

/// Builds a county-sized tracker database from a seed, writing only through
/// TrackerStore's APIs: the roster goes through `RosterImporter`, officials,
/// assignments, visits, closings, incomes and measures through their stores,
/// so every rule and audit row applies as if cadres had typed it all.
///
/// Bulk speed comes from `TrackerDatabase.batch`: a few hundred households'
/// calls share one commit, instead of one fsync per call.
public struct CountyBuilder {
    public struct Options: Sendable {
        public var households: Int
        public var seed: UInt64
        /// Months of visit history, ending with the month before `today`.
        public var months: Int
        public var today: CalendarDate

        public init(
            households: Int = 50_000, seed: UInt64 = 20_200_323, months: Int = 24,
            today: CalendarDate = CalendarDate(year: 2021, month: 1, day: 15)!
        ) {
            self.households = households
            self.seed = seed
            self.months = months
            self.today = today
        }

        /// The first month of the visit history.
        public var firstMonth: YearMonth {
            let index = today.year * 12 + (today.month - 1) - months
            return YearMonth(year: index / 12, month: index % 12 + 1)!
        }
    }

    public struct Counts: Sendable, Hashable {
        public var households = 0
        public var persons = 0
        public var officials = 0
        public var assignments = 0
        public var visits = 0
        public var checks = 0
        public var itemsOpened = 0
        public var itemsClosed = 0
        public var incomes = 0
        public var measures = 0
    }

    /// Households per transaction while recording visits.
    static let householdsPerBatch = 250

    let database: TrackerDatabase
    let options: Options

    public init(_ database: TrackerDatabase, options: Options) {
        self.database = database
        self.options = options
    }

    /// Builds the county into an empty database; `progress` hears about each stage.
    public func build(progress: (String) -> Void = { _ in }) throws(TrackerError) -> Counts {
        var counts = Counts()
        let roster = CountyRoster(households: options.households, seed: options.seed, today: options.today)
        progress("roster: \(roster.households.count) households, \(roster.persons) persons")
        _ = try RosterImporter(database, today: options.today).run(roster.csv)
        counts.households = roster.households.count
        counts.persons = roster.persons

        var random = SeededRandom(seed: options.seed ^ 0x5EED_0F_71_5175)
        let officials = try addOfficials(roster: roster, random: &random)
        counts.officials = officials.count
        progress("officials: \(officials.count)")

        let households = try HouseholdStore(database).list()
        var byCode: [String: Household] = [:]
        for household in households { if let code = household.code { byCode[code] = household } }
        let townCount = roster.townNames.count
        var pools = Array(repeating: [Official](), count: townCount)
        for (index, official) in officials.enumerated() { pools[index % townCount].append(official) }

        var start = 0
        while start < roster.households.count {
            let chunk = roster.households[start..<min(start + Self.householdsPerBatch, roster.households.count)]
            try database.batch {
                for info in chunk {
                    guard let household = byCode[info.code] else { continue }
                    let pool = pools[info.town]
                    let slot = info.village / townCount
                    var history = HouseholdHistory(
                        household: household, info: info,
                        responsible: pool[slot % pool.count],
                        companion: pool[(slot + 1) % pool.count], options: options)
                    try history.write(to: database, random: &random, pool: pool, counts: &counts)
                }
            }
            start += Self.householdsPerBatch
            if start % 5000 == 0 || start >= roster.households.count {
                progress("visits: \(min(start, roster.households.count)) households, \(counts.visits) visits")
            }
        }
        return counts
    }

    private func addOfficials(roster: CountyRoster, random: inout SeededRandom) throws(TrackerError) -> [Official] {
        let count = max(2 * roster.townNames.count, options.households * 600 / 50_000)
        let store = OfficialStore(database)
        return try database.batch {
            var names: Set<String> = []
            var officials: [Official] = []
            for index in 0..<count {
                var name: String
                repeat {
                    name = CountyNames.personName(&random, surname: CountyNames.surname(&random))
                } while !names.insert(name).inserted
                let town = roster.townNames[index % roster.townNames.count]
                let unit = random.chance(300) ? town + "政府" : random.pick(CountyNames.units)
                let phone = "13" + padded(random.below(1_000_000_000), 9)
                officials.append(
                    try store.add(name: name, unit: unit, title: random.pick(CountyNames.titles), phone: phone))
            }
            return officials
        }
    }
}
