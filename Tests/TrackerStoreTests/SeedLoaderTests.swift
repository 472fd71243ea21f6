import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

final class SeedLoaderTests: XCTestCase {
    func testSeedLoadsTheArticleFactsOnce() throws {
        let test = try TestDatabase()
        let first = try SeedLoader(test.database).load()
        XCTAssertEqual(first, SeedLoader.Report(officials: 2, households: 4, assignments: 1, visits: 4))
        let before = try test.dump()
        let second = try SeedLoader(test.database).load()
        XCTAssertEqual(second.total, 0, "seeding twice adds nothing")
        XCTAssertEqual(try test.dump(), before)
    }

    /// Every household has its head among its members (`HouseholdStore`'s
    /// invariant); the seed wrote its households with INSERTs of its own and
    /// gave them none (issue 15, item 1).
    func testEverySeededHouseholdHasItsHeadAsItsOneMemberHead() throws {
        let test = try TestDatabase()
        _ = try SeedLoader(test.database).load()
        let store = HouseholdStore(test.database)
        let households = try store.list()
        XCTAssertEqual(households.count, 4)
        for household in households {
            let members = try store.caseFile(of: household, today: CalendarDate(year: 2020, month: 4, day: 1)!).members
            XCTAssertEqual(members.filter { $0.relation == .head }.map(\.name), [household.headName],
                           "\(household.headName) is the head member of their household")
        }
    }

    func testSeededCaseOfZhaoDingxian() throws {

        let test = try TestDatabase()
        _ = try SeedLoader(test.database).load()
        let store = HouseholdStore(test.database)
        let household = try store.resolve("赵丁先")
        XCTAssertEqual(household.place, PlacePath(county: "菏泽开发区", town: "陈集镇", village: "焦庄村"))
        XCTAssertNotNil(household.source)
        let file = try store.caseFile(of: household, today: CalendarDate(year: 2020, month: 4, day: 1)!)
        XCTAssertEqual(file.visits.count, 1)
        XCTAssertEqual(file.visits[0].date.description, "2020-03-23")
        XCTAssertEqual(file.visits[0].officials.map(\.name), ["李国珍"])
        XCTAssertEqual(file.visits[0].campaign, "大走访、大排查、大整改")
        XCTAssertTrue(file.visits[0].checks.isEmpty, "the article reports no item checks for this visit")
        XCTAssertTrue(file.checklist.allSatisfy { $0.result == nil && $0.lastChecked == nil })
    }

    func testSeededSurveyOfShenHongrongRecordsCheckedItemsWithoutOutcomes() throws {
        let test = try TestDatabase()
        _ = try SeedLoader(test.database).load()
        let store = HouseholdStore(test.database)
        let household = try store.resolve("沈红荣")
        XCTAssertEqual(household.place.village, "药王庄社区")
        XCTAssertEqual(household.place.town, "丹阳街道办")
        let file = try store.caseFile(of: household, today: CalendarDate(year: 2020, month: 4, day: 1)!)
        XCTAssertEqual(file.assignments.map(\.official.name), ["朱家福"])
        XCTAssertEqual(file.assignments.first?.role, .pairedCadre)
        XCTAssertEqual(file.visits.map(\.date.description), ["2020-03-20"])
        XCTAssertEqual(file.visits[0].kind, .survey)
        XCTAssertEqual(Set(file.visits[0].checks.map(\.result)), [.unrecorded])
        XCTAssertEqual(file.visits[0].checks.count, 6)
        // Looked at, but no outcome: status stays unknown, last-checked date is known.
        for status in file.checklist {
            XCTAssertNil(status.result)
            XCTAssertEqual(status.lastChecked?.description, "2020-03-20")
        }
    }
}
