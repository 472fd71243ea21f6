import TrackerDomain

/// What the monthly report's statements other than `households` say, by
/// household id (`MonthlyReportQueries.details`): read apart from the rows,
/// so that on a file they can be read on a second connection while the
/// rows are (`ReportStore.monthly`).
struct MonthlyReportDetails: Sendable {
    var visitDates: [Int64: [CalendarDate]] = [:]
    var officials: [Int64: [MonthlyReportRow.Official]] = [:]
    var closed: [Int64: Int] = [:]
    var open: [Int64: (open: Int, overdue: Int)] = [:]
    var lastYearIncomes: [Int64: IncomeYear] = [:]
    var monitoring: [Int64: MonitoringMonth] = [:]
}

extension MonthlyReport {
    /// Adds the details of the households the report counts; the others' are dropped.
    mutating func add(_ details: MonthlyReportDetails) {
        for index in rows.indices {
            let id = rows[index].householdID
            if let dates = details.visitDates[id] { rows[index].visitDates = dates }
            if let officials = details.officials[id] { rows[index].officials = officials }
            if let closed = details.closed[id] { rows[index].closed = closed }
            if let open = details.open[id] {
                rows[index].openAtMonthEnd = open.open
                rows[index].overdueAtMonthEnd = open.overdue
            }
            if let income = details.lastYearIncomes[id] { rows[index].lastYearIncome = income }
            if let monitoring = details.monitoring[id] { rows[index].monitoring = monitoring }
        }
    }
}
