import CSVKit
import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

/// The import reads its roster as a stream and writes household by
/// household inside one transaction: rows of a household may still be
/// anywhere in the file, a problem found late still leaves nothing written,
/// and the rows wait in temporary tables that go away.
final class RosterStreamingTests: XCTestCase {
    typealias F = RosterFixtures

    private func members(_ test: TestDatabase) throws -> [String] {
        try test.raw.query("""
            SELECT h.code, m.name, m.relation FROM members m JOIN households h ON h.id = m.household_id ORDER BY m.id
            """).map { $0.values.map { "\($0)" }.joined(separator: " ") }
    }

    private func stagingTables(_ test: TestDatabase) throws -> Int {
        try test.raw.scalarInt("SELECT count(*) FROM temp.sqlite_schema WHERE name LIKE 'roster%'") ?? -1
    }

    func testRowsOfAHouseholdScatteredThroughTheFileImportAsOneHousehold() throws {
        let rows = F.rows()
        let grouped = try TestDatabase()
        _ = try RosterImporter(grouped.database, today: F.today).run(Array(F.text(rows).utf8))
        let scattered = try TestDatabase()
        let plan = try RosterImporter(scattered.database, today: F.today)
            .run(Array(F.text([rows[1], rows[3], rows[0], rows[2]]).utf8))
        XCTAssertEqual(plan.householdsToAdd.map(\.householdCode), ["HZ001", "HZ002"], "in order of first appearance")
        XCTAssertEqual(plan.householdsToAdd.map(\.line), [4, 3], "each household's line is its head's")
        XCTAssertEqual(try members(scattered).sorted(), try members(grouped).sorted())
        XCTAssertEqual(try stagingTables(scattered), 0)
    }

    func testAProblemFoundAfterEarlierHouseholdsWereWrittenLeavesNothing() throws {
        let test = try TestDatabase()
        let before = try test.dump()
        let secondHead = "HZ002,陈集镇,焦庄村,苏小拴,户主,\(IDFixtures.id(birth: "19850101", sequence: 23)),男,,,,,,,,,"
        do {
            _ = try RosterImporter(test.database, today: F.today).run(Array(F.text(F.rows() + [secondHead]).utf8))
            XCTFail("a household with two heads was imported")
        } catch {
            XCTAssertEqual(error.kind, .invalidInput)
            XCTAssertEqual(error.details, ["line 6, 与户主关系: a second head for household HZ002; the first is on line 5"])
        }
        XCTAssertEqual(try test.dump(), before, "HZ001, planned and written before HZ002's problem, was rolled back")
        XCTAssertEqual(try stagingTables(test), 0)
    }

    func testARosterProducedWhileReadIsImportedWhole() throws {
        // 2,000 households of two, generated as the importer reads: the roster never exists whole.
        let households = 2_000
        var next = 0
        var pending: [UInt8] = Array((F.header + "\n").utf8)
        let source: CSVStreamReader.Source = { buffer in
            while pending.count < buffer.count && next < households {
                let code = "S\(next)"
                let birth = "19\(50 + next % 40)0\(1 + next % 9)1\(next % 9)"
                pending += Array("""
                    \(code),陈集镇,焦庄村,户主\(next),户主,\(IDFixtures.id(birth: birth, sequence: next % 500 * 2 + 1)),男,,,,,,,,,
                    \(code),,,配偶\(next),配偶,\(IDFixtures.id(birth: birth, sequence: next % 500 * 2)),女,,,,,,,,,

                    """.utf8)
                next += 1
            }
            let count = min(buffer.count, pending.count)
            for index in 0..<count { buffer[index] = pending[index] }
            pending.removeFirst(count)
            return count
        }
        let test = try TestDatabase()
        let plan = try RosterImporter(test.database, today: F.today).run(source: source)
        XCTAssertEqual(plan.rows, 2 * households)
        XCTAssertEqual(plan.householdsToAdd.count, households)
        XCTAssertEqual(plan.membersAdded, 2 * households)
        XCTAssertEqual(try test.count("members"), 2 * households)
        XCTAssertEqual(try stagingTables(test), 0)
    }

    func testASourceThatFailsEndsTheImportWithItsErrorAndNothingWritten() throws {
        let test = try TestDatabase()
        let before = try test.dump()
        var served = false
        let source: CSVStreamReader.Source = { buffer in
            guard !served else { throw TrackerError.io(path: "roster.csv", reason: "device gone") }
            served = true
            let bytes = Array(F.text(F.rows()).utf8)
            for index in bytes.indices { buffer[index] = bytes[index] }
            return bytes.count
        }
        XCTAssertThrowsError(try RosterImporter(test.database, today: F.today).run(source: source)) { error in
            XCTAssertEqual((error as? TrackerError)?.kind, .io)
        }
        XCTAssertEqual(try test.dump(), before)
    }
}
