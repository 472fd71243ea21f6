import Bilingual
/// A condition of 风险消除 that a monitored household does not meet.
public enum RemovalBlocker: Sendable, Hashable {
    /// Monitored for less than six months: since `since`, removable from `until`.
    case tooSoon(since: CalendarDate, until: CalendarDate)
    /// A risk with no measure that answers it; `answeredBy` lists the kinds
    /// that would (nil: any measure recorded against it).
    case unansweredRisk(MonitoringRisk, answeredBy: [MeasureKind]?)
    /// No threshold for the year, nor for any year before it.
    case noThreshold(year: Int)
    /// Months of the last six with no income recorded.
    case incomeMissing(months: [YearMonth])
    /// A month whose income, over a year and per person, was below the threshold.
    case incomeBelow(month: YearMonth, annualPerCapita: Money, threshold: Money)
    /// 三保障 or 饮水 not secure at the latest check.
    case notSecure(ChecklistItem, result: CheckResult?)
    /// No member able to work: the household stays monitored, with social-security support.
    case noAbleBodiedMember

    /// A stable English key, for JSON.
    public var key: String {
        switch self {
        case .tooSoon: "under_six_months"
        case .unansweredRisk: "unanswered_risk"
        case .noThreshold: "no_threshold"
        case .incomeMissing: "income_missing"
        case .incomeBelow: "income_below_threshold"
        case .notSecure: "not_secure"
        case .noAbleBodiedMember: "no_able_bodied_member"
        }
    }

    /// One line naming the condition and what would meet it.
    public var message: LocalizedText {
        switch self {
        case let .tooSoon(since, until):
            return LocalizedText(en: "monitored under 6 months (since \(since); removable from \(until))", zh: "监测未满 6 个月（自 \(since) 起，\(until) 起方可消除）")
        case let .unansweredRisk(risk, kinds?):
            return LocalizedText(en: "risk '\(risk.label(in: .en))' has no measure that answers it (one of: \(kinds.map { $0.label(in: .en) }.joined(separator: ", ")); tracker monitor measure)", zh: "风险“\(risk.label(in: .zh))”尚无对应帮扶措施（应为：\(kinds.map { $0.label(in: .zh) }.joined(separator: "、"))；tracker monitor measure）")
        case let .unansweredRisk(risk, nil):
            return LocalizedText(en: "risk '\(risk.label(in: .en))' has no measure against it (tracker monitor measure)", zh: "风险“\(risk.label(in: .zh))”尚无帮扶措施（tracker monitor measure）")
        case let .noThreshold(year):
            return LocalizedText(en: "no monitoring threshold for \(year) or before (tracker threshold set)", zh: "\(year) 年及以前均无监测范围（tracker threshold set）")
        case let .incomeMissing(months):
            let list = months.map(\.description)
            return LocalizedText(en: "no income recorded for \(list.joined(separator: ", ")) of the last 6 months (tracker monitor income)", zh: "近 6 个月收入未登记：\(list.joined(separator: "、"))（tracker monitor income）")
        case let .incomeBelow(month, income, threshold):
            return LocalizedText(en: "income in \(month) is \(income) a person over a year, below the \(threshold) threshold", zh: "\(month) 人均收入折合全年 \(income) 元，低于监测范围 \(threshold) 元")
        case let .notSecure(item, result?):
            return LocalizedText(en: "\(item.label(in: .en)) was \(result.label(in: .en)) at its latest check", zh: "\(item.label(in: .zh)) 最近一次检查为\(result.label(in: .zh))")
        case let .notSecure(item, nil):
            return LocalizedText(en: "\(item.label(in: .en)) has no recorded result", zh: "\(item.label(in: .zh)) 尚无检查结果")
        case .noAbleBodiedMember:
            return LocalizedText(en: "no member is able to work: the household stays monitored, with social-security support", zh: "家中无劳动力：继续监测，落实社会保障兜底")
        }
    }
}
