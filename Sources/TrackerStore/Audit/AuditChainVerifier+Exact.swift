import Bilingual
internal import SQLiteKit
import TrackerDomain

/// The exact replay, for the tables whose ledger did not settle: it keeps a
/// fingerprint of every row's recorded values, so that it can say which row
/// differs, between which entries, and in which column. Only a table that
/// was changed outside the trail (or whose trigger recorded other columns
/// over the years) comes here, so its cost is paid when something is wrong.
///
/// The rows the table has and the trail lacks, and the other way round,
/// were already named by the ledger's pass: here only values are compared.
extension AuditChainVerifier {
    /// What the trail says one row holds now.
    struct LiveRow {
        let entry: Int64
        let fingerprint: Int
    }

    /// An update or delete whose old values differ from what the entry before it left.
    struct SuspectedGap {
        let table: String, row: Int64, entry: Int64, previousEntry: Int64
    }

    mutating func replayExactly(_ tables: [String]) throws {
        var live: [String: [Int64: LiveRow]] = [:]
        var gaps: [SuspectedGap] = []
        var names: [String: any SQLiteBindable] = [:]
        for (index, table) in tables.enumerated() { names["t\(index)"] = table }
        let statement = try connection.prepare("""
            SELECT id, action, table_name, row_id, old_values, new_values FROM audit_log
            WHERE table_name IN (\(tables.indices.map { ":t\($0)" }.joined(separator: ", "))) ORDER BY id
            """)
        try statement.bind(named: names)
        let positions = statement.columns
        let columns = (id: Int(positions.position(of: "id")), action: Int(positions.position(of: "action")),
                       table: Int(positions.position(of: "table_name")), rowID: Int(positions.position(of: "row_id")),
                       oldValues: Int(positions.position(of: "old_values")), newValues: Int(positions.position(of: "new_values")))
        while try statement.step() {
            guard let action = statement.withBytes(columns.action, Action.init) else { continue }
            let table = statement.text(columns.table)
            let rowID = statement.int64(columns.rowID)
            let entry = statement.int64(columns.id)
            let previous = live[table]?[rowID]
            if action != .insert, let previous,
               Self.fingerprint(statement, column: columns.oldValues) != previous.fingerprint {
                gaps.append(SuspectedGap(table: table, row: rowID, entry: entry, previousEntry: previous.entry))
            }
            if action == .delete {
                live[table]?[rowID] = nil
            } else {
                live[table, default: [:]][rowID] = LiveRow(entry: entry, fingerprint: Self.fingerprint(statement, column: columns.newValues))
            }
        }
        try review(gaps)
        for table in tables where problems.count < Self.problemLimit {
            try compareExactly(table, live[table] ?? [:])
        }
    }

    static func fingerprint(_ row: Statement, column: Int) -> Int {
        var hasher = Hasher()
        row.hashText(column, into: &hasher)
        return hasher.finalize()
    }

    /// An update's old values differ from what the entry before it left:
    /// real only when a column both record differs (a column one trigger
    /// version records and the other does not is no change).
    private mutating func review(_ gaps: [SuspectedGap]) throws {
        for gap in gaps where problems.count < Self.problemLimit {
            let recorded = try values(of: gap.previousEntry, column: "new_values")
            let found = try values(of: gap.entry, column: "old_values")
            guard let difference = Self.firstDifference(recorded: recorded, found: found, defaults: [:]) else { continue }
            add(AuditChainProblem(kind: .unrecordedChange, table: gap.table, row: gap.row,
                message: LocalizedText(en: "\(gap.table) row \(gap.row) was changed outside the audit trail between entries \(gap.previousEntry) and \(gap.entry): \(difference.column) was \(difference.recorded) and became \(difference.found) unrecorded",
                zh: "\(gap.table) 第 \(gap.row) 行在第 \(gap.previousEntry) 条与第 \(gap.entry) 条审计记录之间被绕过审计修改：\(difference.column) 由 \(difference.recorded) 变为 \(difference.found)，未留记录")))
        }
    }

    /// The rows whose current values are not the ones the trail recorded last.
    private mutating func compareExactly(_ table: String, _ live: [Int64: LiveRow]) throws {
        let columns = try columns(of: table)
        guard !columns.isEmpty else { return }
        var differing: [(row: Int64, entry: Int64, current: String)] = []
        let statement = try currentRows(of: table, columns: columns)
        let rowIDColumn = Int(statement.columns.position(of: "audited_rowid"))
        let valuesColumn = Int(statement.columns.position(of: "audited_values"))
        while try statement.step() {
            let rowID = statement.int64(rowIDColumn)
            guard let recorded = live[rowID] else { continue }
            if Self.fingerprint(statement, column: valuesColumn) != recorded.fingerprint {
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
    }
}
