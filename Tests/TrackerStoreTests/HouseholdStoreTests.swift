import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

final class HouseholdStoreTests: XCTestCase {
    func testAddThenResolveByNameAndCode() throws {
        let test = try TestDatabase()
        let store = HouseholdStore(test.database)
        var input = fields(name: "赵丁先", code: "3717010001")
        input.county = "菏泽开发区"
        input.attribute = .dibao
        input.causes = [.illness, .disability]
        input.size = 3
        let added = try store.add(input)
        XCTAssertEqual(try store.resolve("赵丁先"), added)
        XCTAssertEqual(try store.resolve("3717010001"), added)
        XCTAssertEqual(added.causes, [.illness, .disability], "main cause first")
        XCTAssertEqual(added.place.county, "菏泽开发区")
    }

    func testAmbiguousNameListsCandidatesAndVillageSettlesIt() throws {
        let test = try TestDatabase()
        let store = HouseholdStore(test.database)
        _ = try store.add(fields(name: "张文峰", village: "焦庄村"))
        let other = try store.add(fields(name: "张文峰", village: "李庄村"))
        XCTAssertThrowsError(try store.resolve("张文峰")) { error in
            let error = error as! TrackerError
            XCTAssertEqual(error.kind, .ambiguous)
            XCTAssertEqual(error.details.count, 2)
            XCTAssertTrue(error.details.joined().contains("焦庄村") && error.details.joined().contains("李庄村"))
            XCTAssertTrue(error.message.en.contains("--village"))
        }
        XCTAssertEqual(try store.resolve("张文峰", village: "李庄村"), other)
    }

    func testUnknownNameSuggestsCloseNames() throws {
        let test = try TestDatabase()
        let store = HouseholdStore(test.database)
        _ = try store.add(fields(name: "赵丁先"))
        XCTAssertThrowsError(try store.resolve("赵丁仙")) { error in
            let error = error as! TrackerError
            XCTAssertEqual(error.kind, .notFound)
            XCTAssertTrue(error.message.en.contains("赵丁先 (焦庄村, 陈集镇)"), error.message.en)
        }
        XCTAssertThrowsError(try store.resolve("王五")) { error in
            XCTAssertFalse((error as! TrackerError).message.en.contains("did you mean"))
        }
    }

    func testDuplicateCodeAndBadValuesAreRefusedWithoutWriting() throws {
        let test = try TestDatabase()
        let store = HouseholdStore(test.database)
        _ = try store.add(fields(name: "赵丁先", code: "A1"))
        let before = try test.dump()
        XCTAssertThrowsError(try store.add(fields(name: "苏记拴", code: "A1"))) { error in
            XCTAssertEqual((error as! TrackerError).kind, .refused)
            XCTAssertTrue((error as! TrackerError).message.en.contains("already belongs to 赵丁先"))
        }
        var badSize = fields(name: "苏记拴")
        badSize.size = 0
        XCTAssertThrowsError(try store.add(badSize))
        var yearWithoutLifted = fields(name: "苏记拴")
        yearWithoutLifted.liftedYear = 2019
        XCTAssertThrowsError(try store.add(yearWithoutLifted))
        XCTAssertThrowsError(try store.add(fields(name: "  ")))
        XCTAssertThrowsError(try store.add(fields(name: "a\u{7}b")))
        XCTAssertThrowsError(try store.add(fields(name: String(repeating: "长", count: 101))))
        var badPhone = fields(name: "苏记拴")
        badPhone.phone = "call me"
        XCTAssertThrowsError(try store.add(badPhone))
        XCTAssertEqual(try test.dump(), before)
    }

    func testEditChangesOnlyGivenFields() throws {
        let test = try TestDatabase()
        let store = HouseholdStore(test.database)
        var input = fields(name: "沈红荣", town: "丹阳街道办", village: "药王庄社区")
        input.phone = "13800000000"
        let household = try store.add(input)
        var change = HouseholdFields()
        change.status = .lifted
        change.liftedYear = 2020
        // The bare household meets no rule of 脱贫 (LiftingTests); overriding keeps this test on the fields.
        let edited = try store.edit(household, change, override: "核实")
        XCTAssertEqual(edited.status, .lifted)
        XCTAssertEqual(edited.liftedYear, 2020)
        XCTAssertEqual(edited.phone, "13800000000")
        XCTAssertThrowsError(try store.edit(edited, HouseholdFields()), "an empty edit is refused")
    }

    func testHostileTextIsStoredAsData() throws {
        let test = try TestDatabase()
        let name = "x'); DROP TABLE households; --"
        let added = try HouseholdStore(test.database).add(fields(name: name))
        XCTAssertEqual(added.headName, name)
        XCTAssertEqual(try test.count("households"), 1)
    }

    func testTheHeadIsAMemberAndFollowsEdits() throws {
        let test = try TestDatabase()
        let store = HouseholdStore(test.database)
        var input = fields(name: "王五", code: "H1")
        input.headIDNumber = try ResidentID("372901198001011236", today: CalendarDate(year: 2024, month: 1, day: 1)!)
        let household = try store.add(input)
        var members = try store.caseFile(of: household, today: CalendarDate(year: 2024, month: 1, day: 1)!).members
        XCTAssertEqual(members.map(\.name), ["王五"])
        XCTAssertEqual(members.first?.relation, .head)
        XCTAssertEqual(members.first?.birthDate?.description, "1980-01-01", "taken from the ID number")
        XCTAssertEqual(members.first?.sex, .male)
        XCTAssertThrowsError(try MemberStore(test.database).add(MemberFields(name: "王六", relation: .head), to: household),
                             "a household has one head")
        var rename = HouseholdFields()
        rename.headName = "王伍"
        _ = try store.edit(household, rename)
        members = try store.caseFile(of: household, today: CalendarDate(year: 2024, month: 1, day: 1)!).members
        XCTAssertEqual(members.map(\.name), ["王伍"])

        // Another household cannot take a number a member already carries.
        var child = MemberFields(name: "王小五", relation: .child)
        child.idNumber = try ResidentID("372901201003040027", today: CalendarDate(year: 2024, month: 1, day: 1)!)
        _ = try MemberStore(test.database).add(child, to: household)
        var other = fields(name: "李四", code: "H2")
        other.headIDNumber = child.idNumber
        let before = try test.dump()
        XCTAssertThrowsError(try store.add(other)) { error in
            XCTAssertEqual((error as! TrackerError).kind, .refused)
            XCTAssertTrue((error as! TrackerError).message.en.contains("王小五"), "\(error)")
        }
        XCTAssertEqual(try test.dump(), before)
    }
}

/// `household show 王欣德` at 50,000 households spent 80% of its time in a
/// case-insensitive code lookup that reads every household (issue 19: show
/// within 1.5× of sqlite3); it only runs for text with an ASCII letter.
final class HouseholdResolveCostTests: XCTestCase {
    func testOnlyTextWithAnASCIILetterTriesTheCaseInsensitiveCodeLookup() throws {
        for name in ["王欣德", "3717010001", "李 四", "Ｈ００１"] {
            XCTAssertFalse(HouseholdStore.mayDifferInLetterCase(name), name)
        }
        for code in ["h001", "H001", "x", "3717-a"] { XCTAssertTrue(HouseholdStore.mayDifferInLetterCase(code), code) }
    }

    func testALowerCaseCodeStillFindsItsHousehold() throws {
        let test = try TestDatabase()
        let store = HouseholdStore(test.database)
        let added = try store.add(fields(name: "赵丁先", code: "HZ0101"))
        XCTAssertEqual(try store.resolve("hz0101"), added)
        XCTAssertEqual(try store.resolve("赵丁先"), added)
    }
}
