import CSVKit
import TrackerDomain

/// Finds the header row among a roster's first rows.
///
/// Exports from the national system, and many county templates, put a
/// title (merged across the columns) and a date line above the header, so
/// the header is on row 3 rather than row 1. The header is the first of the
/// first five rows that names every required column; failing that, the row
/// naming the most known columns (so the error lists what it lacks); failing
/// that, the first row.
enum RosterHeaderSearch {
    /// Rows searched for the header when none is given.
    public static let searchedRows = 5

    /// The index in `candidates` of the header row. `forced` is a 1-based row
    /// (line) number the user gave; it must be one of the candidates.
    static func locate(in candidates: [CSVRecord], forced: Int?) throws(TrackerError) -> Int {
        if let forced {
            guard let index = candidates.firstIndex(where: { $0.line == forced }) else {
                throw TrackerError(.invalidInput,
                    en: "row \(forced) of the roster is empty or past its end; --header-row names the row holding 户编号, 姓名 and the other headers",
                    zh: "花名册第 \(forced) 行为空或超出末尾；--header-row 应指向含“户编号”“姓名”等表头的那一行")
            }
            return index
        }
        var best: (index: Int, known: Int)?
        for (index, record) in candidates.enumerated() where record.line <= searchedRows {
            let columns = Set(record.fields.compactMap { RosterColumn.matching(header: $0) })
            if RosterColumn.allCases.allSatisfy({ !$0.isRequired || columns.contains($0) }) { return index }
            if columns.count > (best?.known ?? 0) { best = (index, columns.count) }
        }
        return best?.index ?? 0
    }
}
