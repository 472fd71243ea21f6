import CountyGenerator
import TestSupport
import XCTest

@testable import TrackerDomain
@testable import TrackerStore

/// The benchmark's county (Benchmarks/CountyGenerator) is a function of its
/// seed, so figures from two runs or two machines describe the same data.
final class CountyGeneratorTests: XCTestCase {
    let today = CalendarDate(year: 2021, month: 1, day: 15)!

    func testSameSeedGivesTheSameRosterBytes() {
        let first = CountyRoster(households: 40, seed: 7, today: today)
        let second = CountyRoster(households: 40, seed: 7, today: today)
        XCTAssertEqual(first.csv, second.csv)
        XCTAssertEqual(first.households, second.households)
        XCTAssertNotEqual(first.csv, CountyRoster(households: 40, seed: 8, today: today).csv)
        XCTAssertEqual(first.households.count, 40)
        XCTAssertGreaterThan(first.persons, 40)
        XCTAssertEqual(CountyRoster(persons: 100, seed: 7, today: today, codePrefix: "IM").persons >= 100, true)
    }

    func testEveryIDNumberIsValidAndUnique() throws {
        let roster = CountyRoster(households: 60, seed: 3, today: today)
        let lines = String(decoding: roster.csv, as: UTF8.self).split(separator: "\r\n").dropFirst()
        XCTAssertEqual(lines.count, roster.persons)
        var seen: Set<String> = []
        for line in lines {
            let number = String(line.split(separator: ",", omittingEmptySubsequences: false)[5])
            XCTAssertNoThrow(try ResidentID(number, today: today), number)
            XCTAssertTrue(seen.insert(number).inserted, "duplicate \(number)")
        }
    }

    /// Two builds from one seed write the same rows (the audit trail and the
    /// household facts, with their times of recording, aside).
    func testSameSeedBuildsTheSameCounty() throws {
        let options = CountyBuilder.Options(households: 12, seed: 11, months: 4)
        var contents: [[String]] = []
        var counts: [CountyBuilder.Counts] = []
        for _ in 0..<2 {
            let test = try TestDatabase()
            counts.append(try CountyBuilder(test.database, options: options).build())
            contents.append(try test.dump().filter { !$0.hasPrefix("audit_") && !$0.hasPrefix("schema_migrations") && !$0.hasPrefix("household_facts") })
            XCTAssertEqual(try test.count("visits"), counts.last!.visits)
            XCTAssertEqual(try test.count("households"), 12)
        }
        XCTAssertEqual(counts[0], counts[1])
        XCTAssertEqual(contents[0], contents[1])
        XCTAssertGreaterThan(counts[0].visits, 12)
        XCTAssertGreaterThan(counts[0].checks, counts[0].visits)
    }
}
