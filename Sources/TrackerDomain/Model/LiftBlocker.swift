import Bilingual

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
    public var message: LocalizedText {
        switch self {
        case let .openRectification(item, overdue):
            let state = overdue ? LocalizedText(en: "overdue", zh: "已逾期") : LocalizedText(en: "open", zh: "未销号")
            return LocalizedText(
                en: "rectification item #\(item.id) (\(item.topic.label(in: .en)): \(item.description)) is \(state.en), due \(item.dueDate)",
                zh: "整改事项 #\(item.id)（\(item.topic.label(in: .zh))：\(item.description)）\(state.zh)，时限 \(item.dueDate)")
        case let .checklistItem(item, result?):
            return LocalizedText(en: "\(item.label(in: .en)) was \(result.label(in: .en)) at its latest check",
                                 zh: "\(item.label(in: .zh)) 最近一次检查为\(result.label(in: .zh))")
        case let .checklistItem(item, nil):
            return LocalizedText(en: "\(item.label(in: .en)) has no recorded result",
                                 zh: "\(item.label(in: .zh)) 尚无检查结果")
        case let .noIncome(year):
            return LocalizedText(en: "no income recorded for \(year) (tracker income add)",
                                 zh: "未登记 \(year) 年收入（tracker income add）")
        case let .noLine(year):
            return LocalizedText(en: "no poverty line recorded for \(year) (tracker line set)",
                                 zh: "\(year) 年尚无贫困线（tracker line set）")
        case let .incomeBelowLine(year, perCapita, line):
            return LocalizedText(en: "per-capita income \(perCapita) in \(year) is below the \(line) line",
                                 zh: "\(year) 年人均纯收入 \(perCapita) 元未达到贫困线 \(line) 元")
        }
    }
}
