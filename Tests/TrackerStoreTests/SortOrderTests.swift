import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

/// Lists come in the order a Chinese reader expects (issue 12, item 9).
final class SortOrderTests: XCTestCase {
    private func sorted(_ texts: [String]) -> [String] {
        texts.sorted { ChineseSortKey.key($0).lexicographicallyPrecedes(ChineseSortKey.key($1)) }
    }

    func testCommonCharactersSortByPinyin() {
        // chen < dan < jiao < li < su < yao < zhang < zhao
        XCTAssertEqual(sorted(["赵丁先", "丹阳街道办", "张文峰", "药王庄社区", "陈集镇", "苏记拴", "李庄村", "焦庄村"]),
                       ["陈集镇", "丹阳街道办", "焦庄村", "李庄村", "苏记拴", "药王庄社区", "张文峰", "赵丁先"])
    }

    func testDigitRunsCompareAsNumbersAndLettersIgnoreCase() {
        XCTAssertEqual(sorted(["H10", "h3", "H2", "H1", "H02a", "G99"]), ["G99", "H1", "H2", "H02a", "h3", "H10"])
        XCTAssertEqual(sorted(["3717010010", "3717010002"]), ["3717010002", "3717010010"])
        XCTAssertEqual(sorted(["张三2组", "张三10组", "张三1组"]), ["张三1组", "张三2组", "张三10组"])
    }

    func testHouseholdListGoesByTownVillageNameInPinyinThenCodeNaturally() throws {
        let test = try TestDatabase()
        let store = HouseholdStore(test.database)
        _ = try store.add(fields(name: "沈红荣", town: "丹阳街道办", village: "药王庄社区"))
        _ = try store.add(fields(name: "赵丁先", village: "焦庄村"))
        _ = try store.add(fields(name: "苏记拴", village: "焦庄村"))
        _ = try store.add(fields(name: "张伟", village: "焦庄村", code: "H10"))
        _ = try store.add(fields(name: "张伟", village: "焦庄村", code: "H2"))
        _ = try store.add(fields(name: "王五", village: "李庄村"))
        let order = try store.list().map { $0.headName + ($0.code ?? "") }
        XCTAssertEqual(order, ["苏记拴", "张伟H2", "张伟H10", "赵丁先", "王五", "沈红荣"])
    }

    func testOfficialsListByPinyin() throws {
        let test = try TestDatabase()
        let store = OfficialStore(test.database)
        for name in ["朱家福", "李国珍", "陈明"] { _ = try store.add(name: name, unit: nil, title: nil, phone: nil) }
        XCTAssertEqual(try store.list().map(\.name), ["陈明", "李国珍", "朱家福"])
    }

    func testCodesMatchIgnoringCase() throws {
        let test = try TestDatabase()
        let store = HouseholdStore(test.database)
        let added = try store.add(fields(name: "王五", code: "H001"))
        XCTAssertEqual(try store.resolve("h001"), added)
        XCTAssertThrowsError(try store.add(fields(name: "王六", code: "h001"))) { error in
            XCTAssertEqual((error as? TrackerError)?.kind, .refused)
        }
    }
}

extension SortOrderTests {
    func testARosterMatchesStoredCodesIgnoringCase() throws {
        let test = try TestDatabase()
        let importer = RosterImporter(test.database, today: RosterFixtures.today)
        _ = try importer.run(RosterFixtures.bytes())
        let lowered = RosterFixtures.rows().map { $0.replacingOccurrences(of: "HZ00", with: "hz00") }
        let again = try importer.run(Array(RosterFixtures.text(lowered).utf8))
        XCTAssertEqual(again.householdsToAdd.count, 0, "hz001 is the stored HZ001")
        XCTAssertEqual(try test.count("households"), 2)
    }
}
