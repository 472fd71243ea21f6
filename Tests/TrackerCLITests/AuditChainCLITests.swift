import Foundation
import TrackerStore
import XCTest

/// Issue 20 through the command line: `tracker check` names tampering and
/// exits 1; a report's `--receipt` is confirmed by `check --at`.
final class AuditChainCLITests: XCTestCase {
    private func seeded() -> TrackerRunner {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        return tracker
    }

    func testCheckReportsAnIntactChainWithItsHead() throws {
        let tracker = seeded()
        let result = tracker.run("check")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Audit chain intact"), result.stdout)
        let json = try XCTUnwrap(try tracker.json("check") as? [String: Any])
        let head = try XCTUnwrap(json["chain_head"] as? [String: Any])
        XCTAssertEqual((head["hash"] as? String)?.count, 64)
        XCTAssertEqual(head["entry"] as? Int, json["audit_entries"] as? Int)
        XCTAssertTrue((json["replayed_tables"] as? [String])?.contains("visits") == true)
    }

    func testTamperingWithAVisitOutsideTrackerIsNamedAndExits1() throws {
        let tracker = seeded()
        do {
            let connection = try RawDatabase(path: tracker.databasePath)
            let trigger = try XCTUnwrap(connection.scalarText("SELECT sql FROM sqlite_schema WHERE name = 'visits_audit_update'"))
            try connection.execute("DROP TRIGGER visits_audit_update")
            try connection.run("UPDATE visits SET visit_date = '2020-02-02' WHERE id = 2")
            try connection.execute(trigger)
        }
        let result = tracker.run("check")
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("Error: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("visits row 2: visit_date is '2020-02-02'"), result.stderr)
        let chinese = tracker.run("check", "--lang", "zh")
        XCTAssertTrue(chinese.stderr.contains("visits 第 2 行"), chinese.stderr)
    }

    /// The sqlite3 shell has no chain_sha256: a write that would add an audit
    /// entry is refused there, while reading works.
    func testTheSqliteShellCanReadButNotWriteAuditedRows() throws {
        let shell = "/usr/bin/sqlite3"
        guard FileManager.default.isExecutableFile(atPath: shell) else { throw XCTSkip("no sqlite3 shell") }
        let tracker = seeded()
        func sqlite(_ sql: String) throws -> (status: Int32, output: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: shell)
            process.arguments = [tracker.databasePath, sql]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        XCTAssertEqual(try sqlite("SELECT count(*) FROM visits").output.trimmingCharacters(in: .whitespacesAndNewlines), "4")
        let write = try sqlite("PRAGMA foreign_keys = OFF; DELETE FROM households WHERE id = 2")
        XCTAssertNotEqual(write.status, 0)
        XCTAssertTrue(write.output.contains("chain_sha256"), write.output)
        XCTAssertEqual(tracker.run("check").status, 0)
        // Editing the trail itself is possible there, and named.
        XCTAssertEqual(try sqlite("UPDATE audit_log SET operator = 'x' WHERE id = 5").status, 0)
        let check = tracker.run("check")
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.stderr.contains("audit_log entry 5 was changed"), check.stderr)
    }

    func testAReportsReceiptIsConfirmedUntilAnEarlierEntryChanges() throws {
        let tracker = seeded()
        let plain = tracker.run("report", "monthly", "--month", "2020-03")
        let withReceipt = tracker.run("report", "monthly", "--month", "2020-03", "--receipt")
        XCTAssertEqual(withReceipt.status, 0, withReceipt.stderr)
        var lines = withReceipt.stdout.components(separatedBy: "\r\n")
        if lines.last == "" { lines.removeLast() }
        let receiptLine = try XCTUnwrap(lines.popLast())
        XCTAssertEqual(lines.joined(separator: "\r\n") + "\r\n", plain.stdout, "the receipt only adds the last line")
        XCTAssertTrue(receiptLine.hasPrefix("audit chain head: entry "), receiptLine)
        let hash = try XCTUnwrap(receiptLine.split(separator: " ").last.map(String.init))

        let summary = tracker.run("report", "summary", "--month", "2020-03", "--receipt")
        XCTAssertTrue(summary.stdout.hasSuffix(receiptLine + "\n"), summary.stdout)

        XCTAssertEqual(tracker.run("official", "add", "新来的").status, 0)
        let confirmed = tracker.run("check", "--at", hash)
        XCTAssertEqual(confirmed.status, 0, confirmed.stderr)
        XCTAssertTrue(confirmed.stdout.contains("Receipt \(hash) confirmed"), confirmed.stdout)

        let connection = try RawDatabase(path: tracker.databasePath)
        try connection.run("UPDATE audit_log SET operator = '别人' WHERE id = 2")
        let refused = tracker.run("check", "--at", hash)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("audit_log entry 2 was changed"), refused.stderr)
    }

    func testAReceiptFromAnotherDatabaseIsRefused() throws {
        let tracker = seeded()
        let result = tracker.run("check", "--at", "0123456789abcdef")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("does not hold 0123456789abcdef"), result.stderr)
    }

    /// Gives audit_commands' two one-column indexes each other's b-tree:
    /// every page is well formed, but neither index holds its own column's
    /// values. No statement of the chain's replay uses them.
    private func swapAuditCommandIndexes(_ path: String) throws {
        let connection = try RawDatabase(path: path)
        let byTime = try XCTUnwrap(connection.scalarInt("SELECT rootpage FROM sqlite_schema WHERE name = 'audit_commands_by_time'"))
        let byEntry = try XCTUnwrap(connection.scalarInt("SELECT rootpage FROM sqlite_schema WHERE name = 'audit_commands_by_first_entry'"))
        try connection.execute("""
            PRAGMA writable_schema = ON;
            UPDATE sqlite_schema SET rootpage = \(byEntry) WHERE name = 'audit_commands_by_time';
            UPDATE sqlite_schema SET rootpage = \(byTime) WHERE name = 'audit_commands_by_first_entry';
            PRAGMA writable_schema = OFF;
            """)
    }

    /// SQLite's quick check reads every page but not an index against its
    /// table; `--full` runs the integrity check that does.
    func testOnlyFullCheckLooksInsideIndexes() throws {
        let tracker = seeded()
        try swapAuditCommandIndexes(tracker.databasePath)
        let quick = tracker.run("check")
        XCTAssertEqual(quick.status, 0, quick.stderr)
        XCTAssertTrue(quick.stdout.contains("integrity ok (quick check; --full also checks every index)"), quick.stdout)
        let quickJSON = try XCTUnwrap(try tracker.json("check") as? [String: Any])
        XCTAssertEqual(quickJSON["integrity_check"] as? String, "quick")

        let full = tracker.run("check", "--full")
        XCTAssertEqual(full.status, 74, full.stdout)
        XCTAssertTrue(full.stderr.contains("audit_commands_by_"), full.stderr)
        let fullJSON = tracker.run("check", "--full", "--json")
        XCTAssertEqual(fullJSON.status, 74)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(fullJSON.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["integrity_check"] as? String, "full")
        let kinds = (object["problems"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } ?? []
        XCTAssertTrue(kinds.contains("integrity"), "\(kinds)")
    }

    /// The file's checks and the chain's run side by side: problems of both
    /// kinds in one database are all reported, the chain's first.
    func testFileAndChainProblemsAreReportedTogether() throws {
        let tracker = seeded()
        try swapAuditCommandIndexes(tracker.databasePath)
        try RawDatabase(path: tracker.databasePath).run("UPDATE audit_log SET operator = 'x' WHERE id = 3")
        let result = tracker.run("check", "--full")
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("audit_log entry 3 was changed"), result.stderr)
        XCTAssertTrue(result.stderr.contains("audit_commands_by_"), result.stderr)
    }

    func testBadReceiptOptions() throws {
        let tracker = seeded()
        try tracker.expectFailure(["check", "--at", "xyz"], status: 65, message: "is not a receipt")
        try tracker.expectFailure(["check", "--full", "yes"], status: 64, message: "unexpected argument 'yes'")
        try tracker.expectFailure(["report", "summary", "--month", "2020-03", "--receipt", "--json"], status: 64, message: "--receipt")
    }
}
