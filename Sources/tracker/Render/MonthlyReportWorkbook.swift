import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore
import XLSXKit

/// The monthly report as an Excel workbook: the households on the first
/// sheet, the summary per village and town on the second.
///
/// Unlike the CSV, every cell carries its type, so nothing needs a tab or an
/// apostrophe to survive Excel: codes are text cells (a VLOOKUP of a 户编号
/// matches), counts are numbers, the last visit is a date, and a head named
/// `=1+1` is text because a workbook cell is a formula only when written as one.
struct MonthlyReportWorkbook {
    static let reportSheetName = LocalizedText(en: "Monthly report", zh: "月报")
    static let summarySheetName = LocalizedText(en: "Summary", zh: "汇总")

    let report: MonthlyReport
    let language: Language

    func sheets() -> [Worksheet] {
        let header = MonthlyReportCSV.headers(in: language)
        let rows = report.rows.map(cells)
        let households = Worksheet(
            name: Self.reportSheetName.text(in: language), header: header, rows: rows,
            columnWidths: SheetLayout.columnWidths(header: header, rows: rows))
        let summary = Listing.summary(report.summary, language: language)
            .worksheet(name: Self.summarySheetName.text(in: language), language: language)
        return [households, summary]
    }

    /// The CSV report's columns (one list of columns, kept in `MonthlyReportCSV`),
    /// typed for a spreadsheet: text stays text, numbers become numbers, and
    /// the last visit becomes a date cell.
    func cells(_ row: MonthlyReportRow) -> [Worksheet.Cell] {
        var cells = MonthlyReportCSV(report: report, language: language).cells(row).map { cell -> Worksheet.Cell in
            switch cell {
            case .text(let text), .code(let text): text.isEmpty ? .empty : .text(text)
            case .number(let text): Int(text).map(Worksheet.Cell.integer) ?? Double(text).map(Worksheet.Cell.number) ?? .text(text)
            }
        }
        // The CSV writes the last visit as text; here it is a date cell.
        let lastVisit = MonthlyReportCSV.headers(in: language).firstIndex(of: MonthlyReportCSV.lastVisitHeader.text(in: language))!
        cells[lastVisit] = row.lastVisit.map { .date(serial: Self.serial($0)) } ?? .empty
        return cells
    }

    /// The spreadsheet's serial day: 25569 is 1970-01-01 in the 1900 date system.
    static func serial(_ date: CalendarDate) -> Int { date.dayNumber + 25569 }
}
