/// The rules of 脱贫: what must hold before a household is marked 已脱贫.
///
/// - no rectification item is open;
/// - every checklist item is 达标 or 不适用 at its latest recorded check
///   (an item never given a result does not count as met);
/// - last year's per-capita net income 达到 the poverty line of that year
///   (`LineStanding`: an income exactly at the line meets it).
///
/// "Last year" is the calendar year before today's: the decision in 2020
/// rests on the 2019 income, the last complete year.
package enum LiftingRules {
    package static func blockers(openItems: [Rectification], checklist: [ItemStatus], incomes: [IncomeYear],
                                 today: CalendarDate) -> [LiftBlocker] {
        var blockers = openItems.map { LiftBlocker.openRectification($0, overdue: $0.isOverdue(on: today)) }
        for status in checklist {
            switch status.result {
            case .met?, .notApplicable?: continue
            case .notMet?: blockers.append(.checklistItem(status.item, result: .notMet))
            case .unrecorded?, nil: blockers.append(.checklistItem(status.item, result: nil))
            }
        }
        let year = today.year - 1
        if let income = incomes.first(where: { $0.year == year }) {
            switch (income.line, income.standing) {
            case (nil, _), (_, nil): blockers.append(.noLine(year: year))
            case let (line?, .below?): blockers.append(.incomeBelowLine(year: year, perCapita: income.perCapita, line: line.amount))
            case (_, .atOrAbove?): break
            }
        } else {
            blockers.append(.noIncome(year: year))
        }
        return blockers
    }
}
