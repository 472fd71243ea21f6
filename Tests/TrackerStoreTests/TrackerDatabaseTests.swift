import Foundation
@testable import Platform
import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

final class TrackerDatabaseTests: XCTestCase {
    func testFreshDatabaseHasEveryDomainTableAndIsSound() throws {
        let test = try TestDatabase()
        let tables = Set(try test.raw.query("SELECT name FROM sqlite_schema WHERE type = 'table'").compactMap { $0[0].string })
        for table in ["places", "households", "household_causes", "members", "officials", "assignments", "visits",
                      "visit_officials", "checklist_results", "visit_requests", "rectifications", "rectification_events",
                      "incomes", "measures", "poverty_lines", "pension_checks", "audit_log", "audit_commands", "sources", "settings",
                      "schema_migrations"] {
            XCTAssertTrue(tables.contains(table), "missing table \(table)")
        }
        XCTAssertEqual(try test.raw.scalarText("PRAGMA integrity_check"), "ok")
        XCTAssertTrue(try test.raw.query("PRAGMA foreign_key_check").isEmpty)
        let status = try test.database.status()
        XCTAssertEqual(status.schemaVersion, TrackerDatabase.latestSchemaVersion)
        XCTAssertTrue(status.pending.isEmpty)
    }

    /// Every table but the audit trail itself and the derived
    /// `checklist_history` (kept by triggers from two audited tables and
    /// compared with them by `tracker check`: see ChecklistHistoryTests).
    func testEveryDomainTableIsStrictAndAudited() throws {
        let test = try TestDatabase()
        let connection = test.raw
        let tables = try connection.query("""
            SELECT name FROM sqlite_schema WHERE type = 'table'
            AND name NOT IN ('schema_migrations', 'audit_log', 'audit_context', 'audit_commands', 'checklist_history')
            AND name NOT LIKE 'sqlite%'
            """).compactMap { $0[0].string }
        XCTAssertGreaterThanOrEqual(tables.count, 17)
        for table in tables {
            let strict = try connection.scalarInt("SELECT strict FROM pragma_table_list WHERE name = :name", ["name": table])
            XCTAssertEqual(strict, 1, "\(table) is not STRICT")
            for action in ["insert", "update", "delete"] {
                XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = :name",
                                                        ["name": "\(table)_audit_\(action)"]), 1, "\(table) lacks its \(action) audit trigger")
            }
        }
    }

    func testEnumerationChecksRefuseUnknownKeysAndAcceptNull() throws {
        let test = try TestDatabase()
        let household = try HouseholdStore(test.database).add(fields(name: "赵丁先"))
        let connection = test.raw
        XCTAssertThrowsError(try connection.run("INSERT INTO members (household_id, name, relation) VALUES (:id, 'x', 'cousin')", ["id": household.id])) { error in
            XCTAssertTrue(RawDatabase.isCheckViolation(error), "\(error)")
        }
        XCTAssertThrowsError(try connection.run("INSERT INTO members (household_id, name, relation, sex) VALUES (:id, 'x', 'child', '')", ["id": household.id]))
        XCTAssertNoThrow(try connection.run("INSERT INTO members (household_id, name, relation, sex) VALUES (:id, 'x', 'child', NULL)", ["id": household.id]))
        XCTAssertThrowsError(try connection.run("UPDATE households SET status = 'rich' WHERE id = :id", ["id": household.id]))
        XCTAssertThrowsError(try connection.run("INSERT INTO audit_log (operator, action, table_name, row_id) VALUES ('x', 'peek', 't', 1)"))
    }

    func testDatabaseFileIsOwnerOnly() throws {
        let test = try TestDatabase()
        XCTAssertEqual(FileSystem.mode(test.path), 0o600)
        XCTAssertEqual(FileSystem.mode(test.folder), 0o700)
    }

    func testAuditLogRecordsOperatorAndValues() throws {
        let test = try TestDatabase(operatorName: "王会计")
        let household = try HouseholdStore(test.database).add(fields(name: "赵丁先"))
        var change = HouseholdFields()
        change.phone = "13812345678"
        _ = try HouseholdStore(test.database).edit(household, change)
        let rows = try test.raw.query(
            "SELECT operator, action, old_values, new_values FROM audit_log WHERE table_name = 'households' ORDER BY id")
        XCTAssertEqual(rows.map { $0[0].string }, ["王会计", "王会计"])
        XCTAssertEqual(rows.map { $0[1].string }, ["insert", "update"])
        XCTAssertTrue(rows[1][2].string?.contains("\"phone\":null") == true)
        XCTAssertTrue(rows[1][3].string?.contains("13812345678") == true)
    }

    func testEachOutermostTransactionIsOneAuditCommand() throws {
        let test = try TestDatabase(operatorName: "王会计")
        test.database.commandDescription = "household add"
        let store = HouseholdStore(test.database)
        _ = try store.add(fields(name: "赵丁先"))
        _ = try store.add(fields(name: "苏记拴"))
        test.database.commandDescription = "import"
        try test.database.batch {
            _ = try store.add(fields(name: "张文峰"))
            _ = try store.add(fields(name: "沈红荣", village: "药王庄社区"))
            // A read inside a batch uses the batch's own transaction.
            XCTAssertEqual(try store.resolve("张文峰").headName, "张文峰")
        }
        let commands = try test.raw.query("SELECT operator, command, first_entry, last_entry FROM audit_commands ORDER BY id")
        // Every new database starts with 0013's command recording the built-in poverty lines.
        let ours = commands.filter { $0[0].string != "tracker upgrade" }
        XCTAssertEqual(ours.map { $0[1].string }, ["household add", "household add", "import"])
        XCTAssertEqual(Set(ours.map { $0[0].string }), ["王会计"])
        // The ranges cover the whole audit log, without gaps or overlaps.
        let total = try test.count("audit_log")
        XCTAssertEqual(commands.first?[2].int, 1)
        XCTAssertEqual(commands.last?[3].int, total)
        for (earlier, later) in zip(commands, commands.dropFirst()) { XCTAssertEqual(earlier[3].int! + 1, later[2].int) }
    }

    func testUpgradeCopiesTheOldDatabaseAsideAndKeepsData() throws {
        let temporary = TemporaryFolder(prefix: "tracker-upgrade")
        let folder = temporary.path
        let path = folder + "/old.db"
        do {
            let connection = try RawDatabase(path: path)
            let firstTwo = Array(RawDatabase.migrationNames.prefix(2))
            try connection.migrate(firstTwo)
            try connection.run("INSERT INTO officials (name) VALUES ('朱家福')")
        }
        let database = try TrackerDatabase.open(path: path, operatorName: "t")
        XCTAssertEqual(database.appliedOnOpen.count, RawDatabase.migrationNames.count - 2)
        let backup = try XCTUnwrap(database.upgradeBackupPath)
        XCTAssertEqual(FileSystem.mode(backup), 0o600)
        let copy = try RawDatabase(path: backup)
        XCTAssertEqual(try copy.scalarText("SELECT name FROM officials"), "朱家福")
        XCTAssertEqual(try copy.scalarInt("SELECT count(*) FROM schema_migrations"), 2)
        XCTAssertEqual(try RawDatabase(database).scalarText("SELECT name FROM officials"), "朱家福")
    }

    func testNewerDatabaseIsRefusedWithAMessageSayingSo() throws {
        let test = try TestDatabase()
        try test.raw.run("INSERT INTO schema_migrations VALUES ('9999_future', 'x', 'now')")
        XCTAssertThrowsError(try TrackerDatabase.open(path: test.path, operatorName: "t")) { error in
            XCTAssertTrue((error as! TrackerError).message.en.contains("newer tracker"), "\(error)")
        }
    }

    func testEditedMigrationIsRefusedByName() throws {
        let test = try TestDatabase()
        try test.raw.run("UPDATE schema_migrations SET checksum = 'edited' WHERE name LIKE '0003%'")
        XCTAssertThrowsError(try TrackerDatabase.open(path: test.path, operatorName: "t")) { error in
            XCTAssertTrue((error as! TrackerError).message.en.contains("0003_visits_checklist"), "\(error)")
        }
    }

    func testAFileThatIsNotADatabaseIsRefused() throws {
        let temporary = TemporaryFolder(prefix: "tracker-notdb")
        let folder = temporary.path
        let path = folder + "/x.db"
        try String(repeating: "roster,not a database\n", count: 200).write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try TrackerDatabase.open(path: path, operatorName: "t")) { error in
            XCTAssertEqual((error as! TrackerError).kind, .io)
            XCTAssertTrue((error as! TrackerError).message.en.contains("not a tracker database"))
        }
    }
}

func fields(name: String, town: String = "陈集镇", village: String = "焦庄村", code: String? = nil) -> HouseholdFields {
    var fields = HouseholdFields()
    fields.headName = name
    fields.town = town
    fields.village = village
    fields.code = code
    return fields
}
