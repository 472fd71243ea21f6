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
/// time, replays the entry: per table, which rows exist and a fingerprint
/// of the values the trail says they hold. A second pass reads each audited
/// table once and compares. Only fingerprints are kept in memory; the
/// recorded values are fetched again only for a row that differs, to say
/// what differs. A county (millions of entries) takes seconds.
struct AuditChainVerifier {
    static let problemLimit = 20

    let connection: Connection
    /// Receipt to look for (`check --at`): the leading bytes of a hash, and
    /// the trailing half byte when an odd number of hex digits was given.
    let receiptPrefix: [UInt8]?
    let receiptNibble: UInt8?

    private var problems: [AuditChainProblem] = []
    private var live: [String: [Int64: LiveRow]] = [:]
    /// Updates and deletes whose old values did not match the trail's row:
    /// looked at closely after the pass (most are trigger versions that
    /// record different columns, not tampering).
    private var suspectedGaps: [(table: String, row: Int64, entry: Int64, previousEntry: Int64)] = []
    /// Tables whose insert trigger audits only some rows (`WHEN …`): rows it
    /// leaves out by design (a household's initial facts, derived from the
    /// household's own entry) are not expected in the trail.
    private var partiallyAudited: Set<String> = []
    private var receiptEntry: Int64?
    private var receiptChainIntact = true

    /// What the trail says one row holds now.
    struct LiveRow {
        let entry: Int64
        let fingerprint: Int
    }

    init(connection: Connection, receiptPrefix: [UInt8]?, receiptNibble: UInt8?) {
        self.connection = connection
        self.receiptPrefix = receiptPrefix
        self.receiptNibble = receiptNibble
    }

    mutating func run() throws -> AuditChainReport {
        partiallyAudited = try Self.partiallyAuditedTables(connection)
        let (entries, head) = try verifyEntries()
        let commands = try verifyCommands()
        try reviewSuspectedGaps()
        let tables = try auditedTables()
        for table in tables where problems.count < Self.problemLimit {
            try compare(table)
        }
        return AuditChainReport(entries: entries, commands: commands, tables: tables, head: head,
                                problems: Array(problems.prefix(Self.problemLimit)),
                                receiptEntry: receiptChainIntact ? receiptEntry : nil)
    }

    private mutating func add(_ problem: AuditChainProblem) {
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
        var previousHash: [UInt8]?
        var previousID: Int64?
        var count = 0
        var lastHash: [UInt8]?
        var resolved: EntryColumns?
        try connection.forEach("""
            SELECT id, at, operator, action, table_name, row_id, household_id, old_values, new_values, hash
            FROM audit_log ORDER BY id
            """) { row in
            let columns = resolved ?? EntryColumns(row.columns)
            resolved = columns
            count += 1
            let id = row.int64(columns.id)
            input.removeAll()
            if let previousHash { input.appendBlob(previousHash) } else { input.appendNull() }
            for column in columns.hashed { row.appendColumn(column, to: &input) }
            let expected = input.digest()
            let stored = row.isNull(columns.hash) ? nil : row.blob(columns.hash)
            if stored != expected {
                // A break at or before the receipt's entry means the receipt no longer holds.
                if receiptEntry == nil { receiptChainIntact = false }
                add(linkProblem(id: id, previousID: previousID, storedIsNull: stored == nil))
            }
            if receiptEntry == nil, let receiptPrefix, row.blobStarts(columns.hash, with: receiptPrefix),
               receiptNibble.map({ nibble in (stored?[receiptPrefix.count] ?? 0) >> 4 == nibble }) ?? true {
                receiptEntry = id
            }
            // Go on from the stored hash, so a later entry is judged on its own.
            previousHash = stored ?? expected
            previousID = id
            lastHash = stored
            replay(row, columns, entry: id)
        }
        let head = previousID.map { AuditChainHead(entry: $0, hash: SHA256.hex(lastHash ?? [])) }
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

    private mutating func replay(_ row: Statement, _ columns: EntryColumns, entry: Int64) {
        let action = row.text(columns.action)
        guard action != "reveal" else { return }
        let table = row.text(columns.table)
        let rowID = row.int64(columns.rowID)
        let previous = live[table]?[rowID]
        switch action {
        case "insert":
            if let previous {
                add(AuditChainProblem(kind: .unrecordedChange, table: table, row: rowID,
                    message: LocalizedText(en: "\(table) row \(rowID): entry \(entry) inserts it, but entry \(previous.entry) had already done so and no deletion was recorded",
                    zh: "\(table) 第 \(rowID) 行：第 \(entry) 条审计记录新增此行，但第 \(previous.entry) 条已新增过且未记录删除")))
            }
        case "update", "delete":
            if let previous {
                if fingerprint(row, column: columns.oldValues) != previous.fingerprint {
                    suspectedGaps.append((table, rowID, entry, previous.entry))
                }
            }
            // Otherwise the row predates its table's audit trigger (or is one
            // a partial trigger leaves out): the trail holds it from here on.
        default:
            return
        }
        if action == "delete" {
            live[table]?[rowID] = nil
        } else {
            live[table, default: [:]][rowID] = LiveRow(entry: entry, fingerprint: fingerprint(row, column: columns.newValues))
        }
    }

    private func fingerprint(_ row: Statement, column: Int) -> Int {
        var hasher = Hasher()
        row.hashText(column, into: &hasher)
        return hasher.finalize()
    }

    /// An update's old values differ from what the entry before it left:
    /// real only when a column both record differs (a column one trigger
    /// version records and the other does not is no change).
    private mutating func reviewSuspectedGaps() throws {
        for gap in suspectedGaps where problems.count < Self.problemLimit {
            let recorded = try values(of: gap.previousEntry, column: "new_values")
            let found = try values(of: gap.entry, column: "old_values")
            guard let difference = Self.firstDifference(recorded: recorded, found: found, defaults: [:]) else { continue }
            add(AuditChainProblem(kind: .unrecordedChange, table: gap.table, row: gap.row,
                message: LocalizedText(en: "\(gap.table) row \(gap.row) was changed outside the audit trail between entries \(gap.previousEntry) and \(gap.entry): \(difference.column) was \(difference.recorded) and became \(difference.found) unrecorded",
                zh: "\(gap.table) 第 \(gap.row) 行在第 \(gap.previousEntry) 条与第 \(gap.entry) 条审计记录之间被绕过审计修改：\(difference.column) 由 \(difference.recorded) 变为 \(difference.found)，未留记录")))
        }
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

    /// Tables with audit triggers, and any table the trail names.
    private func auditedTables() throws -> [String] {
        var names = Set(live.keys)
        for row in try connection.query("""
            SELECT DISTINCT tbl_name FROM sqlite_schema
            WHERE type = 'trigger' AND sql LIKE '%INSERT INTO audit_log%' AND tbl_name NOT LIKE 'audit%'
            """) {
            if let name = row.optionalText("tbl_name") { names.insert(name) }
        }
        return names.sorted()
    }

    private mutating func compare(_ table: String) throws {
        var remaining = live[table] ?? [:]
        let columns = try connection.query("SELECT name, dflt_value FROM pragma_table_info(:table) ORDER BY cid",
                                           ["table": table])
            .compactMap { row in row.optionalText("name").map { (name: $0, defaultSQL: row.optionalText("dflt_value")) } }
        if columns.isEmpty {
            if let (rowID, row) = remaining.min(by: { $0.key < $1.key }) {
                add(AuditChainProblem(kind: .rowDiffers, table: table, row: rowID,
                    message: LocalizedText(en: "\(table) is missing: the audit trail has \(remaining.count) row(s) in it (row \(rowID), entry \(row.entry))",
                    zh: "表 \(table) 不存在：审计日志记录其中有 \(remaining.count) 行（第 \(rowID) 行，第 \(row.entry) 条）")))
            }
            return
        }
        // The same json_object the audit triggers build, over the table's columns in order.
        let pairs = columns.map { "\(Self.quoted($0.name, by: "'")), \(Self.quoted($0.name, by: "\""))" }
        let sql = """
            SELECT rowid AS audited_rowid, json_object(\(pairs.joined(separator: ", "))) AS audited_values
            FROM \(Self.quoted(table, by: "\"")) ORDER BY rowid
            """
        var differing: [(row: Int64, entry: Int64, current: String)] = []
        var unrecorded: [Int64] = []
        let statement = try connection.prepare(sql)
        let rowIDColumn = Int(statement.columns.position(of: "audited_rowid"))
        let valuesColumn = Int(statement.columns.position(of: "audited_values"))
        while try statement.step() {
            let rowID = statement.int64(rowIDColumn)
            guard let recorded = remaining.removeValue(forKey: rowID) else {
                unrecorded.append(rowID)
                continue
            }
            if fingerprint(statement, column: valuesColumn) != recorded.fingerprint {
                differing.append((rowID, recorded.entry, statement.text(valuesColumn)))
            }
        }
        let defaults = try Dictionary(uniqueKeysWithValues: columns.map { column in
            (column.name, try column.defaultSQL.flatMap { try connection.scalar("SELECT \($0)") } ?? .null)
        })
        for row in differing where problems.count < Self.problemLimit {
            let recorded = try values(of: row.entry, column: "new_values")
            let current = try Self.pairs(of: row.current, in: connection)
            guard let difference = Self.firstDifference(recorded: recorded, found: current, defaults: defaults) else { continue }
            add(AuditChainProblem(kind: .rowDiffers, table: table, row: row.row,
                message: LocalizedText(en: "\(table) row \(row.row): \(difference.column) is \(difference.found) but the audit trail (entry \(row.entry)) says \(difference.recorded)",
                zh: "\(table) 第 \(row.row) 行：\(difference.column) 现为 \(difference.found)，但审计日志（第 \(row.entry) 条）记为 \(difference.recorded)")))
        }
        for rowID in unrecorded.prefix(partiallyAudited.contains(table) ? 0 : Self.problemLimit) {
            add(AuditChainProblem(kind: .rowDiffers, table: table, row: rowID,
                message: LocalizedText(en: "\(table) row \(rowID) is in the table but no audit entry records it",
                zh: "\(table) 第 \(rowID) 行在表中，但没有任何审计记录")))
        }
        for (rowID, row) in remaining.sorted(by: { $0.key < $1.key }).prefix(Self.problemLimit) {
            add(AuditChainProblem(kind: .rowDiffers, table: table, row: rowID,
                message: LocalizedText(en: "\(table) row \(rowID) is missing: the audit trail (entry \(row.entry)) says it exists",
                zh: "\(table) 第 \(rowID) 行不见了：审计日志（第 \(row.entry) 条）记录它仍存在")))
        }
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

    private func values(of entry: Int64, column: String) throws -> [String: SQLiteValue] {
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
