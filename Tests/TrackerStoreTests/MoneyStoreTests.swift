import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

final class MoneyStoreTests: XCTestCase {
    private func household(_ test: TestDatabase, size: Int? = 3, code: String = "HZ001") throws -> Household {
        var given = fields(name: "赵丁先", code: code)
        given.size = size
        return try HouseholdStore(test.database).add(given)
    }

    func testPerCapitaIncomeIsComparedWithTheYearsLine() throws {
        let test = try TestDatabase()
        let zhao = try household(test)
        let change = try IncomeStore(test.database).add(
            household: zhao, year: 2020, wage: Money(yuan: 8000), business: Money(yuan: -500),
            transfer: try Money("2000.50"))
        XCTAssertNil(change.replaced)
        let income = change.income
        XCTAssertEqual(income.total, try Money("9500.50"))
        XCTAssertEqual(income.householdSize, 3)
        XCTAssertEqual(income.perCapita, try Money("3166.83"))
        XCTAssertEqual(income.perCapita, income.total.perCapita(among: 3))
        XCTAssertEqual(income.line?.amount, Money(yuan: 4000))
        XCTAssertEqual(income.isBelowLine, true)
    }

    func testASecondAddForTheYearReplacesItAndIsAudited() throws {
        let test = try TestDatabase()
        let zhao = try household(test)
        let store = IncomeStore(test.database)
        _ = try store.add(household: zhao, year: 2019, wage: Money(yuan: 9000))
        let again = try store.add(household: zhao, year: 2019, wage: Money(yuan: 12000), size: 4)
        XCTAssertEqual(again.replaced?.wage, Money(yuan: 9000))
        XCTAssertEqual(again.income.wage, Money(yuan: 12000))
        XCTAssertEqual(again.income.householdSize, 4)
        XCTAssertEqual(try test.count("incomes"), 1)
        XCTAssertEqual(try test.raw.scalarInt(
            "SELECT count(*) FROM audit_log WHERE table_name = 'incomes' AND action = 'update'"), 1)
        let audits = try test.count("audit_log")
        let same = try store.add(household: zhao, year: 2019, wage: Money(yuan: 12000), size: 4)
        XCTAssertFalse(same.changed)
        XCTAssertEqual(try test.count("audit_log"), audits, "identical values write nothing")
        XCTAssertEqual(try store.list(of: zhao).map(\.year), [2019])
    }

    func testSizeDefaultsToMembersAndIsOtherwiseAskedFor() throws {
        let test = try TestDatabase()
        // A seeded household has no size; its head is its one member.
        _ = try SeedLoader(test.database).load()
        let noSize = try HouseholdStore(test.database).resolve("赵丁先")
        let store = IncomeStore(test.database)
        XCTAssertEqual(try store.add(household: noSize, year: 2019, wage: Money(yuan: 1)).income.householdSize, 1)
        let members = MemberStore(test.database)
        _ = try members.add(MemberFields(name: "王秀英", relation: .spouse), to: noSize)
        XCTAssertEqual(try store.add(household: noSize, year: 2020, wage: Money(yuan: 1)).income.householdSize, 2)
        // With neither a size nor a current member, the size is asked for.
        let today = CalendarDate(year: 2021, month: 1, day: 15)!
        for name in ["赵丁先", "王秀英"] {
            _ = try members.remove(try members.resolve(name, in: noSize), reason: .movedOut,
                                   on: CalendarDate(year: 2021, month: 1, day: 2)!, note: nil, today: today)
        }
        XCTAssertThrowsError(try store.add(household: noSize, year: 2021, wage: Money(yuan: 1))) { error in
            XCTAssertEqual((error as! TrackerError).kind, .refused)
            XCTAssertTrue((error as! TrackerError).message.en.contains("--size"))
        }
        // A household added through the store has its head as a member from the start.
        let added = try household(test, size: nil)
        XCTAssertEqual(try store.add(household: added, year: 2020, wage: Money(yuan: 1)).income.householdSize, 1)
    }

    func testYearsAndAmountsAreChecked() throws {
        let test = try TestDatabase()
        let zhao = try household(test)
        let store = IncomeStore(test.database)
        for attempt in [
            { _ = try store.add(household: zhao, year: 1977, wage: Money(yuan: 1)) },
            { _ = try store.add(household: zhao, year: 2020, wage: Money(yuan: -1)) },
            { _ = try store.add(household: zhao, year: 2020) },
            { _ = try store.add(household: zhao, year: 2020, transfer: Money(yuan: 20_000_000)) },
            { _ = try MeasureStore(test.database).add(household: zhao, year: 2020, kind: .finance, note: " ") },
            { _ = try PovertyLineStore(test.database).set(year: 2022, amount: .zero) },
        ] as [() throws -> Void] {
            XCTAssertThrowsError(try attempt()) { XCTAssertEqual(($0 as! TrackerError).kind, .invalidInput) }
        }
        XCTAssertEqual(try test.count("incomes"), 0)
    }

    func testALineSetForAYearIsListedAndUsed() throws {
        let test = try TestDatabase()
        let lines = PovertyLineStore(test.database)
        _ = try lines.set(year: 2022, amount: Money(yuan: 6500), note: "provincial monitoring line")
        _ = try lines.set(year: 2022, amount: Money(yuan: 7000), region: "山东")
        let listed = try lines.list()
        XCTAssertEqual(listed.map(\.year), [2010, 2019, 2020, 2021, 2022, 2022])
        XCTAssertEqual(listed.last?.region, "山东")
        let audits = try test.count("audit_log")
        _ = try lines.set(year: 2022, amount: Money(yuan: 7000), region: "山东")
        XCTAssertEqual(try test.count("audit_log"), audits)
        _ = try lines.set(year: 2020, amount: Money(yuan: 4000), approximate: false, note: "confirmed")
        XCTAssertEqual(try lines.list().first { $0.year == 2020 }?.approximate, false)
        XCTAssertEqual(try test.count("poverty_lines"), 6)

        let zhao = try household(test, size: 2)
        let income = try IncomeStore(test.database).add(household: zhao, year: 2022, wage: Money(yuan: 13_600))
        XCTAssertEqual(income.income.line?.region, "山东", "a regional line wins over the national one")
        XCTAssertEqual(income.income.isBelowLine, true)
    }

    func testMeasuresAreListedByYear() throws {
        let test = try TestDatabase()
        let zhao = try household(test)
        let store = MeasureStore(test.database)
        _ = try store.add(household: zhao, year: 2019, kind: .employment, note: "扶贫车间务工")
        _ = try store.add(household: zhao, year: 2020, kind: .safetyNet, note: "低保", amount: Money(yuan: 3600))
        _ = try store.add(household: zhao, year: 2020, kind: .publicJob, note: "保洁公益岗")
        XCTAssertEqual(try store.list(of: zhao).map(\.year), [2020, 2020, 2019])
        let in2020 = try store.list(of: zhao, year: 2020)
        XCTAssertEqual(in2020.map(\.kind), [.safetyNet, .publicJob])
        XCTAssertEqual(in2020.first?.amount, Money(yuan: 3600))
    }
}
