import CSVKit
import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

final class RosterImporterTests: XCTestCase {
    typealias F = RosterFixtures

    private func importer(_ test: TestDatabase) -> RosterImporter {
        RosterImporter(test.database, today: F.today)
    }

    /// Runs an import expected to fail and returns its error.
    private func failure(_ bytes: [UInt8], in test: TestDatabase, file: StaticString = #filePath, line: UInt = #line)
        throws -> TrackerError {
        let before = try test.dump()
        do {
            _ = try importer(test).run(bytes)
        } catch {
            XCTAssertEqual(try test.dump(), before, "a failed import wrote something", file: file, line: line)
            XCTAssertEqual(error.kind, .invalidInput, file: file, line: line)
            return error
        }
        XCTFail("the import succeeded", file: file, line: line)
        return TrackerError(.io, en: "", zh: "")
    }

    private func bytes(_ rows: [String], header: String = F.header) -> [UInt8] {
        Array(F.text(rows, header: header).utf8)
    }

    /// The summary line needs only counts: a caller that does not list the
    /// households added does not have them held, and the counts are the same.
    func testHouseholdsAddedAreCountedAndListedOnlyWhenAsked() throws {
        let listed = try importer(try TestDatabase()).run(F.bytes(), dryRun: true)
        XCTAssertEqual(listed.householdsAdded, 2)
        XCTAssertEqual(listed.householdsToAdd.count, 2)
        let test = try TestDatabase()
        var counting = importer(test)
        counting.listsAddedHouseholds = false
        let counted = try counting.run(F.bytes())
        XCTAssertEqual(counted.householdsAdded, 2)
        XCTAssertEqual(counted.householdsToAdd, [])
        XCTAssertFalse(counted.isEmpty)
        XCTAssertEqual(try test.count("households"), 2)
    }

    func testImportsAValidRosterWithBOMCRLFAndQuotedCommas() throws {
        let test = try TestDatabase()
        let plan = try importer(test).run(F.bytes())
        XCTAssertTrue(plan.applied)
        XCTAssertEqual(plan.encoding, .utf8BOM)
        XCTAssertEqual(plan.rows, 4)
        XCTAssertEqual(plan.householdsToAdd.map(\.householdCode), ["HZ001", "HZ002"])
        XCTAssertEqual(plan.membersAdded, 4)
        XCTAssertEqual(plan.warnings, [.unknownColumn(header: "备注", position: 16)])
        XCTAssertEqual(try test.count("households"), 2)
        XCTAssertEqual(try test.count("members"), 4)

        let zhao = try HouseholdStore(test.database).resolve("HZ001")
        XCTAssertEqual(zhao.headName, "赵丁先")
        XCTAssertEqual(zhao.headIDNumber, F.zhao)
        XCTAssertEqual(zhao.place, PlacePath(town: "陈集镇", village: "焦庄村"))
        XCTAssertEqual(zhao.causes, [.illness, .lackSkills])
        XCTAssertEqual(zhao.status, .lifted)
        XCTAssertEqual(zhao.attribute, .general)
        XCTAssertEqual(zhao.phone, "13812345678")
        let members = try HouseholdStore(test.database).caseFile(of: zhao, today: F.today).members
        XCTAssertEqual(members.map(\.name), ["赵丁先", "王秀英", "赵小明"])
        XCTAssertEqual(members[1].birthDate, CalendarDate(year: 1967, month: 5, day: 3))
        XCTAssertEqual(members[2].relation, .child)
        XCTAssertEqual(members[2].sex, .male, "sex comes from the ID number when the cell is blank")
        XCTAssertEqual(members[0].health, .chronic)
        XCTAssertEqual(try test.count("places"), 2, "one town, one village")
        XCTAssertEqual(try test.raw.scalarText("SELECT DISTINCT operator FROM audit_log WHERE operator <> 'tracker upgrade'"), "tester")
    }

    func testEnglishHeadersInAnyOrderAndCaseAreRecognised() throws {
        let test = try TestDatabase()
        let roster = " Name ,RELATION,household_code,Village,town,ID Number\n赵丁先,head,HZ001,焦庄村,陈集镇,\(F.zhao)\n"
        let plan = try importer(test).run(Array(roster.utf8))
        XCTAssertEqual(plan.membersAdded, 1)
        XCTAssertTrue(plan.warnings.isEmpty)
        XCTAssertEqual(plan.encoding, .utf8)
    }

    func testOneBadIDNumberInTheMiddleImportsNothingAndNamesLineAndColumn() throws {
        let test = try TestDatabase()
        var rows = F.rows()
        let bad = F.badID("19670503", 242)
        rows[1] = rows[1].replacingOccurrences(of: F.wang, with: bad.value)
        let error = try failure(bytes(rows), in: test)
        XCTAssertEqual(error.details, ["line 3, 身份证号: check character should be \(bad.expected), not \(bad.found)"])
        XCTAssertTrue(error.message.en.contains("1 problem on 1 line"), error.message.en)
        XCTAssertEqual(try test.count("households"), 0)
    }

    func testEveryBadRowIsReported() throws {
        let test = try TestDatabase()
        var rows = F.rows()
        rows[0] = rows[0].replacingOccurrences(of: "长期慢性病", with: "很好")
        rows[1] = rows[1].replacingOccurrences(of: "1967/5/3", with: "1967/2/30")
        rows[2] = rows[2].replacingOccurrences(of: "之子", with: "邻居")
        rows[3] = rows[3].replacingOccurrences(of: "低保贫困户", with: "富户")
        let error = try failure(bytes(rows), in: test)
        XCTAssertEqual(error.details.count, 4, "\(error.details)")
        XCTAssertTrue(error.details[0].hasPrefix("line 2, 健康状况: '很好' is not recognised"), error.details[0])
        XCTAssertTrue(error.details[1].hasPrefix("line 3, 出生日期:"), error.details[1])
        XCTAssertTrue(error.details[2].hasPrefix("line 4, 与户主关系:"), error.details[2])
        XCTAssertTrue(error.details[3].hasPrefix("line 5, 贫困户属性:"), error.details[3])
        XCTAssertTrue(error.message.zh.contains("4 处问题"))
    }

    func testProblemsBeyondTwoHundredAreCounted() throws {
        let test = try TestDatabase()
        let rows = (0..<250).map { "HZ\($0),陈集镇,焦庄村,某人\($0),户主,,,,很好,,,,,,," }
        let error = try failure(bytes(rows), in: test)
        XCTAssertEqual(error.details.count, 201)
        XCTAssertEqual(error.details.last, "… and 50 more")
    }

    func testMissingHeadTwoHeadsAndConflictingVillagesAreReported() throws {
        let test = try TestDatabase()
        var rows = F.rows()
        rows[0] = rows[0].replacingOccurrences(of: ",户主,", with: ",父亲,")  // HZ001 loses its head
        rows.append("HZ002,陈集镇,焦庄村,苏大,户主,,男,,,,,,,,,")               // HZ002 gets a second
        rows.append("HZ002,陈集镇,李庄村,苏二,子女,,男,,,,,,,,,")               // and another village
        let error = try failure(bytes(rows), in: test)
        XCTAssertEqual(error.details.count, 3, "\(error.details)")
        XCTAssertTrue(error.details[0].hasPrefix("line 2, 与户主关系: household HZ001 has no head"), error.details[0])
        XCTAssertTrue(error.details[1].hasPrefix("line 6, 与户主关系: a second head for household HZ002; the first is on line 5"))
        XCTAssertTrue(error.details[2].hasPrefix("line 7, 村（社区）: household HZ002 is in 焦庄村 on line 5, not 李庄村"), error.details[2])
    }

    func testMissingRequiredColumnIsNamed() throws {
        let test = try TestDatabase()
        let roster = "户编号,乡镇,村,与户主关系\nHZ001,陈集镇,焦庄村,户主\n"
        let error = try failure(Array(roster.utf8), in: test)
        XCTAssertTrue(error.message.en.contains("no 姓名 (name) column"), error.message.en)
        XCTAssertTrue(error.message.zh.contains("缺少“姓名”列"), error.message.zh)
    }

    func testRaggedRowAndDuplicateIDAreReported() throws {
        let test = try TestDatabase()
        var rows = F.rows()
        rows[1] += ",extra"
        rows.append("HZ002,陈集镇,焦庄村,苏某,子女,\(F.su),,,,,,,,,,")
        let error = try failure(bytes(rows), in: test)
        XCTAssertEqual(error.details, [
            "line 3: has 17 fields but the header has 16; look for a missing or extra comma",
            "line 6, 身份证号: the same ID number as line 5",
        ])
    }

    func testAnIDNumberOfAnotherHouseholdInTheDatabaseIsRefused() throws {
        let test = try TestDatabase()
        _ = try importer(test).run(F.bytes())
        let error = try failure(bytes(["HZ009,陈集镇,焦庄村,王秀英,户主,\(F.wang),,,,,,,,,,"]), in: test)
        XCTAssertEqual(error.details.count, 1)
        XCTAssertTrue(error.details[0].hasPrefix("line 2, 身份证号: this ID number belongs to 王秀英 (HZ001)"), error.details[0])
    }

    func testDryRunWritesNothingAndPlansWhatARealRunDoes() throws {
        let test = try TestDatabase()
        let before = try test.dump()
        let dry = try importer(test).run(F.bytes(), dryRun: true)
        XCTAssertFalse(dry.applied)
        XCTAssertEqual(try test.dump(), before)
        let real = try importer(test).run(F.bytes())
        XCTAssertEqual(dry.householdsToAdd, real.householdsToAdd)
        XCTAssertEqual(dry.membersAdded, real.membersAdded)
    }

    func testImportingTwiceChangesNothingTheSecondTime() throws {
        let test = try TestDatabase()
        _ = try importer(test).run(F.bytes())
        let before = try test.dump()
        let second = try importer(test).run(F.bytes())
        XCTAssertEqual(try test.dump(), before, "not even an audit entry")
        XCTAssertTrue(second.isEmpty)
        XCTAssertEqual(second.householdsUnchanged, 2)
        XCTAssertEqual(second.membersUnchanged, 4)
        XCTAssertEqual(second.membersNotInFile, 0)
    }

    func testACorrectedRosterUpdatesOnlyWhatChanged() throws {
        let test = try TestDatabase()
        _ = try importer(test).run(F.bytes())
        let auditBefore = try test.count("audit_log")
        // 王秀英's health corrected; 赵小明 left out of this export.
        var rows = F.rows(wangHealth: "残疾")
        rows.remove(at: 2)
        let plan = try importer(test).run(Array(F.text(rows).utf8))
        XCTAssertEqual(plan.membersToUpdate, [RosterChange(line: 3, householdCode: "HZ001", name: "王秀英", columns: [.health])])
        XCTAssertTrue(plan.householdsToUpdate.isEmpty)
        XCTAssertEqual(plan.membersNotInFile, 1)
        XCTAssertEqual(try test.count("members"), 4, "absent members are kept")
        let audit = try test.raw.query(
            "SELECT action, table_name, old_values, new_values FROM audit_log WHERE id > :id", ["id": auditBefore])
        XCTAssertEqual(audit.count, 1)
        XCTAssertEqual(audit[0][0].string, "update")
        XCTAssertEqual(audit[0][1].string, "members")
        XCTAssertTrue(audit[0][2].string!.contains("\"health\":\"healthy\""))
        XCTAssertTrue(audit[0][3].string!.contains("\"health\":\"disabled\""))
    }

    func testAMemberWithoutIDIsMatchedByNameAndAHouseholdFieldUpdates() throws {
        let test = try TestDatabase()
        let first = ["HZ005,丹阳街道办,药王庄社区,沈红荣,户主,,女,1945-01-01,,,,,,未脱贫,,"]
        _ = try importer(test).run(bytes(first))
        let second = ["HZ005,丹阳街道办,药王庄社区,沈红荣,户主,,女,1945-01-01,患有大病,,,,,已脱贫,,"]
        let plan = try importer(test).run(bytes(second))
        XCTAssertEqual(plan.membersToUpdate.map(\.columns), [[.health]])
        XCTAssertEqual(plan.householdsToUpdate.map(\.columns), [[.status]])
        XCTAssertEqual(try test.count("members"), 1)
        XCTAssertEqual(try HouseholdStore(test.database).resolve("HZ005").status, .lifted)
    }

    func testGB18030RosterImportsTheSame() throws {
        let utf8 = try TestDatabase()
        let gb = try TestDatabase()
        _ = try importer(utf8).run(F.bytes())
        let encoded = try TextEncoder.encode(F.text(F.rows()), as: .gb18030)
        let plan = try importer(gb).run(encoded)
        XCTAssertEqual(plan.encoding, .gb18030)
        for table in ["places", "households", "household_causes", "members"] {
            XCTAssertEqual(try utf8.raw.query("SELECT * FROM \(table) ORDER BY id"),
                           try gb.raw.query("SELECT * FROM \(table) ORDER BY id"), table)
        }
    }

    func testAnEmptyFileAndBrokenQuotingAreInvalidInput() throws {
        let test = try TestDatabase()
        XCTAssertEqual(try failure([], in: test).kind, .invalidInput)
        let broken = try failure(bytes(["HZ001,陈集镇,焦庄村,赵\"丁先,户主,,,,,,,,,,,"]), in: test)
        XCTAssertTrue(broken.message.en.contains("line 2"), broken.message.en)
    }
}
