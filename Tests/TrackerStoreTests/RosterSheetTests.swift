import CSVKit
import TestSupport
import XCTest

@testable import TrackerDomain
@testable import TrackerStore

/// Rows from a spreadsheet go through the same roster pipeline as CSV, with
/// the header found below title rows.
final class RosterSheetTests: XCTestCase {
    private let header = ["户编号", "乡镇", "村", "姓名", "与户主关系", ""]

    private func rows(_ data: [[String]], headerLine: Int) -> [CSVRecord] {
        var records = (1..<headerLine).map { CSVRecord(line: $0, fields: ["陈集镇花名册 \($0)", "", "", "", "", ""]) }
        records.append(CSVRecord(line: headerLine, fields: header))
        for (offset, fields) in data.enumerated() { records.append(CSVRecord(line: headerLine + 1 + offset, fields: fields)) }
        return records
    }

    func testTheHeaderIsFoundBelowTitleRowsAndRowsKeepTheirNumbers() throws {
        let test = try TestDatabase()
        let importer = RosterImporter(test.database, today: RosterFixtures.today)
        let records = rows([["H1", "陈集镇", "焦庄村", "王五", "户主", ""], ["H1", "陈集镇", "焦庄村", "王小五", "子女", ""]], headerLine: 3)
        let plan = try importer.run(sheetRows: records, sheet: "花名册", dryRun: true)
        XCTAssertEqual(plan.headerLine, 3)
        XCTAssertEqual(plan.sheet, "花名册")
        XCTAssertEqual(plan.rows, 2)
        XCTAssertEqual(plan.membersToAdd.map(\.line), [4, 5])
        XCTAssertEqual(plan.warnings, [])
    }

    func testAHeaderBelowRowFiveIsNotSearchedButCanBeNamed() throws {
        let test = try TestDatabase()
        let importer = RosterImporter(test.database, today: RosterFixtures.today)
        let records = rows([["H1", "陈集镇", "焦庄村", "王五", "户主", ""]], headerLine: 7)
        XCTAssertThrowsError(try importer.run(sheetRows: records, sheet: "S", dryRun: true)) { error in
            XCTAssertTrue((error as? TrackerError)?.message.en.contains("(line 1)") == true, "\(error)")
        }
        XCTAssertEqual(try importer.run(sheetRows: records, sheet: "S", headerRow: 7, dryRun: true).rows, 1)
    }

    func testABadRowIsReportedByItsRowNumberAndNothingIsWritten() throws {
        let test = try TestDatabase()
        let before = try test.dump()
        let importer = RosterImporter(test.database, today: RosterFixtures.today)
        let records = rows([["H1", "陈集镇", "焦庄村", "王五", "户主", ""], ["H1", "陈集镇", "焦庄村", "王小五", "表哥哥", ""]], headerLine: 3)
        XCTAssertThrowsError(try importer.run(sheetRows: records, sheet: "S")) { error in
            XCTAssertTrue((error as? TrackerError)?.details.first?.hasPrefix("line 5, 与户主关系") == true, "\(error)")
        }
        XCTAssertEqual(try test.dump(), before)
    }
}
