import Bilingual
import CSVKit
internal import SQLCore
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
    /// Whether the plan lists every household added (`--json` shows them)
    /// or only counts them (the summary line): about 64 bytes a household,
    /// a fifth of the peak memory of a million-person roster.
    public var listsAddedHouseholds = true

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
        var offset = 0
        return try run(source: { buffer in
            let count = min(buffer.count, bytes.count - offset)
            for index in 0..<count { buffer[index] = bytes[offset + index] }
            offset += count
            return count
        }, encoding: encoding, headerRow: headerRow, dryRun: dryRun)
    }

    /// As `run(_:)`, reading the roster as `source` gives it (a file, a
    /// pipe), in memory bounded whatever its length: rows are read one at a
    /// time and parked in a temporary table once checked. An error thrown
    /// by `source` ends the import and is thrown as it is when it is a
    /// `TrackerError`, else as an I/O error.
    public func run(source: @escaping CSVStreamReader.Source, encoding: TextEncoding? = nil, headerRow: Int? = nil,
                    dryRun: Bool = false) throws(TrackerError) -> RosterImportPlan {
        var reader = CSVStreamReader(encoding: encoding, source: source)
        return try run(next: { () throws(TrackerError) in try Self.next(&reader) }, headerRow: headerRow, dryRun: dryRun) { rows in
            RosterImportPlan(encoding: reader.encoding ?? encoding ?? .utf8, rows: rows)
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

    /// Page cache of the database while importing, in KiB: large enough for
    /// the indexes' working set, small enough that a province's roster fits
    /// in bounded memory (pages beyond it are written to the WAL early).
    static let importCacheKiB = 16384

    /// The pipeline every roster goes through, whatever file it came from:
    /// find the header; read, check and park every row; then plan each
    /// household against the database and write it; all in one transaction
    /// that any problem rolls back, so the import is all or nothing.
    private func run(next: () throws(TrackerError) -> CSVRecord?, headerRow: Int?, dryRun: Bool,
                     makePlan: (Int) -> RosterImportPlan) throws(TrackerError) -> RosterImportPlan {
        // Every household and member written adds a chained audit entry.
        SHA256.preferSystemLibrary()
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
        var queued = Array(leading[(headerIndex + 1)...]) + (pending.map { [$0] } ?? [])
        queued.reverse()
        let headerLine = leading[headerIndex].line
        leading = []

        func body(_ connection: Connection) throws -> RosterImportPlan {
            let cacheKiB = -(try connection.scalarInt("PRAGMA main.cache_size") ?? -Self.importCacheKiB)
            try connection.execute("PRAGMA main.cache_size = -\(min(cacheKiB, Self.importCacheKiB))")
            var staging = try RosterStaging(connection: connection, today: today)
            defer {
                try? staging.drop()
                try? connection.execute("PRAGMA main.cache_size = -\(cacheKiB)")
            }
            var problems = RosterProblemLog(kept: Self.maximumListedProblems)
            var rowReader = RosterRowReader(header: header, today: today) { number, line in
                try staging.claim(number, line: line)
            }
            var rows = 0
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
                if let person = try rowReader.read(record) { try staging.add(person) }
                problems.add(contentsOf: rowReader.takeProblems())
            }
            progress?(.read(rows: rows))

            var plan = makePlan(rows)
            plan.headerLine = headerLine
            plan.warnings = header.warnings
                + rowReader.unnamedWithData.sorted().map { RosterWarning.unnamedColumnWithData(position: $0 + 1) }
            var planner = RosterPlanner(header: header, plan: plan, listsAddedHouseholds: listsAddedHouseholds)
            try staging.matchStoredHouseholds()
            for held in try staging.heldElsewhere() {
                planner.reportHeldElsewhere(line: held.line, name: held.name, code: held.code)
            }
            problems.add(contentsOf: planner.takeProblems())
            // Writing goes along with planning; once a problem is known, only planning goes on.
            var households = 0
            try staging.forEachHousehold { household, existingID in
                households += 1
                problems.add(contentsOf: household.problems(header: header))
                try planner.take(household, existingID: existingID, write: !dryRun && problems.isEmpty, in: connection)
                problems.add(contentsOf: planner.takeProblems())
            }
            if !problems.isEmpty { throw Self.failure(problems) }
            progress?(.checked(households: households))
            var result = planner.plan
            if !dryRun {
                result.applied = true
                progress?(.committing)
            }
            return result
        }
        // The connection keeps temporary tables in memory; the parked rows of a
        // long roster go to a temporary file instead (set outside any
        // transaction, where SQLite allows it), and back after.
        try setTemporaryStore("FILE")
        defer { try? setTemporaryStore("MEMORY") }
        return dryRun ? try database.read(body) : try database.write(body)
    }

    private func setTemporaryStore(_ mode: String) throws(TrackerError) {
        // Inside a caller's transaction (a batch) the setting cannot change; it stays.
        guard try database.connection.isAutocommit else { return }
        do {
            try database.connection.execute("PRAGMA temp_store = \(mode)")
        } catch {
            throw database.wrap(error)
        }
    }

    /// The error for a roster with problems: counts in the message, each
    /// problem (in line order, the first 200) in the details.
    static func failure(_ problems: [RosterProblem]) -> TrackerError {
        var log = RosterProblemLog(kept: maximumListedProblems)
        log.add(contentsOf: problems)
        return failure(log)
    }

    static func failure(_ problems: RosterProblemLog) -> TrackerError {
        let (count, lines) = (problems.count, problems.lineCount)
        var details = problems.first.map { LocalizedText(en: $0.message(in: .en), zh: $0.message(in: .zh)) }
        if count > details.count {
            let more = count - details.count
            details.append(LocalizedText(en: "… and \(more) more", zh: "……另有 \(more) 处"))
        }
        let noun = count == 1 ? "problem" : "problems"
        let lineNoun = lines == 1 ? "line" : "lines"
        return TrackerError(.invalidInput,
            en: "the roster has \(count) \(noun) on \(lines) \(lineNoun); nothing was imported. Correct them and import again",
            zh: "花名册有 \(count) 处问题（涉及 \(lines) 行），未导入任何数据；请改正后重新导入",
            detailLines: details)
    }

    private static func next(_ reader: inout CSVStreamReader) throws(TrackerError) -> CSVRecord? {
        do {
            return try reader.next()
        } catch let error as CSVError {
            throw unreadable(error)
        } catch let error as TrackerError {
            throw error
        } catch {
            throw TrackerError.io(path: "-", reason: "\(error)")
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
        case .recordTooLong(let limit): "一行超过 \(limit >> 20) MiB，这不是按行排列的表格（或引号中的字段没有结束）"
        }
        return TrackerError(.invalidInput,
            en: "cannot read the roster: \(error.description)",
            zh: "无法读取花名册：第 \(error.line) 行\(error.field.map { "第 \($0) 个字段" } ?? "")：\(zh)")
    }
}
