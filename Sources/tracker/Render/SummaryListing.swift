import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

extension Listing {
    /// The monthly summary per village, town and in total, as `report summary`
    /// shows it and as the second sheet of the monthly workbook.
    static func summary(_ summary: MonthlySummary, language: Language) -> Listing {
        var listing = Listing(
            [
                .init(key: "level", header: LocalizedText(en: "Level", zh: "层级")),
                .init(key: "town", header: LocalizedText(en: "Town", zh: "乡镇")),
                .init(key: "village", header: LocalizedText(en: "Village", zh: "村")),
                .init(key: "households", header: LocalizedText(en: "Households", zh: "户数"), alignment: .right),
                .init(key: "visited", header: LocalizedText(en: "Visited", zh: "已走访"), alignment: .right),
                .init(key: "coverage", header: LocalizedText(en: "Coverage", zh: "覆盖率"), alignment: .right),
            ]
                + ChecklistItem.allCases.map { item in
                    .init(
                        key: "failing_\(item.key)",
                        header: LocalizedText(en: "Fail: \(item.key)", zh: "\(item.names.short ?? item.label(in: .zh))不达标"),
                        alignment: .right)
                } + [
                    .init(key: "opened", header: LocalizedText(en: "Opened", zh: "新增整改"), alignment: .right),
                    .init(key: "closed", header: LocalizedText(en: "Closed", zh: "销号"), alignment: .right),
                    .init(key: "open", header: LocalizedText(en: "Open at month end", zh: "月末未销号"), alignment: .right),
                    .init(key: "overdue", header: LocalizedText(en: "Overdue", zh: "月末逾期"), alignment: .right),
                    .init(key: "below_line", header: LocalizedText(en: "Income below line", zh: "上年收入未达线"), alignment: .right),
                    .init(key: "as_of", header: LocalizedText(en: "Counted up to", zh: "统计截至"), inTable: false),
                    // 防止返贫监测 (issue 14), after the columns earlier summaries had.
                    .init(key: "monitored", header: LocalizedText(en: "Monitored", zh: "监测对象"), alignment: .right),
                    .init(key: "identified", header: LocalizedText(en: "Identified", zh: "本月识别"), alignment: .right),
                    .init(key: "removed", header: LocalizedText(en: "Risk removed", zh: "本月风险消除"), alignment: .right),
                    .init(key: "open_cases", header: LocalizedText(en: "Open cases", zh: "未结监测案件"), alignment: .right),
                    .init(key: "overdue_steps", header: LocalizedText(en: "Overdue steps", zh: "监测逾期"), alignment: .right),
                ])
        for line in summary.lines {
            let level: (key: String, label: LocalizedText) =
                switch line.level {
                case .village: ("village", LocalizedText(en: "village", zh: "村"))
                case .town: ("town", LocalizedText(en: "town", zh: "乡镇小计"))
                case .total: ("total", LocalizedText(en: "total", zh: "合计"))
                }
            var cells: [Listing.Cell] = [
                .localized(level.label.text(in: language), json: .string(level.key)),
                .text(line.town),
                .text(line.village),
                .number(Int64(line.households)), .number(Int64(line.visited)),
                .percent(permille: line.coveragePermille),
            ]
            cells += ChecklistItem.allCases.map { .number(Int64(line.failing($0))) }
            cells += [line.opened, line.closed, line.openAtMonthEnd, line.overdueAtMonthEnd, line.belowLine]
                .map { .number(Int64($0)) }
            // The current month is counted as of today; the table says so once, above it.
            cells.append(.text(summary.asOf.description))
            cells += [line.monitored, line.identified, line.removed, line.openCases, line.overdueSteps].map { .number(Int64($0)) }
            listing.append(cells)
        }
        return listing
    }
}
