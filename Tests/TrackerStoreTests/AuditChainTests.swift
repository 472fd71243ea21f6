import CountyGenerator
import Foundation
import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

/// Issue 20: the audit trail's hash chain, its replay against the tables,
/// and report receipts. Each tampering step is done the way someone with
/// the file would do it, then `verify()` must name the table and the row.
final class AuditChainTests: XCTestCase {
    private func firstProblem(_ test: TestDatabase, file: StaticString = #filePath, line: UInt = #line) throws -> AuditChainProblem {
        let report = try AuditChainStore(test.database).verify()
        return try XCTUnwrap(report.problems.first, "tampering went unnoticed", file: file, line: line)
    }

    // MARK: Untouched databases pass

    func testSeedPassesAndEveryEntryIsLinked() throws {
        let test = try TestDatabase.seeded()
        let report = try AuditChainStore(test.database).verify()
        XCTAssertTrue(report.isSound, "\(report.problems)")
        XCTAssertEqual(report.entries, try test.count("audit_log"))
        XCTAssertEqual(report.commands, try test.count("audit_commands"))
        XCTAssertTrue(report.tables.contains("visits") && report.tables.contains("households"), "\(report.tables)")
        XCTAssertEqual(try test.raw.scalarInt("SELECT count(*) FROM audit_log WHERE hash IS NULL"), 0)
        XCTAssertEqual(try test.raw.scalarInt("SELECT count(*) FROM audit_commands WHERE hash IS NULL"), 0)
        let head = try XCTUnwrap(report.head)
        XCTAssertEqual(head, try AuditChainStore(test.database).head())
        XCTAssertEqual(head.entry, Int64(try test.count("audit_log")))
        XCTAssertEqual(head.hash.count, 64)
    }

    func testBenchmarkCountyPasses() throws {
        let test = try TestDatabase()
        _ = try CountyBuilder(test.database, options: .init(households: 12, seed: 20, months: 4)).build()
        let report = try AuditChainStore(test.database).verify()
        XCTAssertTrue(report.isSound, "\(report.problems)")
        XCTAssertGreaterThan(report.entries, 100)
    }

    /// A database of the previous schema (0013, chained already), one from
    /// before the chain (0012), and one from before columns were added to
    /// audited tables (0007) pass after the upgrade; the last two gain their chain.
    func testDatabasesUpgradedFromEarlierSchemasPass() throws {
        for last in ["0013", "0012", "0007"] {
            let temporary = TemporaryFolder(prefix: "tracker-chain")
            let folder = temporary.path
            let path = folder + "/old.db"
            do {
                let connection = try RawDatabase(path: path)
                try connection.migrate(RawDatabase.migrationNames.filter { $0 <= last + "~" })
                XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM pragma_table_info('audit_log') WHERE name = 'hash'"),
                               last < "0013" ? 0 : 1)
                try connection.run("UPDATE audit_context SET operator = '王会计'")
                try connection.execute("""
                    INSERT INTO places (id, kind, name) VALUES (1, 'town', '陈集镇');
                    INSERT INTO places (id, kind, name, parent_id) VALUES (2, 'village', '焦庄村', 1);
                    INSERT INTO households (id, code, head_name, village_id) VALUES (1, 'H1', '赵丁先', 2), (2, 'H2', '苏记拴', 2);
                    UPDATE households SET phone = '13812345678' WHERE id = 2;
                    INSERT INTO visits (household_id, visit_date) VALUES (1, '2020-03-01');
                    DELETE FROM households WHERE id = 2;
                    INSERT INTO audit_commands (operator, command, first_entry, last_entry) VALUES ('王会计', 'old commands', 1, (SELECT max(id) FROM audit_log));
                    """)
            }
            let database = try TrackerDatabase.open(path: path, operatorName: "t")
            XCTAssertEqual(database.appliedOnOpen.first.map { String($0.prefix(4)) }, String(format: "%04d", Int(last)! + 1))
            var report = try AuditChainStore(database).verify()
            XCTAssertTrue(report.isSound, "from \(last): \(report.problems)")
            XCTAssertEqual(try RawDatabase(database).scalarInt("SELECT count(*) FROM audit_log WHERE hash IS NULL"), 0)
            // New writes continue the chain the upgrade built.
            try database.writeRaw { connection in try connection.run("UPDATE visits SET note = '复查' WHERE id = 1") }
            report = try AuditChainStore(database).verify()
            XCTAssertTrue(report.isSound, "from \(last), after a write: \(report.problems)")
        }
    }

    // MARK: Tampering is named

    func testEditingAnAuditEntrysValuesIsNamed() throws {
        let test = try TestDatabase.seeded()
        let entry = try XCTUnwrap(test.raw.scalarInt("SELECT min(id) FROM audit_log WHERE table_name = 'visits'"))
        try test.raw.run("UPDATE audit_log SET new_values = json_set(new_values, '$.visit_date', '2020-01-01') WHERE id = :id",
                         ["id": entry])
        let problem = try firstProblem(test)
        XCTAssertEqual(problem.kind, .brokenLink)
        XCTAssertEqual(problem.table, "audit_log")
        XCTAssertEqual(problem.row, Int64(entry))
        XCTAssertTrue(problem.message.en.contains("entry \(entry) was changed"), problem.message.en)
    }

    func testDeletingAnAuditEntryIsNamed() throws {
        let test = try TestDatabase.seeded()
        try test.raw.run("DELETE FROM audit_log WHERE id = 10")
        let problem = try firstProblem(test)
        XCTAssertEqual(problem.kind, .brokenLink)
        XCTAssertEqual(problem.table, "audit_log")
        XCTAssertEqual(problem.row, 10)
        XCTAssertTrue(problem.message.en.contains("entry 10 was deleted"), problem.message.en)
    }

    func testDeletingTheFirstAuditEntriesIsNamed() throws {
        let test = try TestDatabase.seeded()
        try test.raw.run("DELETE FROM audit_log WHERE id <= 2")
        let problem = try firstProblem(test)
        XCTAssertEqual(problem.table, "audit_log")
        XCTAssertEqual(problem.row, 1)
    }

    func testChangingAVisitDateWithItsTriggerDroppedAndRestoredIsNamed() throws {
        let test = try TestDatabase.seeded()
        let connection = test.raw
        let trigger = try XCTUnwrap(connection.scalarText("SELECT sql FROM sqlite_schema WHERE name = 'visits_audit_update'"))
        try connection.execute("DROP TRIGGER visits_audit_update")
        try connection.run("UPDATE visits SET visit_date = '2020-02-02' WHERE id = 2")
        try connection.execute(trigger)
        let problem = try firstProblem(test)
        XCTAssertEqual(problem.kind, .rowDiffers)
        XCTAssertEqual(problem.table, "visits")
        XCTAssertEqual(problem.row, 2)
        XCTAssertTrue(problem.message.en.contains("visit_date is '2020-02-02'"), problem.message.en)
    }

    /// The same, followed by an ordinary edit of that visit: the table then
    /// matches the last entry, but that entry's old values expose the gap.
    func testAChangeHiddenUnderALaterEditIsStillNamed() throws {
        let test = try TestDatabase.seeded()
        let connection = test.raw
        let trigger = try XCTUnwrap(connection.scalarText("SELECT sql FROM sqlite_schema WHERE name = 'visits_audit_update'"))
        try connection.execute("DROP TRIGGER visits_audit_update")
        try connection.run("UPDATE visits SET visit_date = '2020-02-02' WHERE id = 2")
        try connection.execute(trigger)
        try test.database.writeRaw { connection in try connection.run("UPDATE visits SET note = '补记' WHERE id = 2") }
        let problem = try firstProblem(test)
        XCTAssertEqual(problem.kind, .unrecordedChange)
        XCTAssertEqual(problem.table, "visits")
        XCTAssertEqual(problem.row, 2)
        XCTAssertTrue(problem.message.en.contains("visit_date"), problem.message.en)
    }

    func testDeletingAHouseholdWithForeignKeysOffIsNamed() throws {
        let test = try TestDatabase.seeded()
        let connection = test.raw
        let trigger = try XCTUnwrap(connection.scalarText("SELECT sql FROM sqlite_schema WHERE name = 'households_audit_delete'"))
        try connection.execute("PRAGMA foreign_keys = OFF")
        try connection.execute("DROP TRIGGER households_audit_delete")
        try connection.run("DELETE FROM households WHERE id = 2")
        try connection.execute(trigger)
        try connection.execute("PRAGMA foreign_keys = ON")
        let problem = try firstProblem(test)
        XCTAssertEqual(problem.kind, .rowDiffers)
        XCTAssertEqual(problem.table, "households")
        XCTAssertEqual(problem.row, 2)
        XCTAssertTrue(problem.message.en.contains("households row 2 is missing"), problem.message.en)
    }

    /// Two edits outside the trail around two recorded ones, undoing each
    /// other: every value the trail holds was in the table at some time,
    /// only not in that order. Counting values alone would miss it; the
    /// check keys each recorded state by the entry that wrote it.
    func testTwoUnrecordedEditsThatUndoEachOtherAreNamed() throws {
        let test = try TestDatabase.seeded()
        let connection = test.raw
        let trigger = try XCTUnwrap(connection.scalarText("SELECT sql FROM sqlite_schema WHERE name = 'visits_audit_update'"))
        func unrecorded(_ note: String) throws {
            try connection.execute("DROP TRIGGER visits_audit_update")
            try connection.execute("UPDATE visits SET note = '\(note)' WHERE id = 1")
            try connection.execute(trigger)
        }
        func recorded(_ note: String) throws {
            try test.database.writeRaw { connection in try connection.execute("UPDATE visits SET note = '\(note)' WHERE id = 1") }
        }
        try recorded("甲")
        try unrecorded("乙")
        try recorded("甲")
        try recorded("乙")
        try unrecorded("甲")
        let report = try AuditChainStore(test.database).verify()
        let first = try XCTUnwrap(report.problems.first, "tampering went unnoticed")
        XCTAssertEqual(first.kind, .unrecordedChange)
        XCTAssertEqual(first.table, "visits")
        XCTAssertEqual(first.row, 1)
        XCTAssertTrue(report.problems.contains { $0.kind == .rowDiffers && $0.table == "visits" && $0.row == 1
            && $0.message.en.contains("note is '甲'") }, "\(report.problems)")
    }

    /// Row ids far beyond the table's size are kept apart from the dense
    /// ones; they are replayed and compared all the same.
    func testARowWithAFarOffIdIsReplayed() throws {
        let test = try TestDatabase.seeded()
        let store = AuditChainStore(test.database)
        try test.database.writeRaw { connection in try connection.execute("INSERT INTO officials (id, name) VALUES (9000000000, '远号')") }
        let untouched = try store.verify()
        XCTAssertTrue(untouched.isSound, "\(untouched.problems)")
        let connection = test.raw
        let trigger = try XCTUnwrap(connection.scalarText("SELECT sql FROM sqlite_schema WHERE name = 'officials_audit_update'"))
        try connection.execute("DROP TRIGGER officials_audit_update")
        try connection.execute("UPDATE officials SET name = '改名' WHERE id = 9000000000")
        try connection.execute(trigger)
        let problem = try firstProblem(test)
        XCTAssertEqual(problem.kind, .rowDiffers)
        XCTAssertEqual(problem.table, "officials")
        XCTAssertEqual(problem.row, 9_000_000_000)
        XCTAssertTrue(problem.message.en.contains("name is '改名'"), problem.message.en)
    }

    func testARowInsertedWithItsTriggerDroppedIsNamed() throws {
        let test = try TestDatabase.seeded()
        let connection = test.raw
        let trigger = try XCTUnwrap(connection.scalarText("SELECT sql FROM sqlite_schema WHERE name = 'officials_audit_insert'"))
        try connection.execute("DROP TRIGGER officials_audit_insert")
        try connection.run("INSERT INTO officials (id, name) VALUES (99, '冒名')")
        try connection.execute(trigger)
        let problem = try firstProblem(test)
        XCTAssertEqual(problem.table, "officials")
        XCTAssertEqual(problem.row, 99)
    }

    func testEditingACommandEntryIsNamed() throws {
        let test = try TestDatabase.seeded()
        try test.raw.run("UPDATE audit_commands SET operator = '别人' WHERE id = 1")
        let problem = try firstProblem(test)
        XCTAssertEqual(problem.table, "audit_commands")
        XCTAssertEqual(problem.row, 1)
    }

    // MARK: Receipts

    func testAReceiptHoldsUntilAnEntryBeforeItChanges() throws {
        let test = try TestDatabase.seeded()
        let store = AuditChainStore(test.database)
        let head = try XCTUnwrap(store.head())
        XCTAssertEqual(try store.verify(receipt: head.shortHash).receiptEntry, head.entry)
        XCTAssertEqual(try store.verify(receipt: head.hash.uppercased()).receiptEntry, head.entry)
        // Later writes do not disturb it.
        try test.database.writeRaw { connection in try connection.run("UPDATE visits SET note = '补记' WHERE id = 1") }
        XCTAssertEqual(try store.verify(receipt: head.shortHash).receiptEntry, head.entry)
        // A change after the receipt's entry leaves it standing (the change itself is reported).
        let later = try store.verify(receipt: head.shortHash)
        XCTAssertTrue(later.isSound)
        try test.raw.run("UPDATE audit_log SET operator = '别人' WHERE id = :id", ["id": head.entry + 1])
        XCTAssertEqual(try store.verify(receipt: head.shortHash).receiptEntry, head.entry)
        // A change before it does not.
        try test.raw.run("UPDATE audit_log SET operator = '别人' WHERE id = 3")
        XCTAssertNil(try store.verify(receipt: head.shortHash).receiptEntry)
    }

    /// Rewriting an entry and then recomputing every hash after it makes an
    /// intact-looking chain, but not the one the receipt recorded.
    func testARechainedTrailNoLongerHoldsTheReceipt() throws {
        let test = try TestDatabase.seeded()
        let store = AuditChainStore(test.database)
        let head = try XCTUnwrap(store.head())
        let connection = test.raw
        try connection.run("UPDATE audit_log SET operator = '别人' WHERE id = 3")
        for id in 3...head.entry {
            try connection.run("""
                UPDATE audit_log SET hash = chain_sha256((SELECT hash FROM audit_log p WHERE p.id < audit_log.id ORDER BY p.id DESC LIMIT 1),
                    id, at, operator, action, table_name, row_id, household_id, old_values, new_values) WHERE id = :id
                """, ["id": id])
        }
        let report = try store.verify(receipt: head.shortHash)
        XCTAssertFalse(report.problems.contains { $0.table == "audit_log" }, "the forged links hold: \(report.problems)")
        XCTAssertNil(report.receiptEntry)
    }

    func testMalformedReceiptsAreRefused() throws {
        let test = try TestDatabase.seeded()
        for receipt in ["zz", "abc", "", String(repeating: "a", count: 65), "0123456789ab!"] {
            XCTAssertThrowsError(try AuditChainStore(test.database).verify(receipt: receipt), receipt) { error in
                XCTAssertEqual((error as? TrackerError)?.kind, .invalidInput)
            }
        }
        XCTAssertNil(try AuditChainStore(test.database).verify(receipt: "0123456789abc").receiptEntry, "odd length, matching nothing")
    }
}
