import CLIKit
import TrackerDomain
import TrackerStore

extension Listing {
    /// The monthly summary per village, town and in total, as `report summary`
    /// shows it and as the second sheet of the monthly workbook.
    static func summary(_ summary: MonthlySummary, language: Language) -> Listing {
        var listing = Listing(
            [
                .init(key: "level", header: Words("Level", "层级")),
                .init(key: "town", header: Words("Town", "乡镇")),
                .init(key: "village", header: Words("Village", "村")),
                .init(key: "households", header: Words("Households", "户数"), alignment: .right),
                .init(key: "visited", header: Words("Visited", "已走访"), alignment: .right),
                .init(key: "coverage", header: Words("Coverage", "覆盖率"), alignment: .right),
            ]
                + ChecklistItem.allCases.map { item in
                    .init(
                        key: "failing_\(item.key)",
                        header: Words("Fail: \(item.key)", "\(item.names.short ?? item.label(in: .zh))不达标"),
                        alignment: .right)
                } + [
                    .init(key: "opened", header: Words("Opened", "新增整改"), alignment: .right),
                    .init(key: "closed", header: Words("Closed", "销号"), alignment: .right),
                    .init(key: "open", header: Words("Open at month end", "月末未销号"), alignment: .right),
                    .init(key: "overdue", header: Words("Overdue", "月末逾期"), alignment: .right),
                    .init(key: "below_line", header: Words("Income below line", "上年收入未达线"), alignment: .right),
                    .init(key: "as_of", header: Words("Counted up to", "统计截至"), inTable: false),
                ])
        for line in summary.lines {
            let level: (key: String, label: Words) =
                switch line.level {
                case .village: ("village", Words("village", "村"))
                case .town: ("town", Words("town", "乡镇小计"))
                case .total: ("total", Words("total", "合计"))
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
            listing.append(cells)
        }
        return listing
    }
}
