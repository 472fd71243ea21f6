import Bilingual
internal import SQLCore
internal import SQLiteKit
import TrackerDomain

/// Verifies the audit chain link by link, then replays the trail and
/// compares the result with every audited table (issue 20).
///
/// One pass in id order over `audit_log` recomputes each entry's hash from
/// its columns and the stored hash of the entry before it (so an edit is
/// named at the entry edited, not at every entry after it) and, at the same
/// time, replays the entry into an `AuditRowLedger` per table: eight bytes
/// a row and a balance. A second pass reads each audited table once, in
/// rowid order, and settles the balance against the current rows. Only a
/// table whose balance does not settle goes through the exact replay
/// (`AuditChainVerifier+Exact`), which names the row and what differs. A
/// county (millions of entries) takes seconds and tens of megabytes.
struct AuditChainVerifier {
    static let problemLimit = 20

    let connection: Connection
    /// Receipt to look for (`check --at`): the leading bytes of a hash, and
    /// the trailing half byte when an odd number of hex digits was given.
    let receiptPrefix: [UInt8]?
    let receiptNibble: UInt8?

    private(set) var problems: [AuditChainProblem] = []
    /// One ledger per table the trail or an audit trigger names; `tableNames`
    /// gives each one's name, as text and as the bytes `audit_log` holds.
    private var ledgers: [AuditRowLedger] = []
    private var tableNames: [(name: String, bytes: [UInt8])] = []
    private var lastTable = 0
    /// Tables whose insert trigger audits only some rows (`WHEN …`): rows it
    /// leaves out by design (a household's initial facts, derived from the
    /// household's own entry) are not expected in the trail.
    var partiallyAudited: Set<String> = []
    private var triggerTables: Set<String> = []
    private var receiptEntry: Int64?
    private var receiptChainIntact = true

    init(connection: Connection, receiptPrefix: [UInt8]?, receiptNibble: UInt8?) {
        self.connection = connection
        self.receiptPrefix = receiptPrefix
        self.receiptNibble = receiptNibble
    }

    mutating func run() throws -> AuditChainReport {
        partiallyAudited = try Self.partiallyAuditedTables(connection)
        for table in try triggerAuditedTables() { try addLedger(table) }
        let (entries, head) = try verifyEntries()
        let commands = try verifyCommands()
        let tables = tableNames.indices.filter { ledgers[$0].recorded || triggerTables.contains(tableNames[$0].name) }
            .map { tableNames[$0].name }.sorted()
        var unsettled: [String] = []
        for table in tables where problems.count < Self.problemLimit {
            if try !settle(table) { unsettled.append(table) }
        }
        ledgers = []
        if !unsettled.isEmpty && problems.count < Self.problemLimit {
            try replayExactly(unsettled)
        }
        return AuditChainReport(entries: entries, commands: commands, tables: tables, head: head,
                                problems: Array(problems.prefix(Self.problemLimit)),
                                receiptEntry: receiptChainIntact ? receiptEntry : nil)
    }

    mutating func add(_ problem: AuditChainProblem) {
        if problems.count < Self.problemLimit { problems.append(problem) }
    }

    // MARK: The chain of audit entries, replayed as it is read

    /// Where an entry's columns are in its row, looked up by name once per
    /// statement (the verifier reads every entry of the trail).
    struct EntryColumns {
        /// The columns `chain_sha256` covers, in the order it covers them (migration 0013).
        static let hashed = ["id", "at", "operator", "action", "table_name", "row_id", "household_id", "old_values",
                             "new_values"]
        let hashed: [Int]
        let id: Int, action: Int, table: Int, rowID: Int, oldValues: Int, newValues: Int, hash: Int

        init(_ columns: ColumnIndex) {
            func at(_ name: String) -> Int { Int(columns.position(of: name)) }
            hashed = Self.hashed.map(at)
            id = at("id")
            action = at("action")
            table = at("table_name")
            rowID = at("row_id")
            oldValues = at("old_values")
            newValues = at("new_values")
            hash = at("hash")
        }
    }

    private mutating func verifyEntries() throws -> (Int, AuditChainHead?) {
        var input = ChainHashInput()
        var previousHash: [UInt8] = []
        var hasPrevious = false
        var previousID: Int64?
        var lastStoredIsNull = false
        var expected: [UInt8] = []
        var count = 0
        let statement = try connection.prepare("""
            SELECT id, at, operator, action, table_name, row_id, household_id, old_values, new_values, hash
            FROM audit_log ORDER BY id
            """)
        let columns = EntryColumns(statement.columns)
        while try statement.step() {
            count += 1
            let id = statement.int64(columns.id)
            input.removeAll()
            if hasPrevious { input.appendBlob(previousHash) } else { input.appendNull() }
            for column in columns.hashed { statement.appendColumn(column, to: &input) }
            input.digest(into: &expected)
            let storedIsNull = statement.isNull(columns.hash)
            if !statement.blobEquals(columns.hash, expected) {
                // A break at or before the receipt's entry means the receipt no longer holds.
                if receiptEntry == nil { receiptChainIntact = false }
                add(linkProblem(id: id, previousID: previousID, storedIsNull: storedIsNull))
            }
            if receiptEntry == nil, let receiptPrefix, statement.blobStarts(columns.hash, with: receiptPrefix),
               receiptNibble.map({ nibble in
                   statement.withBytes(columns.hash) { $0.count > receiptPrefix.count ? $0[receiptPrefix.count] >> 4 : 0 } == nibble
               }) ?? true {
                receiptEntry = id
            }
            // Go on from the stored hash, so a later entry is judged on its own.
            if storedIsNull {
                previousHash = expected
            } else {
                statement.withBytes(columns.hash) { stored in
                    previousHash.removeAll(keepingCapacity: true)
                    previousHash.append(contentsOf: stored)
                }
            }
            hasPrevious = true
            lastStoredIsNull = storedIsNull
            previousID = id
            try replay(statement, columns, entry: id)
        }
        let head = previousID.map { AuditChainHead(entry: $0, hash: lastStoredIsNull ? "" : SHA256.hex(previousHash)) }
        return (count, head)
    }

    private func linkProblem(id: Int64, previousID: Int64?, storedIsNull: Bool) -> AuditChainProblem {
        if storedIsNull {
            return AuditChainProblem(kind: .brokenLink, table: "audit_log", row: id,
                message: LocalizedText(en: "audit_log entry \(id) has no chain hash: it was written without tracker (or its hash was erased)",
                zh: "审计日志第 \(id) 条没有链哈希：它不是由 tracker 写入的（或哈希被清除）"))
        }
        if let previousID, id != previousID + 1 {
            let missing = id - previousID == 2 ? "\(previousID + 1)" : "\(previousID + 1)–\(id - 1)"
            return AuditChainProblem(kind: .brokenLink, table: "audit_log", row: previousID + 1,
                message: LocalizedText(en: "audit_log entry \(missing) was deleted: entry \(id) does not follow entry \(previousID)",
                zh: "审计日志第 \(missing) 条已被删除：第 \(id) 条与第 \(previousID) 条接不上"))
        }
        if previousID == nil && id != 1 {
            return AuditChainProblem(kind: .brokenLink, table: "audit_log", row: 1,
                message: LocalizedText(en: "audit_log entries 1–\(id - 1) were deleted: the trail starts at entry \(id)",
                zh: "审计日志第 1–\(id - 1) 条已被删除：日志从第 \(id) 条开始"))
        }
        return AuditChainProblem(kind: .brokenLink, table: "audit_log", row: id,
            message: LocalizedText(en: "audit_log entry \(id) was changed after it was written: its values do not match its hash",
            zh: "审计日志第 \(id) 条写入后被修改：内容与哈希不符"))
    }

    /// The kinds of entry that change a row; anything else (a reveal) is skipped.
    enum Action {
        case insert, update, delete

        static let names: [(bytes: [UInt8], action: Action)] = [
            (Array("insert".utf8), .insert), (Array("update".utf8), .update), (Array("delete".utf8), .delete),
        ]

        init?(_ bytes: UnsafeRawBufferPointer) {
            guard let match = Self.names.first(where: { bytes.elementsEqual($0.bytes) }) else { return nil }
            self = match.action
        }
    }

    private mutating func replay(_ row: Statement, _ columns: EntryColumns, entry: Int64) throws {
        guard let action = row.withBytes(columns.action, Action.init) else { return }
        let table = try ledgerIndex(row, column: columns.table)
        let rowID = row.int64(columns.rowID)
        let previous = ledgers[table][rowID]
        ledgers[table].markRecorded()
        switch action {
        case .insert:
            if previous > 0 {
                let name = tableNames[table].name
                add(AuditChainProblem(kind: .unrecordedChange, table: name, row: rowID,
                    message: LocalizedText(en: "\(name) row \(rowID): entry \(entry) inserts it, but entry \(previous) had already done so and no deletion was recorded",
                    zh: "\(name) 第 \(rowID) 行：第 \(entry) 条审计记录新增此行，但第 \(previous) 条已新增过且未记录删除")))
            }
        case .update, .delete:
            // The state the entry before left is consumed by this entry's old
            // values. Without one, the row predates its table's audit trigger
            // (or is one a partial trigger leaves out): the trail holds it from here on.
            if previous > 0 {
                ledgers[table].remove(AuditRowLedger.term(row: rowID, entry: previous) { row.hashText(columns.oldValues, into: &$0) })
            }
        }
        if action == .delete {
            ledgers[table][rowID] = previous > 0 ? -entry : previous
        } else {
            ledgers[table].add(AuditRowLedger.term(row: rowID, entry: entry) { row.hashText(columns.newValues, into: &$0) })
            ledgers[table][rowID] = entry
        }
    }

    /// The ledger of the table named in column `column`: the last one used
    /// first (entries come in runs), else by comparing bytes, else a new one.
    private mutating func ledgerIndex(_ row: Statement, column: Int) throws -> Int {
        let found: Int? = row.withBytes(column) { name in
            if lastTable < tableNames.count && name.elementsEqual(tableNames[lastTable].bytes) { return lastTable }
            return tableNames.firstIndex { name.elementsEqual($0.bytes) }
        }
        if let found {
            lastTable = found
            return found
        }
        try addLedger(row.text(column))
        lastTable = tableNames.count - 1
        return lastTable
    }

    /// Sizes the ledger after the table as it is now (an empty, sparse one for a table that is gone).
    private mutating func addLedger(_ table: String) throws {
        var largest: Int64 = -1
        var rows = 0
        if try connection.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = :table",
                                    ["table": table]) == 1 {
            let sizes = try connection.query("SELECT max(rowid) AS largest, count(*) AS rows FROM \(Self.quoted(table, by: "\""))")
            largest = sizes.first?.optionalInt64("largest") ?? -1
            rows = sizes.first?.optionalInt("rows") ?? 0
        }
        tableNames.append((table, Array(table.utf8)))
        ledgers.append(AuditRowLedger(largestRow: largest, rows: rows))
    }

    // MARK: The commands' chain

    private mutating func verifyCommands() throws -> Int {
        var input = ChainHashInput()
        var previousHash: [UInt8]?
        var previousID: Int64?
        var count = 0
        // The columns `chain_sha256` covers for a command, in its order (migration 0013).
        let hashedNames = ["id", "at", "operator", "command", "first_entry", "last_entry", "reason", "last_entry_hash"]
        var resolved: (hashed: [Int], id: Int, hash: Int)?
        try connection.forEach("""
            SELECT c.id, c.at, c.operator, c.command, c.first_entry, c.last_entry, c.reason,
                   (SELECT hash FROM audit_log WHERE id = c.last_entry) AS last_entry_hash, c.hash
            FROM audit_commands c ORDER BY c.id
            """) { row in
            let columns = resolved ?? (hashedNames.map { Int(row.columns.position(of: $0)) },
                                       Int(row.columns.position(of: "id")), Int(row.columns.position(of: "hash")))
            resolved = columns
            count += 1
            let id = row.int64(columns.id)
            input.removeAll()
            if let previousHash { input.appendBlob(previousHash) } else { input.appendNull() }
            for column in columns.hashed { row.appendColumn(column, to: &input) }
            let expected = input.digest()
            let stored = row.isNull(columns.hash) ? nil : row.blob(columns.hash)
            if stored != expected {
                let deleted = previousID.map { id != $0 + 1 } ?? (id != 1)
                add(AuditChainProblem(kind: .brokenLink, table: "audit_commands", row: id,
                    message: LocalizedText(en: deleted
                        ? "audit_commands entry \(id) does not follow entry \(previousID.map(String.init) ?? "0"): the command(s) between were deleted"
                        : "audit_commands entry \(id) was changed after it was written (or the audit entries it groups were): it does not match its hash",
                    zh: deleted
                        ? "命令记录第 \(id) 条与第 \(previousID.map(String.init) ?? "0") 条接不上：其间的命令记录已被删除"
                        : "命令记录第 \(id) 条写入后被修改（或其涵盖的审计记录被修改）：与哈希不符")))
            }
            previousHash = stored ?? expected
            previousID = id
        }
        return count
    }

    // MARK: Replayed trail against the tables

    /// Tables whose audit trigger for inserts has a WHEN condition.
    static func partiallyAuditedTables(_ connection: Connection) throws -> Set<String> {
        var tables: Set<String> = []
        for row in try connection.query("""
            SELECT tbl_name, sql FROM sqlite_schema
            WHERE type = 'trigger' AND sql LIKE '%AFTER INSERT ON%' AND sql LIKE '%INSERT INTO audit_log%'
            """) {
            guard let table = row.optionalText("tbl_name"), let sql = row.optionalText("sql")?.uppercased() else { continue }
            // The trigger's head is everything before its body's BEGIN.
            let head = sql.split(separator: "BEGIN", maxSplits: 1).first.map(String.init) ?? sql
            if head.contains(" WHEN ") || head.contains("\nWHEN ") { tables.insert(table) }
        }
        return tables
    }

    /// Tables with audit triggers.
    private mutating func triggerAuditedTables() throws -> [String] {
        for row in try connection.query("""
            SELECT DISTINCT tbl_name FROM sqlite_schema
            WHERE type = 'trigger' AND sql LIKE '%INSERT INTO audit_log%' AND tbl_name NOT LIKE 'audit%'
            """) {
            if let name = row.optionalText("tbl_name") { triggerTables.insert(name) }
        }
        return triggerTables.sorted()
    }

    /// The table's columns in order, each with its default's SQL; none when the table is gone.
    func columns(of table: String) throws -> [(name: String, defaultSQL: String?)] {
        try connection.query("SELECT name, dflt_value FROM pragma_table_info(:table) ORDER BY cid", ["table": table])
            .compactMap { row in row.optionalText("name").map { (name: $0, defaultSQL: row.optionalText("dflt_value")) } }
    }

    /// Each row of the table with the same json_object its audit triggers build, in rowid order.
    func currentRows(of table: String, columns: [(name: String, defaultSQL: String?)]) throws -> Statement {
        let pairs = columns.map { "\(Self.quoted($0.name, by: "'")), \(Self.quoted($0.name, by: "\""))" }
        return try connection.prepare("""
            SELECT rowid AS audited_rowid, json_object(\(pairs.joined(separator: ", "))) AS audited_values
            FROM \(Self.quoted(table, by: "\"")) ORDER BY rowid
            """)
    }

    /// Reads the table once and settles its ledger: each current row takes
    /// away the term of the entry that wrote it last. Names the rows the
    /// table has that the trail does not, and the rows the trail has that
    /// the table lost. False when the balance is not zero: some row holds
    /// other values than the trail says (the exact replay finds which).
    private mutating func settle(_ table: String) throws -> Bool {
        guard let index = tableNames.firstIndex(where: { $0.name == table }) else { return true }
        let columns = try columns(of: table)
        if columns.isEmpty {
            let (live, count) = ledgers[index].liveRows(limit: 1)
            if let first = live.first {
                add(AuditChainProblem(kind: .rowDiffers, table: table, row: first.row,
                    message: LocalizedText(en: "\(table) is missing: the audit trail has \(count) row(s) in it (row \(first.row), entry \(first.entry))",
                    zh: "表 \(table) 不存在：审计日志记录其中有 \(count) 行（第 \(first.row) 行，第 \(first.entry) 条）")))
            }
            return true
        }
        let statement = try currentRows(of: table, columns: columns)
        let rowIDColumn = Int(statement.columns.position(of: "audited_rowid"))
        let valuesColumn = Int(statement.columns.position(of: "audited_values"))
        let reportUnrecorded = !partiallyAudited.contains(table)
        while try statement.step() {
            let rowID = statement.int64(rowIDColumn)
            let entry = ledgers[index][rowID]
            guard entry > 0 else {
                if reportUnrecorded {
                    add(AuditChainProblem(kind: .rowDiffers, table: table, row: rowID,
                        message: LocalizedText(en: "\(table) row \(rowID) is in the table but no audit entry records it",
                        zh: "\(table) 第 \(rowID) 行在表中，但没有任何审计记录")))
                }
                continue
            }
            ledgers[index].remove(AuditRowLedger.term(row: rowID, entry: entry) { statement.hashText(valuesColumn, into: &$0) })
            ledgers[index][rowID] = 0
        }
        let (missing, _) = ledgers[index].liveRows(limit: Self.problemLimit)
        for row in missing {
            add(AuditChainProblem(kind: .rowDiffers, table: table, row: row.row,
                message: LocalizedText(en: "\(table) row \(row.row) is missing: the audit trail (entry \(row.entry)) says it exists",
                zh: "\(table) 第 \(row.row) 行不见了：审计日志（第 \(row.entry) 条）记录它仍存在")))
        }
        // A missing row's last state is never taken away: the exact replay
        // is needed only if something else is left.
        let recorded = try connection.prepare("SELECT new_values FROM audit_log WHERE id = :id")
        for row in missing {
            recorded.reset()
            try recorded.bind(named: ["id": row.entry])
            guard try recorded.step() else { continue }
            ledgers[index].remove(AuditRowLedger.term(row: row.row, entry: row.entry) { recorded.hashText(0, into: &$0) })
        }
        return ledgers[index].balance == 0 || missing.count >= Self.problemLimit
    }

    /// `name` as an SQL literal (') or identifier ("), the quote doubled inside.
    static func quoted(_ name: String, by quote: Character) -> String {
        var text = String(quote)
        for character in name {
            if character == quote { text.append(quote) }
            text.append(character)
        }
        text.append(quote)
        return text
    }

    // MARK: Comparing recorded values

    func values(of entry: Int64, column: String) throws -> [String: SQLiteValue] {
        let json = try connection.scalarText("SELECT \(column) FROM audit_log WHERE id = :id", ["id": entry])

        return try Self.pairs(of: json, in: connection)
    }

    /// The key/value pairs of a flat JSON object, read by SQLite's own JSON functions.
    static func pairs(of json: String?, in connection: Connection) throws -> [String: SQLiteValue] {
        guard let json else { return [:] }
        let statement = try connection.prepare("SELECT key, value FROM json_each(:json)")
        try statement.bind(named: ["json": json])
        var pairs: [String: SQLiteValue] = [:]
        while try statement.step() { pairs[statement.text("key")] = statement.value("value") }

        return pairs
    }

    /// The first column (by name) whose values differ. A column the recorded
    /// values lack (added to the table after the entry was written) must hold
    /// its default; a column `found` lacks is not compared.
    static func firstDifference(recorded: [String: SQLiteValue], found: [String: SQLiteValue],
                                defaults: [String: SQLiteValue]) -> (column: String, recorded: String, found: String)? {
        for column in found.keys.sorted() {
            let value = found[column] ?? .null
            let expected: SQLiteValue
            if let recordedValue = recorded[column] {
                expected = recordedValue
            } else if let fallback = defaults[column] {
                expected = fallback
            } else {
                continue
            }
            if expected != value { return (column, shown(expected), shown(value)) }
        }
        return nil
    }

    private static func shown(_ value: SQLiteValue) -> String {
        switch value {
        case .null: "NULL"
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .text(let text): "'\(text)'"
        case .blob(let bytes): "x'\(SHA256.hex(bytes))'"
        }
    }
}
