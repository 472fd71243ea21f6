import Foundation
import PostgresKit
import PostgresTestSupport
import SQLCore
import TestSupport
import TrackerDomain
import TrackerPostgresMigrations
import XCTest

/// The audit triggers of both stores, fed the same inserts, updates and
/// deletes, write the same audit rows in the same order (the same JSON
/// text, byte for byte), and PostgreSQL's hash chain is the one SQLite's
/// encoding computes, so a chain written on either store verifies the same.
final class AuditParityTests: PostgresTestCase {
    /// A name with everything JSON must escape, and Chinese.
    static let awkward = "赵\"丁\"先 \\ tab\there\nline\u{01}end"

    /// The same changes, in SQL both dialects read: no ids given (both
    /// stores number a fresh table from 1), ids found by name.
    static var script: [String] {
        let name = awkward.replacingOccurrences(of: "'", with: "''")
        let household = "(SELECT id FROM households WHERE head_id_number = '410225196001010011')"
        let visit = "(SELECT id FROM visits WHERE findings = 'roof leaks')"
        return [
            "INSERT INTO places (kind, name, parent_id) VALUES ('county', '兰考县', NULL)",
            "INSERT INTO places (kind, name, parent_id) VALUES ('town', '陈集镇', (SELECT id FROM places WHERE name = '兰考县'))",
            "INSERT INTO places (kind, name, parent_id) VALUES ('village', '焦庄村', (SELECT id FROM places WHERE name = '陈集镇'))",
            """
            INSERT INTO households (code, head_name, head_id_number, phone, village_id, attribute, status, size, registered_on)
            VALUES ('H001', '\(name)', '410225196001010011', '13800000000', (SELECT id FROM places WHERE name = '焦庄村'),
                    'dibao', 'not_lifted', 4, '2024-03-01')
            """,
            "INSERT INTO household_causes (household_id, cause, is_main) VALUES (\(household), 'illness', 1)",
            "INSERT INTO members (household_id, name, relation, sex, birth_date) VALUES (\(household), '\(name)', 'head', 'male', '1960-01-01')",
            "INSERT INTO members (household_id, name, relation, sex) VALUES (\(household), '李秀兰', 'spouse', 'female')",
            "INSERT INTO officials (name, unit) VALUES ('王会计', '县财政局')",
            "INSERT INTO visits (household_id, visit_date, findings) VALUES (\(household), '2024-04-02', 'roof leaks')",
            "INSERT INTO visit_officials (visit_id, official_id, is_lead) VALUES (\(visit), (SELECT id FROM officials), 1)",
            "INSERT INTO checklist_results (visit_id, item, result) VALUES (\(visit), 'housing', 'not_met')",
            "INSERT INTO visit_requests (visit_id, text) VALUES (\(visit), '修屋顶')",
            """
            INSERT INTO rectifications (household_id, visit_id, item, description, opened_on, due_date)
            VALUES (\(household), \(visit), 'housing', 'roof', '2024-04-02', '2024-06-30')
            """,
            "INSERT INTO household_facts (household_id, fact, valid_from, size) VALUES (\(household), 'size', '2024-04-02', 3)",
            "UPDATE households SET size = 3 WHERE id = \(household)",
            // Written straight to households: the facts triggers record it.
            "UPDATE households SET status = 'lifted', lifted_year = 2024, attribute = 'general' WHERE id = \(household)",
            "UPDATE members SET health = 'chronic' WHERE relation = 'spouse'",
            "INSERT INTO lift_overrides (household_id, decided_on, reason, blockers) VALUES (\(household), '2024-05-01', 'ok', '[\"income\"]')",
            "INSERT INTO monthly_incomes (household_id, month, net_fen, household_size) VALUES (\(household), '2024-04', 150000, 3)",
            "DELETE FROM members WHERE relation = 'spouse'",
        ]
    }

    /// A delete that cascades: the visit's officials, checklist results and
    /// requests go with it, and its rectification item loses the link.
    static let cascade = "DELETE FROM visits WHERE findings = 'roof leaks'"

    func testTheSameChangesWriteTheSameAuditRowsOnBothStores() throws {
        let (sqliteRows, postgresRows) = try auditRows(after: Self.script)
        XCTAssertGreaterThan(sqliteRows.count, 25, "the script wrote too little to compare")
        XCTAssertEqual(postgresRows.count, sqliteRows.count)
        for (index, (sqliteRow, postgresRow)) in zip(sqliteRows, postgresRows).enumerated() where sqliteRow != postgresRow {
            XCTFail("audit row \(index + 1) differs:\nSQLite:     \(sqliteRow)\nPostgreSQL: \(postgresRow)")
        }
        XCTAssertEqual(lastFacts.postgres, lastFacts.sqlite, "household_facts differ")
        XCTAssertGreaterThan(lastFacts.sqlite.count, 3, "the facts triggers wrote nothing")
        // The awkward name went through JSON escaping on both.
        XCTAssertTrue(sqliteRows.contains { $0[7]?.contains(#"赵\"丁\"先 \\ tab\there\nline\u0001end"#) == true },
                      "\(sqliteRows)")
    }

    /// Known difference: a cascading delete audits the same rows on both
    /// stores, in another order. SQLite runs the cascade (newest foreign key
    /// first) before the parent's AFTER DELETE trigger; PostgreSQL's cascade
    /// queues the children's triggers after the parent's (oldest key first).
    func testACascadingDeleteAuditsTheSameRowsOnBothStores() throws {
        let (sqliteRows, postgresRows) = try auditRows(after: Self.script + [Self.cascade])
        let before = try auditRows(after: Self.script).sqlite.count
        let sqliteCascade = sqliteRows.dropFirst(before).map { Array($0.dropFirst()) }
        let postgresCascade = postgresRows.dropFirst(before).map { Array($0.dropFirst()) }
        XCTAssertEqual(sqliteCascade.count, 5, "the visit, its official, result and request, and the item's update")
        XCTAssertEqual(Set(postgresCascade.map { "\($0)" }), Set(sqliteCascade.map { "\($0)" }))
    }

    private var lastFacts: (sqlite: [[String?]], postgres: [[String?]]) = ([], [])

    /// The audit rows (id, operator, action, table, row, household, old, new)
    /// each store writes for `statements`, on a fresh database of each.
    private func auditRows(after statements: [String]) throws -> (sqlite: [[String?]], postgres: [[String?]]) {
        let auditQuery = """
            SELECT id, operator, action, table_name, row_id, household_id, old_values, new_values
            FROM audit_log ORDER BY id
            """
        let factsQuery = """
            SELECT id, household_id, fact, valid_from, status, lifted_year, monitoring_kind, attribute, village_id, size, head_member_id, head_name
            FROM household_facts ORDER BY id
            """
        // SQLite, through a tracker database.
        let sqlite = try TestDatabase()
        let raw = sqlite.raw
        try raw.execute("UPDATE audit_context SET operator = '王会计' WHERE id = 1")
        for statement in statements { try raw.execute(statement) }
        let sqliteRows = try raw.query(auditQuery).map { row in row.values.map { Self.normalised($0.string) } }
        let sqliteFacts = try raw.query(factsQuery).map { row in row.values.map(\.string) }

        // PostgreSQL, with its own migrations, in a schema of its own.
        try PostgresConnection(cluster.adminConninfo).execute("DROP SCHEMA \(schema) CASCADE; CREATE SCHEMA \(schema)")
        let connection = try connect()
        try PostgresMigrator(embeddedMigrations.map { Migration(name: $0.name, sql: $0.sql) }).migrate(connection)
        try connection.run("SELECT set_config('tracker.operator', '王会计', false)")
        for statement in statements { try connection.execute(statement) }
        let postgresRows = try connection.query(auditQuery).map { row in row.values.map { Self.normalised($0.string) } }
        let postgresFacts = try connection.query(factsQuery).map { row in row.values.map(\.string) }
        lastFacts = (sqliteFacts, postgresFacts)
        return (sqliteRows, postgresRows)
    }

    func testEveryPostgreSQLLinkIsTheHashSQLitesEncodingGives() throws {
        let connection = try connect()
        try PostgresMigrator(embeddedMigrations.map { Migration(name: $0.name, sql: $0.sql) }).migrate(connection)
        try connection.run("SELECT set_config('tracker.operator', '王会计', false)")
        for statement in Self.script { try connection.execute(statement) }
        try connection.run("""
            INSERT INTO audit_commands (operator, command, first_entry, last_entry, reason)
            VALUES ('王会计', 'visit add 赵丁先', 8, (SELECT max(id) FROM audit_log), NULL)
            """)

        var input = ChainHashInput()
        var previous: [UInt8]?
        let entries = try connection.query("""
            SELECT id, at, operator, action, table_name, row_id, household_id, old_values, new_values, hash
            FROM audit_log ORDER BY id
            """)
        XCTAssertGreaterThan(entries.count, 25)
        var hashes: [Int64: [UInt8]] = [:]
        for entry in entries {
            input.removeAll()
            Self.append(previous.map(PostgresValue.bytea) ?? .null, to: &input)
            for column in ["id", "at", "operator", "action", "table_name", "row_id", "household_id", "old_values", "new_values"] {
                Self.append(entry[column], to: &input)
            }
            XCTAssertEqual(input.digest(), entry.bytes("hash"), "audit entry \(entry.int("id"))")
            previous = entry.bytes("hash")
            hashes[entry.int64("id")] = previous
        }
        previous = nil
        let commands = try connection.query("""
            SELECT id, at, operator, command, first_entry, last_entry, reason, hash FROM audit_commands ORDER BY id
            """)
        XCTAssertEqual(commands.count, 3, "0013's, 0014's and this test's")
        for command in commands {
            input.removeAll()
            Self.append(previous.map(PostgresValue.bytea) ?? .null, to: &input)
            for column in ["id", "at", "operator", "command", "first_entry", "last_entry", "reason"] {
                Self.append(command[column], to: &input)
            }
            Self.append(hashes[command.int64("last_entry")].map(PostgresValue.bytea) ?? .null, to: &input)
            XCTAssertEqual(input.digest(), command.bytes("hash"), "command entry \(command.int("id"))")
            previous = command.bytes("hash")
        }
        let head = try connection.query("SELECT last_id, last_hash FROM audit_chain_heads WHERE chain = 'audit_log'")
        XCTAssertEqual(head.first?.int64("last_id"), entries.last?.int64("id"))
        XCTAssertEqual(head.first?.bytes("last_hash"), entries.last?.bytes("hash"))
    }

    func testAnEntryWithAnIdBelowTheChainHeadIsRefusedAsASerializationFailure() throws {
        let connection = try connect()
        try PostgresMigrator(embeddedMigrations.map { Migration(name: $0.name, sql: $0.sql) }).migrate(connection)
        XCTAssertThrowsError(try connection.run("""
            INSERT INTO audit_log (id, operator, action, table_name, row_id) VALUES (1, 'x', 'insert', 'places', 1)
            """)) { error in
            XCTAssertEqual((error as? PostgresError)?.isSerializationFailure, true, "\(error)")
        }
    }

    // MARK: Helpers

    /// The value as chain_sha256 encodes it: the column's own type decides.
    static func append(_ value: PostgresValue, to input: inout ChainHashInput) {
        switch value {
        case .null: input.appendNull()
        case .int64(let number): input.appendInteger(number)
        case .double(let number): input.appendReal(number)
        case .text(let text): input.appendText(text)
        case .bytea(let bytes): input.appendBlob(bytes)
        case .bool(let flag): input.appendInteger(flag ? 1 : 0)
        }
    }

    /// The text with the moment a fact was recorded taken out (it is the
    /// clock's, and differs between the two runs).
    static func normalised(_ text: String?) -> String? {
        text?.replacing(/"recorded_at":"[^"]*"/, with: #""recorded_at":"…""#)
    }
}
