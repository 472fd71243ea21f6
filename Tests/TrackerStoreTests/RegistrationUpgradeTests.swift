import Foundation
import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

/// Migration 0009: registrations an older `import households` set to the
/// import day become unknown; registrations a user gave stay.
final class RegistrationUpgradeTests: XCTestCase {
    func testImportDayRegistrationsBecomeUnknownAndHandGivenOnesStay() throws {
        let temporary = TemporaryFolder(prefix: "tracker-upgrade")
        let folder = temporary.path
        let path = folder + "/old.db"
        do {
            let connection = try RawDatabase(path: path)
            let upTo0008 = RawDatabase.migrationNames.filter { $0 < "0009" }
            XCTAssertEqual(upTo0008.count, 8)
            try connection.migrate(upTo0008)
            try connection.run("INSERT INTO places (id, kind, name) VALUES (1, 'town', '陈集镇')")
            try connection.run("INSERT INTO places (id, kind, name, parent_id) VALUES (2, 'village', '焦庄村', 1)")
            // What the old tracker wrote: each command's rows, then its audit_commands range.
            func command(_ text: String, _ sql: String) throws {
                let first = (try connection.scalarInt("SELECT coalesce(max(id), 0) FROM audit_log") ?? 0) + 1
                try connection.run(sql)
                let last = try connection.scalarInt("SELECT max(id) FROM audit_log") ?? 0
                try connection.run("INSERT INTO audit_commands (operator, command, first_entry, last_entry) VALUES ('王会计', :command, :first, :last)",
                                   ["command": text, "first": first, "last": last])
            }
            try command("import households roster.csv", """
                INSERT INTO households (code, head_name, village_id, registered_on) VALUES
                    ('H1', '赵丁先', 2, '2026-12-02'), ('H2', '苏记拴', 2, '2026-12-02'), ('H3', '张文峰', 2, '2026-12-02')
                """)
            try command("household edit H2 --registered 2016-03-01",
                        "UPDATE households SET registered_on = '2016-03-01' WHERE code = 'H2'")
            try command("household add 王五 --town 陈集镇 --village 焦庄村",
                        "INSERT INTO households (code, head_name, village_id, registered_on) VALUES ('H4', '王五', 2, '2026-12-02')")
        }
        let database = try TrackerDatabase.open(path: path, operatorName: "t")
        XCTAssertTrue(database.appliedOnOpen.contains { $0.hasPrefix("0009") }, "\(database.appliedOnOpen)")
        let rows = try RawDatabase(database).query("SELECT code, registered_on FROM households ORDER BY code")
        XCTAssertEqual(rows.map { $0[1].string }, [nil, "2016-03-01", nil, "2026-12-02"],
                       "imported: unknown; edited since: kept; added by hand: kept")
        let changeSets = try AuditStore(database).changeSets(AuditFilter())
        let upgrade = try XCTUnwrap(changeSets.first { $0.command.hasPrefix("upgrade 0009") })
        XCTAssertTrue(upgrade.command.hasPrefix("upgrade 0009"), upgrade.command)
        XCTAssertEqual(upgrade.operatorName, "tracker upgrade")
        XCTAssertEqual(upgrade.counts.map(\.rows), [2])
        XCTAssertEqual(try RawDatabase(database).scalarText("PRAGMA integrity_check"), "ok")
    }
}
