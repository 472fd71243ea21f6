import Bilingual
import CSVKit
import TrackerDomain
import XCTest

@testable import tracker

/// A county's report is rendered in two halves on two threads; the file
/// must be byte for byte the one rendered row after row.
final class MonthlyReportCSVTests: XCTestCase {
    func testACountysRowsRenderedInHalvesMakeTheSameFile() throws {
        let month = YearMonth(year: 2020, month: 6)!
        let rows = (0..<(MonthlyReportCSV.rowsWorthASecondThread * 2 + 1)).map { index in
            MonthlyReportRow(
                householdID: Int64(index + 1), code: "3417\(index)", headName: index % 7 == 0 ? "=\(index)" : "户主\(index)",
                place: PlacePath(town: "陈集镇", village: "焦庄村\(index % 3)"), attribute: nil, status: .notLifted,
                lastVisit: CalendarDate(year: 2020, month: 6, day: 1 + index % 28), opened: index % 3, size: index % 5)
        }
        let report = MonthlyReport(month: month, scope: HouseholdFilter(), rows: rows)
        for language in [Language.zh, .en] {
            let csv = MonthlyReportCSV(report: report, language: language)
            var oneByOne = CSVWriter(options: .init(encoding: .utf8BOM, spreadsheetSafe: true))
            oneByOne.writeRecord(MonthlyReportCSV.headers(in: language))
            for row in rows { oneByOne.writeRecord(csv.cells(row)) }
            oneByOne.writeRecord(["receipt"])
            XCTAssertEqual(try csv.bytes(encoding: .utf8BOM, receipt: "receipt"), try oneByOne.bytes())
        }
    }
}
