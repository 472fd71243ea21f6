import Bilingual
import CSVKit
import TrackerDomain

/// The roster's header row: which field sits in which column, and the
/// headers as the user wrote them (problems name columns that way).
struct RosterHeader {
    /// 0-based field index of each known column present.
    private(set) var index: [RosterColumn: Int] = [:]
    /// Every header as written, trimmed; "" for a blank one.
    let headers: [String]
    /// Positions (0-based) of blank headers, checked for data while reading rows.
    let unnamedPositions: [Int]
    private(set) var warnings: [RosterWarning] = []

    /// Reads the header; a missing required column or a column given twice is fatal.
    init(_ record: CSVRecord) throws(TrackerError) {
        headers = record.fields.map { $0.trimmingWhitespace() }
        var unnamed: [Int] = []
        var problems: [RosterProblem] = []
        for (position, header) in headers.enumerated() {
            if header.isEmpty {
                unnamed.append(position)
                continue
            }
            guard let column = RosterColumn.matching(header: header) else {
                warnings.append(.unknownColumn(header: header, position: position + 1))
                continue
            }
            if let first = index[column] {
                problems.append(RosterProblem(line: record.line, column: header, reason: LocalizedText(
                    en: "names the same column as column \(first + 1) (\(headers[first])); remove one of them",
                    zh: "与第 \(first + 1) 列（\(headers[first])）是同一字段；请删去其一")))
                continue
            }
            index[column] = position
        }
        unnamedPositions = unnamed
        let missing = RosterColumn.allCases.filter { $0.isRequired && index[$0] == nil }
        if !missing.isEmpty {
            let zh = missing.map(\.chineseHeader).joined(separator: "、")
            let en = missing.map { "\($0.chineseHeader) (\($0.rawValue))" }.joined(separator: ", ")
            throw TrackerError(.invalidInput,
                en: "the roster has no \(en) column; add it to the header row (line \(record.line))",
                zh: "花名册缺少“\(zh)”列；请在表头（第 \(record.line) 行）加上",
                detailLines: problems.map { LocalizedText(en: $0.message(in: .en), zh: $0.message(in: .zh)) })
        }
        if !problems.isEmpty {
            throw RosterImporter.failure(problems)
        }
    }

    var count: Int { headers.count }

    /// The header as written for `column`, for messages.
    func name(of column: RosterColumn) -> String {
        index[column].map { headers[$0] } ?? column.chineseHeader
    }

    /// The trimmed cell of `column` in `record`, nil when the column is absent or the cell blank.
    func cell(_ column: RosterColumn, in record: CSVRecord) -> String? {
        guard let position = index[column] else { return nil }
        let text = record.fields[position]
        // Most cells need no trimming; skip the Character walk for them.
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return nil }
        if !first.properties.isWhitespace, !last.properties.isWhitespace { return text }
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}
