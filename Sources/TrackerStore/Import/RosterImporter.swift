import Bilingual
import CSVKit
internal import SQLiteKit
import TrackerDomain

/// Imports a household roster (花名册): one row per person, households
/// grouped by code, all rows or none.
///
/// Offices keep rosters in Excel and re-export them after every correction,
/// so importing must be repeatable: households are matched by code and
/// members by ID number (or name), only real differences are written, and
/// nobody is duplicated or deleted. Every problem in the file is reported at
/// once, by line and column, and any problem means nothing is written.
public struct RosterImporter {
    /// Problems listed in the error's details; the rest are counted.
    public static let maximumListedProblems = 200

    let database: TrackerDatabase
    let today: CalendarDate
    /// Told where a long import has got to, for a progress line on a terminal.
    public var progress: ((RosterImportStage) -> Void)?

    /// `today` bounds birth and registration dates (an ID number born tomorrow is a typo).
    public init(_ database: TrackerDatabase, today: CalendarDate = .today()) {
        self.database = database
        self.today = today
    }

    /// Reads `bytes` (in `encoding`, detected when nil), checks every row
    /// and, unless `dryRun`, applies the result in one write transaction.
    /// The header is found among the first rows (see `RosterHeaderSearch`)
    /// unless `headerRow` gives its line.
    ///
    /// Throws `.invalidInput` listing every problem when any row is wrong;
    /// the returned plan says what was (or on a dry run would be) done.
    public func run(_ bytes: [UInt8], encoding: TextEncoding? = nil, headerRow: Int? = nil, dryRun: Bool = false)
        throws(TrackerError) -> RosterImportPlan {
        var reader: CSVReader
        do {
            reader = try CSVReader(bytes: bytes, encoding: encoding)
        } catch {
            throw Self.unreadable(error)
        }
        let detected = reader.encoding
        return try run(next: { () throws(TrackerError) in try Self.next(&reader) }, headerRow: headerRow, dryRun: dryRun) { rows in
            RosterImportPlan(encoding: detected, rows: rows)
        }
    }

    /// Imports the rows of a spreadsheet's sheet, read by the caller: each
    /// record's `line` is its row number and its fields are the cells as the
    /// sheet shows them (blank for an empty cell). Everything else is as for a CSV file.
    public func run(sheetRows: [CSVRecord], sheet: String, headerRow: Int? = nil, dryRun: Bool = false)
        throws(TrackerError) -> RosterImportPlan {
        var iterator = sheetRows.makeIterator()
        return try run(next: { () throws(TrackerError) in iterator.next() }, headerRow: headerRow, dryRun: dryRun) { rows in
            var plan = RosterImportPlan(encoding: .utf8, rows: rows)
            plan.sheet = sheet
            return plan
        }
    }

    /// The pipeline every roster goes through, whatever file it came from:
    /// find the header, read and check every row, group households, plan
    /// against the database, apply all or nothing.
    private func run(next: () throws(TrackerError) -> CSVRecord?, headerRow: Int?, dryRun: Bool,
                     makePlan: (Int) -> RosterImportPlan) throws(TrackerError) -> RosterImportPlan {
        // The header may sit below title rows: keep the first rows until it is found.
        var leading: [CSVRecord] = []
        var pending: CSVRecord?
        let lastCandidate = max(RosterHeaderSearch.searchedRows, headerRow ?? 0)
        while let record = try next() {
            if record.line > lastCandidate && !leading.isEmpty {
                pending = record
                break
            }
            leading.append(record)
        }
        guard !leading.isEmpty else {
            throw TrackerError(.invalidInput, en: "the roster is empty; expected a header row such as 户编号,乡镇,村,姓名,与户主关系",
                               zh: "花名册为空；第一行应为表头，如 户编号,乡镇,村,姓名,与户主关系")
        }
        let headerIndex = try RosterHeaderSearch.locate(in: leading, forced: headerRow)
        let header = try RosterHeader(leading[headerIndex])
        var rowReader = RosterRowReader(header: header, today: today)
        var people: [RosterPerson] = []
        var rows = 0
        var queued = Array(leading[(headerIndex + 1)...]) + (pending.map { [$0] } ?? [])
        queued.reverse()
        while true {
            let record: CSVRecord
            if let early = queued.popLast() {
                record = early
            } else if let later = try next() {
                record = later
            } else {
                break
            }
            // Excel leaves rows of bare commas below the data; they are not people.
            if !record.fields.contains(where: { !$0.isEmpty && !$0.allSatisfy(\.isWhitespace) }) { continue }
            rows += 1
            if let person = rowReader.read(record) { people.append(person) }
        }
        progress?(.read(rows: rows))
        var problems = rowReader.problems
        let households = RosterHousehold.group(people)
        for household in households { problems += household.problems(header: header) }

        var plan = makePlan(rows)
        plan.headerLine = leading[headerIndex].line
        plan.warnings = header.warnings
            + rowReader.unnamedWithData.sorted().map { RosterWarning.unnamedColumnWithData(position: $0 + 1) }
        let fileProblems = problems
        let body = { (connection: Connection) throws -> RosterImportPlan in
            var planner = RosterPlanner(header: header, plan: plan)
            try planner.make(households, in: connection)
            let all = fileProblems + planner.problems
            if !all.isEmpty { throw Self.failure(all) }
            progress?(.checked(households: households.count))
            if !dryRun {
                try planner.apply(in: connection)
                progress?(.committing)
            }
            return planner.plan
        }
        return dryRun ? try database.read(body) : try database.write(body)
    }

    /// The error for a roster with problems: counts in the message, each
    /// problem (in line order, the first 200) in the details.
    static func failure(_ problems: [RosterProblem]) -> TrackerError {
        let sorted = problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        let lines = Set(sorted.map(\.line)).count
        var details = sorted.prefix(maximumListedProblems).map { LocalizedText(en: $0.message(in: .en), zh: $0.message(in: .zh)) }
        if sorted.count > maximumListedProblems {
            let more = sorted.count - maximumListedProblems
            details.append(LocalizedText(en: "… and \(more) more", zh: "……另有 \(more) 处"))
        }
        let noun = sorted.count == 1 ? "problem" : "problems"
        let lineNoun = lines == 1 ? "line" : "lines"
        return TrackerError(.invalidInput,
            en: "the roster has \(sorted.count) \(noun) on \(lines) \(lineNoun); nothing was imported. Correct them and import again",
            zh: "花名册有 \(sorted.count) 处问题（涉及 \(lines) 行），未导入任何数据；请改正后重新导入",
            detailLines: details)
    }

    private static func next(_ reader: inout CSVReader) throws(TrackerError) -> CSVRecord? {
        do {
            return try reader.next()
        } catch {
            throw unreadable(error)
        }
    }

    /// A file that is not well-formed CSV or not in a known encoding.
    static func unreadable(_ error: CSVError) -> TrackerError {
        let zh: String = switch error.reason {
        case .quoteInUnquotedField: "字段中间出现引号（\"）；含引号的字段须整体用引号括起"
        case .charactersAfterClosingQuote: "引号结束后还有字符"
        case .unterminatedQuotedField: "此处开始的引号没有结束"
        case .invalidBytes(let encoding, let offset): "第 \(offset) 字节不是有效的 \(encoding.label(in: .zh)) 编码；请用 --encoding 指定编码"
        case .undetectableEncoding: "既不是 UTF-8 也不是 GB18030 编码；请另存为“CSV UTF-8”"
        case .unrepresentableCharacter: "含有无法编码的字符"
        case .encodingUnavailable(let encoding): "系统不支持 \(encoding.label(in: .zh)) 编码转换"
        }
        return TrackerError(.invalidInput,
            en: "cannot read the roster: \(error.description)",
            zh: "无法读取花名册：第 \(error.line) 行\(error.field.map { "第 \($0) 个字段" } ?? "")：\(zh)")
    }
}
