import CSVKit
import TrackerDomain
import TrackerStore

/// The monthly report as the county office's spreadsheet: one header row
/// in the chosen language, then one row per household.
///
/// Every cell is typed for CSVWriter so the file is safe to open in Excel:
/// names and places are `.text` (a head named `=1+1` is neutralised),
/// the household code is `.code` (long digit strings stay text), counts
/// are numbers.
struct MonthlyReportCSV {
    let report: MonthlyReport
    let language: Language

    /// The one date column; a workbook types it as a date, so it is found by this header.
    static let lastVisitHeader = Words("Last visit", "最近走访日期")

    static func headers(in language: Language) -> [String] {
        let words: [Words] =
            [
                Words("Code", "户编号"), Words("Head of household", "户主"), Words("Town", "乡镇"), Words("Village", "村"),
                Words("Attribute", "贫困户属性"), Words("Status", "脱贫状态"),
                Words("Household size", "家庭人口"),
                Words("Assigned officials and roles (month end)", "帮扶干部及角色（月末）"),
                Words("Visits this month", "本月走访次数"), Words("Visit dates", "本月走访日期"),
                lastVisitHeader,
            ] + ChecklistItem.allCases.map(itemHeader) + [
                Words("Items opened this month", "本月新增整改"), Words("Items closed this month", "本月销号"),
                Words("Open at month end", "月末未销号"), Words("Overdue at month end", "月末逾期"),
                Words("Per-capita income last year", "上年人均纯收入"), Words("Against the line", "是否达到贫困线"),
                Words("Counted up to", "统计截至"),
            ]
        return words.map { $0.text(in: language) }
    }

    static func itemHeader(_ item: ChecklistItem) -> Words {
        switch item {
        case .food: Words("Food", "不愁吃")
        case .clothing: Words("Clothing", "不愁穿")
        case .education: Words("Education", "义务教育有保障")
        case .medical: Words("Medical care", "基本医疗有保障")
        case .housing: Words("Housing", "住房安全有保障")
        case .water: Words("Drinking water", "饮水安全")
        }
    }

    /// The standing of one item at month end, in words: the latest outcome,
    /// or whether the item was looked at without one, or never checked.
    static func standing(_ result: CheckResult?, in language: Language) -> String {
        switch result {
        case nil: Words("not checked", "未检查").text(in: language)
        case .unrecorded?: Words("checked, no outcome recorded", "已查看未记录").text(in: language)
        case let result?: result.label(in: language)
        }
    }

    func cells(_ row: MonthlyReportRow) -> [CSVCell] {
        let separator = language == .zh ? "、" : "; "
        var cells: [CSVCell] = [
            .code(row.code ?? ""), .text(row.headName), .text(row.place.town), .text(row.place.village),
            .text(row.attribute?.label(in: language) ?? ""), .text(row.status.label(in: language)),
            row.size.map { .integer($0) } ?? .text(""),
            .text(row.officials.map(official).joined(separator: separator)),
            .integer(row.visitCount), .text(row.visitDates.map(\.description).joined(separator: "; ")),
            .text(row.lastVisit?.description ?? ""),
        ]
        cells += ChecklistItem.allCases.map { .text(Self.standing(row.check($0), in: language)) }
        cells += [
            .integer(row.opened), .integer(row.closed), .integer(row.openAtMonthEnd), .integer(row.overdueAtMonthEnd),
            row.lastYearIncome.map { .number($0.perCapita.description) } ?? .text(""),
            .text(row.lastYearIncome?.standing?.label(in: language) ?? ""),
            // Every row says how far the count goes: the current month is counted as of today.
            .text(report.asOf.description),
        ]
        return cells
    }

    /// "李国珍（帮扶责任人）": the column holds every role, so each name says which.
    private func official(_ official: MonthlyReportRow.Official) -> String {
        let role = official.role.label(in: language)
        return language == .zh ? "\(official.name)（\(role)）" : "\(official.name) (\(role))"
    }

    /// The file's bytes in `encoding` (CRLF line ends, RFC 4180 quoting).
    /// A `receipt` (`--receipt`) becomes the last record, one cell.
    func bytes(encoding: TextEncoding, receipt: String? = nil) throws -> [UInt8] {
        var writer = CSVWriter(options: .init(encoding: encoding, spreadsheetSafe: true))
        writer.writeRecord(Self.headers(in: language))
        for row in report.rows { writer.writeRecord(cells(row)) }
        if let receipt { writer.writeRecord([receipt]) }
        return try writer.bytes()
    }
}
