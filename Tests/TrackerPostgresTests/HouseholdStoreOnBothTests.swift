import PostgresKit
import PostgresTestSupport
import SQLCore
import TestSupport
import TrackerDomain
import TrackerPostgresMigrations
import XCTest
@testable import TrackerStore

/// The household store's reads (`household show`, `household list`, names
/// and codes resolved, suggestions for a typo) run unchanged on both
/// engines through `SQLConnection` and give the same answers (issue 16,
/// item 4: households first).
final class HouseholdStoreOnBothTests: PostgresTestCase {
    /// The audit script's county plus a second town and households whose
    /// order needs the pinyin keys (and a NULL code), two causes, a closed one.
    static var script: [String] {
        AuditParityTests.script + [
            "INSERT INTO places (kind, name, parent_id) VALUES ('town', '安集镇', (SELECT id FROM places WHERE name = '兰考县'))",
            "INSERT INTO places (kind, name, parent_id) VALUES ('village', '白庄村', (SELECT id FROM places WHERE name = '安集镇'))",
            "INSERT INTO places (kind, name, parent_id) VALUES ('village', '阿庄村', (SELECT id FROM places WHERE name = '陈集镇'))",
            """
            INSERT INTO households (code, head_name, village_id, status, size)
            VALUES ('H10', '张文峰', (SELECT id FROM places WHERE name = '白庄村'), 'not_lifted', 2),
                   ('H2', '张文峰', (SELECT id FROM places WHERE name = '白庄村'), 'monitored', NULL),
                   (NULL, '阿强', (SELECT id FROM places WHERE name = '阿庄村'), 'relapsed', 5),
                   ('H7', '王五', (SELECT id FROM places WHERE name = '焦庄村'), 'not_lifted', 1)
            """,
            "UPDATE households SET monitoring_kind = 'marginal' WHERE code = 'H2'",
            "INSERT INTO household_causes (household_id, cause, is_main) VALUES ((SELECT id FROM households WHERE code = 'H001'), 'disability', 0)",
            "INSERT INTO household_causes (household_id, cause, is_main) VALUES ((SELECT id FROM households WHERE code = 'H10'), 'schooling', 0)",
            "INSERT INTO household_causes (household_id, cause, is_main) VALUES ((SELECT id FROM households WHERE code = 'H10'), 'lack_funds', 1)",
            "UPDATE households SET closed_on = '2024-06-01', close_reason = 'moved_out' WHERE code = 'H7'",
        ]
    }

    /// Both engines, filled by the same script (as operator "tester" on both).
    static func filled(_ test: PostgresTestCase) throws -> (sqlite: TestDatabase, postgres: PostgresConnection) {
        let sqlite = try TestDatabase()
        try sqlite.raw.execute("UPDATE audit_context SET operator = 'tester' WHERE id = 1")
        for statement in script { try sqlite.raw.execute(statement) }
        let postgres = try test.connect()
        try PostgresMigrator(embeddedMigrations.map { Migration(name: $0.name, sql: $0.sql) }).migrate(postgres)
        try postgres.execute("SET tracker.operator = 'tester'")
        for statement in script { try postgres.execute(statement) }
        return (sqlite, postgres)
    }

    func connections() throws -> (sqlite: TestDatabase, postgres: PostgresConnection) { try Self.filled(self) }

    func testListsAreTheSameInTheSameOrderWhateverTheFilter() throws {
        let (sqlite, postgres) = try connections()
        let filters = [HouseholdFilter(), HouseholdFilter(town: "陈集镇"), HouseholdFilter(village: "白庄村"),
                       HouseholdFilter(status: .monitored), HouseholdFilter(town: "无此镇")]
        for filter in filters {
            let onSQLite = try HouseholdStore.households(filter, in: sqlite.database.sqlConnection)
            let onPostgres = try HouseholdStore.households(filter, in: postgres)
            XCTAssertEqual(onPostgres, onSQLite, "\(filter)")
        }
        let all = try HouseholdStore.households(HouseholdFilter(), in: postgres)
        XCTAssertEqual(all.count, 5)
        // Town 安集镇 (an) before 陈集镇 (chen), 阿庄村 before 焦庄村, 王 before 赵, H2 before H10.
        XCTAssertEqual(all.map { $0.code ?? "-" }, ["H2", "H10", "-", "H7", "H001"])
        XCTAssertEqual(all[1].causes, [.lackFunds, .schooling], "main cause first")
    }

    func testEachHouseholdReadsTheSame() throws {
        let (sqlite, postgres) = try connections()
        for id in Int64(1)...5 {
            XCTAssertEqual(try HouseholdStore.household(id: id, in: postgres),
                           try HouseholdStore.household(id: id, in: sqlite.database.sqlConnection))
        }
        let closed = try HouseholdStore.household(id: 5, in: postgres)
        XCTAssertEqual(closed.closeReason, .movedOut)
        XCTAssertEqual(closed.closedOn, CalendarDate.parse("2024-06-01"))
        XCTAssertThrowsError(try HouseholdStore.household(id: 99, in: postgres)) { error in
            XCTAssertEqual((error as? TrackerError)?.kind, .notFound)
        }
    }

    func testNamesAndCodesResolveAlikeAndTyposGetTheSameSuggestions() throws {
        let (sqlite, postgres) = try connections()
        let onSQLite = sqlite.database.sqlConnection
        for (reference, village) in [("h001", nil), ("H10", nil), ("阿强", nil), ("阿强", "阿庄村"), ("王五", nil)] as [(String, String?)] {
            XCTAssertEqual(try HouseholdStore.resolve(reference, village: village, in: postgres),
                           try HouseholdStore.resolve(reference, village: village, in: onSQLite), reference)
        }
        for reference in ["张文峰", "张文锋", "无此人"] {
            let sqliteError = refusal { try HouseholdStore.resolve(reference, village: nil, in: onSQLite) }
            let postgresError = refusal { try HouseholdStore.resolve(reference, village: nil, in: postgres) }
            XCTAssertNotNil(sqliteError, reference)
            XCTAssertEqual(postgresError?.kind, sqliteError?.kind, reference)
            XCTAssertEqual(postgresError?.message, sqliteError?.message, reference)
            XCTAssertEqual(postgresError?.detailLines, sqliteError?.detailLines, reference)
        }
        let typo = refusal { try HouseholdStore.resolve("张文锋", village: nil, in: postgres) }
        XCTAssertTrue(typo?.message.en.contains("did you mean: 张文峰") == true, "\(String(describing: typo))")
    }

    private func refusal(_ body: () throws -> Household) -> TrackerError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? TrackerError
        }
    }
}
