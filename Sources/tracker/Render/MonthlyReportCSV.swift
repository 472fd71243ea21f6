import Bilingual
import CSVKit
import Platform
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
    /// The same in every row, so made once: a county's report is 50,000 rows.
    private let countedUpTo: String

    init(report: MonthlyReport, language: Language) {
        self.report = report
        self.language = language
        countedUpTo = report.asOf.description
    }

    /// The one date column; a workbook types it as a date, so it is found by this header.
    static let lastVisitHeader = LocalizedText(en: "Last visit", zh: "最近走访日期")

    static func headers(in language: Language) -> [String] {
        let words: [LocalizedText] =
            [
                LocalizedText(en: "Code", zh: "户编号"), LocalizedText(en: "Head of household", zh: "户主"), LocalizedText(en: "Town", zh: "乡镇"), LocalizedText(en: "Village", zh: "村"),
                LocalizedText(en: "Attribute", zh: "贫困户属性"), LocalizedText(en: "Status", zh: "脱贫状态"),
                LocalizedText(en: "Household size", zh: "家庭人口"),
                LocalizedText(en: "Assigned officials and roles (month end)", zh: "帮扶干部及角色（月末）"),
                LocalizedText(en: "Visits this month", zh: "本月走访次数"), LocalizedText(en: "Visit dates", zh: "本月走访日期"),
                lastVisitHeader,
            ] + ChecklistItem.allCases.map(itemHeader) + [
                LocalizedText(en: "Items opened this month", zh: "本月新增整改"), LocalizedText(en: "Items closed this month", zh: "本月销号"),
                LocalizedText(en: "Open at month end", zh: "月末未销号"), LocalizedText(en: "Overdue at month end", zh: "月末逾期"),
                LocalizedText(en: "Per-capita income last year", zh: "上年人均纯收入"), LocalizedText(en: "Against the line", zh: "是否达到贫困线"),
                LocalizedText(en: "Counted up to", zh: "统计截至"),
                // 防止返贫监测 (issue 14), after the columns earlier reports had.
                LocalizedText(en: "Monitoring kind", zh: "监测对象类型"), LocalizedText(en: "Risks", zh: "风险类型"), LocalizedText(en: "Monitoring case", zh: "监测案件状态"),
                LocalizedText(en: "Identified this month", zh: "本月识别"), LocalizedText(en: "Risk removed this month", zh: "本月风险消除"),
                LocalizedText(en: "Overdue monitoring steps", zh: "监测逾期事项"),
            ]
        return words.map { $0.text(in: language) }
    }

    static func itemHeader(_ item: ChecklistItem) -> LocalizedText {
        switch item {
        case .food: LocalizedText(en: "Food", zh: "不愁吃")
        case .clothing: LocalizedText(en: "Clothing", zh: "不愁穿")
        case .education: LocalizedText(en: "Education", zh: "义务教育有保障")
        case .medical: LocalizedText(en: "Medical care", zh: "基本医疗有保障")
        case .housing: LocalizedText(en: "Housing", zh: "住房安全有保障")
        case .water: LocalizedText(en: "Drinking water", zh: "饮水安全")
        }
    }

    /// The standing of one item at month end, in words: the latest outcome,
    /// or whether the item was looked at without one, or never checked.
    static func standing(_ result: CheckResult?, in language: Language) -> String {
        switch result {
        case nil: LocalizedText(en: "not checked", zh: "未检查").text(in: language)
        case .unrecorded?: LocalizedText(en: "checked, no outcome recorded", zh: "已查看未记录").text(in: language)
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
        // The row's standings by item, read in one pass over its checks.
        var items = Array(repeating: CSVCell.text(Self.standing(nil, in: language)), count: ChecklistItem.allCases.count)
        for (item, result) in row.checks {
            items[ChecklistItem.allCases.firstIndex(of: item)!] = .text(Self.standing(result, in: language))
        }
        cells += items
        cells += [
            .integer(row.opened), .integer(row.closed), .integer(row.openAtMonthEnd), .integer(row.overdueAtMonthEnd),
            row.lastYearIncome.map { .number($0.perCapita.description) } ?? .text(""),
            .text(row.lastYearIncome?.standing?.label(in: language) ?? ""),
            // Every row says how far the count goes: the current month is counted as of today.
            .text(countedUpTo),
            .text(row.monitoring.kind?.label(in: language) ?? ""),
            .text(row.monitoring.risks.map { $0.label(in: language) }.joined(separator: separator)),
            .text(row.monitoring.caseState?.label(in: language) ?? ""),
            .integer(row.monitoring.identified ? 1 : 0), .integer(row.monitoring.removed ? 1 : 0),
            .integer(row.monitoring.overdueSteps),
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
    /// A county's rows are rendered in two halves side by side (two cores).
    func bytes(encoding: TextEncoding, receipt: String? = nil) throws -> [UInt8] {
        let options = CSVWriter.Options(encoding: encoding, spreadsheetSafe: true)
        var writer = CSVWriter(options: options)
        writer.writeRecord(Self.headers(in: language))
        if report.rows.count < Self.rowsWorthASecondThread {
            for row in report.rows { writer.writeRecord(cells(row)) }
        } else {
            let half = report.rows.count / 2
            let (secondHalf, _) = try alongside({ [self] () throws(TrackerError) in
                var rest = CSVWriter.continuing(options: options)
                for row in report.rows[half...] { rest.writeRecord(cells(row)) }
                return rest
            }, while: { () throws(TrackerError) in
                for row in report.rows[..<half] { writer.writeRecord(cells(row)) }
            })
            writer.append(secondHalf)
        }
        if let receipt { writer.writeRecord([receipt]) }
        return try writer.bytes()
    }

    /// Below this many rows a second thread costs more than it saves.
    static let rowsWorthASecondThread = 2000
}
