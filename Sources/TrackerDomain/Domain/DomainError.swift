import Bilingual

/// An input value the domain cannot accept: an unknown category, an
/// impossible date, a bad ID number or amount.
///
/// It is the world's fault, not the program's: the CLI reports it and exits
/// 65 (invalid input data). Messages exist in both languages because the
/// error is raised before anyone knows which one will be shown. A refused ID
/// number is shown as typed: it is the user's own input on their own
/// terminal, and a typo cannot be found in a masked number.
public enum DomainError: Error, Hashable, Sendable {
    /// A value of an enumerated field that matches no accepted spelling.
    case unrecognised(field: LocalizedText, value: String, expected: LocalizedText)
    /// A calendar date or month that cannot be read or is not allowed.
    case invalidDate(value: String, problem: DateProblem)
    /// A resident ID number that fails GB 11643-1999.
    case invalidResidentID(value: String, problem: ResidentIDProblem)
    /// An amount of money that cannot be read.
    case invalidMoney(value: String, problem: MoneyProblem)
    /// Any other value of a field that breaks a rule; `reason` says which.
    case invalidValue(field: LocalizedText, value: String, reason: LocalizedText)

    /// The message in `language`, naming the value and what is wrong with it.
    public func message(in language: Language) -> String {
        switch (self, language) {
        case (.unrecognised(let field, let value, let expected), .zh):
            "无法识别的\(field.zh)“\(value)”；可选值：\(expected.zh)"
        case (.unrecognised(let field, let value, let expected), .en):
            "unrecognised \(field.en) '\(value)'; expected one of: \(expected.en)"
        case (.invalidDate(let value, let problem), .zh):
            "日期“\(value)”无效：\(problem.message(in: .zh))"
        case (.invalidDate(let value, let problem), .en):
            "invalid date '\(value)': \(problem.message(in: .en))"
        case (.invalidResidentID(let value, let problem), .zh):
            "身份证号“\(value)”无效：\(problem.message(in: .zh))"
        case (.invalidResidentID(let value, let problem), .en):
            "invalid ID number '\(value)': \(problem.message(in: .en))"
        case (.invalidMoney(let value, let problem), .zh):
            "金额“\(value)”无效：\(problem.message(in: .zh))"
        case (.invalidMoney(let value, let problem), .en):
            "invalid amount '\(value)': \(problem.message(in: .en))"
        case (.invalidValue(let field, let value, let reason), .zh):
            "\(field.zh)“\(value)”无效：\(reason.zh)"
        case (.invalidValue(let field, let value, let reason), .en):
            "invalid \(field.en) '\(value)': \(reason.en)"
        }
    }
}
