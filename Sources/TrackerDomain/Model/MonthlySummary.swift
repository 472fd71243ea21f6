/// The monthly report folded up by village and town, with a total: the page
/// the county office reads first (coverage of visits, what fails, what is
/// overdue).
///
/// Computed from the report's rows rather than queried again, so the two
/// can never disagree.
public struct MonthlySummary: Sendable, Hashable {
    /// What a line adds up.
    public enum Level: String, Sendable, Hashable {
        /// One village (村/社区).
        case village
        /// All villages of a town (乡镇/街道) in scope.
        case town
        /// Everything in scope.
        case total
    }

    /// Counts for one village, one town or the whole scope.
    public struct Line: Sendable, Hashable {
        public var level: Level
        /// nil on the total line.
        public var town: String?
        /// nil on town and total lines.
        public var village: String?
        public var households = 0
        /// Households with at least one visit in the month.
        public var visited = 0
        /// Households whose latest recorded outcome at month end is 不达标, per item.
        public var failing: [ChecklistItem: Int] = [:]
        public var opened = 0
        public var closed = 0
        public var openAtMonthEnd = 0
        public var overdueAtMonthEnd = 0
        /// Households whose last year's per-capita income 未达到 (is below)
        /// that year's line; households without an income or a line are not counted.
        public var belowLine = 0
        /// Households with status 监测对象 at month end.
        public var monitored = 0
        /// Households confirmed as monitored (or flagged again) in the month.
        public var identified = 0
        /// Households whose risk was removed in the month.
        public var removed = 0
        /// Monitoring cases open at month end.
        public var openCases = 0
        /// Overdue steps of monitoring cases at month end.
        public var overdueSteps = 0

        public init(level: Level, town: String? = nil, village: String? = nil) {
            self.level = level
            self.town = town
            self.village = village
        }

        /// Visited households in tenths of a percent (750 = 75.0%), rounded
        /// half up; nil without households. Integers keep the figure exact
        /// and the same on every machine.
        public var coveragePermille: Int? {
            households == 0 ? nil : (visited * 2000 + households) / (households * 2)
        }

        public func failing(_ item: ChecklistItem) -> Int { failing[item] ?? 0 }

        mutating func add(_ row: MonthlyReportRow) {
            households += 1
            if row.visitCount > 0 { visited += 1 }
            for item in ChecklistItem.allCases where row.fails(item) { failing[item, default: 0] += 1 }
            opened += row.opened
            closed += row.closed
            openAtMonthEnd += row.openAtMonthEnd
            overdueAtMonthEnd += row.overdueAtMonthEnd
            if row.lastYearIncome?.standing == .below { belowLine += 1 }
            if row.status == .monitored { monitored += 1 }
            if row.monitoring.identified { identified += 1 }
            if row.monitoring.removed { removed += 1 }
            if row.monitoring.isOpen { openCases += 1 }
            overdueSteps += row.monitoring.overdueSteps
        }
    }

    public var month: YearMonth
    /// The last day counted (see `MonthlyReport.asOf`).
    public var asOf: CalendarDate
    /// Each town's villages, then the town's line; the total last.
    public var lines: [Line]

    /// Whether the whole month is counted; false for the current month.
    public var isComplete: Bool { asOf >= month.lastDay }

    public init(_ report: MonthlyReport) {
        month = report.month
        asOf = report.asOf
        var lines: [Line] = []
        var total = Line(level: .total)
        var town: Line?
        var village: Line?
        // Rows come ordered by town then village, so each group is one run.
        for row in report.rows {
            if village?.town != row.place.town || village?.village != row.place.village {
                if let finished = village { lines.append(finished) }
                village = Line(level: .village, town: row.place.town, village: row.place.village)
            }
            if town?.town != row.place.town {
                if let finished = town { lines.append(finished) }
                town = Line(level: .town, town: row.place.town)
            }
            village!.add(row)
            town!.add(row)
            total.add(row)
        }
        if let village { lines.append(village) }
        if let town { lines.append(town) }
        lines.append(total)
        self.lines = lines
    }
}
