/// A rule of 脱贫 that a household does not meet, so it may not be marked
/// 已脱贫 without `--override`.
public enum LiftBlocker: Sendable, Hashable {
    /// A rectification item is still open (overdue or not).
    case openRectification(Rectification, overdue: Bool)
    /// A checklist item whose latest recorded result is 不达标, or that has
    /// no recorded result at all (`result` nil).
    case checklistItem(ChecklistItem, result: CheckResult?)
    /// No income is recorded for the year the rule looks at.
    case noIncome(year: Int)
    /// An income is recorded but no poverty line for its year.
    case noLine(year: Int)
    /// The per-capita income is below the year's line.
    case incomeBelowLine(year: Int, perCapita: Money, line: Money)

    /// One line naming the rule and what to do about it.
    public var message: BilingualText {
        switch self {
        case let .openRectification(item, overdue):
            let state = overdue ? BilingualText(zh: "已逾期", en: "overdue") : BilingualText(zh: "未销号", en: "open")
            return BilingualText(
                zh: "整改事项 #\(item.id)（\(item.topic.label(in: .zh))：\(item.description)）\(state.zh)，时限 \(item.dueDate)",
                en: "rectification item #\(item.id) (\(item.topic.label(in: .en)): \(item.description)) is \(state.en), due \(item.dueDate)")
        case let .checklistItem(item, result?):
            return BilingualText(zh: "\(item.label(in: .zh)) 最近一次检查为\(result.label(in: .zh))",
                                 en: "\(item.label(in: .en)) was \(result.label(in: .en)) at its latest check")
        case let .checklistItem(item, nil):
            return BilingualText(zh: "\(item.label(in: .zh)) 尚无检查结果",
                                 en: "\(item.label(in: .en)) has no recorded result")
        case let .noIncome(year):
            return BilingualText(zh: "未登记 \(year) 年收入（tracker income add）",
                                 en: "no income recorded for \(year) (tracker income add)")
        case let .noLine(year):
            return BilingualText(zh: "\(year) 年尚无贫困线（tracker line set）",
                                 en: "no poverty line recorded for \(year) (tracker line set)")
        case let .incomeBelowLine(year, perCapita, line):
            return BilingualText(zh: "\(year) 年人均纯收入 \(perCapita) 元未达到贫困线 \(line) 元",
                                 en: "per-capita income \(perCapita) in \(year) is below the \(line) line")
        }
    }
}
