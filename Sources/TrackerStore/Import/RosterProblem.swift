import Bilingual
import TrackerDomain

/// One thing wrong with a roster: where (line and column, as the user sees
/// them in the spreadsheet) and why.
///
/// Problems are collected for the whole file before anything is written, so
/// one run tells the office worker every row to fix, not just the first.
public struct RosterProblem: Hashable, Sendable {
    /// 1-based physical line of the row (the header is line 1 in most files).
    public var line: Int
    /// The column's header as written in the file; nil when the problem is
    /// about the row as a whole (a ragged row).
    public var column: String?
    public var reason: LocalizedText

    public init(line: Int, column: String?, reason: LocalizedText) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// "line 17, 身份证号: check character should be X, not 3".
    public func message(in language: Language) -> String {
        let place: String = switch language {
        case .en: "line \(line)"
        case .zh: "第 \(line) 行"
        }
        let separator = language == .en ? ", " : "，"
        let colon = language == .en ? ": " : "："
        return place + (column.map { separator + $0 } ?? "") + colon + reason.text(in: language)
    }
}
