import CLIKit
import TrackerCore
import XLSXKit

/// The monthly report as an Excel workbook: the households on the first
/// sheet, the summary per village and town on the second.
///
/// Unlike the CSV, every cell carries its type, so nothing needs a tab or an
/// apostrophe to survive Excel: codes are text cells (a VLOOKUP of a 户编号
/// matches), counts are numbers, the last visit is a date, and a head named
/// `=1+1` is text because a workbook cell is a formula only when written as one.
struct MonthlyReportWorkbook {
    static let reportSheetName = Words("Monthly report", "月报")
    static let summarySheetName = Words("Summary", "汇总")

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

    /// The same columns as `MonthlyReportCSV.cells`, typed for a spreadsheet.
    func cells(_ row: MonthlyReportRow) -> [Worksheet.Cell] {
        let separator = language == .zh ? "、" : "; "
        var cells: [Worksheet.Cell] = [
            text(row.code), .text(row.headName), .text(row.place.town), .text(row.place.village),
            text(row.attribute?.label(in: language)), .text(row.status.label(in: language)),
            text(row.officials.joined(separator: separator)),
            .integer(row.visitCount), text(row.visitDates.map(\.description).joined(separator: "; ")),
            row.lastVisit.map { .date(serial: Self.serial($0)) } ?? .empty,
        ]
        cells += ChecklistItem.allCases.map { .text(MonthlyReportCSV.standing(row.check($0), in: language)) }
        cells += [row.opened, row.closed, row.openAtMonthEnd, row.overdueAtMonthEnd].map { .integer($0) }
        return cells
    }

    private func text(_ value: String?) -> Worksheet.Cell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    /// The spreadsheet's serial day: 25569 is 1970-01-01 in the 1900 date system.
    static func serial(_ date: CalendarDate) -> Int { date.dayNumber + 25569 }
}
