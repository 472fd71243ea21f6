import Foundation
import TestSupport
import TrackerStore
import XCTest

/// Issue 11, items 1 and 2: the audit trail never holds a whole ID number or
/// phone, and every unmasked view of personal data leaves exactly one trace.
final class PrivacyCLITests: XCTestCase {
    private func reveals(_ tracker: TrackerRunner) throws -> [[String]] {
        let connection = try RawDatabase(path: tracker.databasePath, readOnly: true)
        return try connection.query("""
            SELECT operator, table_name, coalesce(household_id, ''), new_values FROM audit_log WHERE action = 'reveal' ORDER BY id
            """).map { row in row.values.map { $0.string ?? "\($0)" } }
    }

    private func recordedCommands(_ tracker: TrackerRunner) throws -> [String] {
        let connection = try RawDatabase(path: tracker.databasePath, readOnly: true)
        return try connection.query("SELECT command FROM audit_commands ORDER BY id").compactMap { $0[0].string }
    }

    func testIDNumbersAndPhonesTypedAsArgumentsAreMaskedInTheRecordedCommandLine() throws {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_TODAY"] = "2021-01-15"
        XCTAssertEqual(tracker.run("seed").status, 0)
        let elder = IDFixtures.id(birth: "19500101", sequence: 33)
        XCTAssertEqual(tracker.run("household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--code", "H001").status, 0)
        XCTAssertEqual(tracker.run("member", "add", "H001", "王老汉", "--relation", "父母", "--id-number", elder).status, 0)
        let check = tracker.run("pension", "check", "H001", elder, "--method", "app", "--date", "2020-01-10")
        XCTAssertEqual(check.status, 0, check.stderr)
        // A phone in a positional, with the separators people type: a roster named after its sender.
        let roster = tracker.folder + "/李四 138-1234-5678.csv"
        try RosterGenerator.roster(households: 1).text.write(toFile: roster, atomically: true, encoding: .utf8)
        let imported = tracker.run("import", "households", roster)
        XCTAssertEqual(imported.status, 0, imported.stderr)

        let commands = try recordedCommands(tracker)
        XCTAssertTrue(commands.contains("pension check H001 " + elder.prefix(4) + String(repeating: "*", count: 10) + elder.suffix(4)),
                      "\(commands)")
        XCTAssertFalse(commands.contains { $0.contains(elder) }, "\(commands)")
        XCTAssertFalse(commands.contains { $0.contains("1234-5678") || $0.contains("12345678") }, "\(commands)")

        for format in [[], ["--json"], ["--csv"]] {
            for rows in [[], ["--rows"]] {
                let log = tracker.run(["log", "--limit", "0"] + rows + format)
                XCTAssertEqual(log.status, 0, log.stderr)
                XCTAssertFalse(log.stdout.contains(elder), "log \(rows + format):\n\(log.stdout)")
                XCTAssertFalse(log.stdout.contains("1234-5678"), "log \(rows + format):\n\(log.stdout)")
            }
        }
    }

    func testCommandLinesRecordedBeforeTheFixAreMaskedWhenShown() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        // What an older tracker recorded, and what a terminal must not obey.
        let connection = try RawDatabase(path: tracker.databasePath)
        try connection.run("UPDATE audit_commands SET command = :command WHERE id = 1",
                           ["command": "pension check H001 372901201003040027 \u{1B}[2J"])
        let log = tracker.run("log", "--json")
        XCTAssertFalse(log.stdout.contains("372901201003040027"), log.stdout)
        XCTAssertTrue(log.stdout.contains("3729**********0027"), log.stdout)
        XCTAssertFalse(log.stdout.contains("\u{1B}") || log.stdout.lowercased().contains("\\u001b"), log.stdout)
    }

    func testEveryUnmaskedViewRecordsExactlyOneReveal() throws {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_OPERATOR"] = "王会计"
        XCTAssertEqual(tracker.run("seed").status, 0)
        XCTAssertEqual(tracker.run("household", "edit", "赵丁先", "--phone", "13812345678").status, 0)
        XCTAssertEqual(tracker.run("official", "add", "张干部", "--phone", "13900001111").status, 0)
        XCTAssertEqual(try reveals(tracker).count, 0)

        let list = tracker.run("household", "list", "--village", "焦庄村", "--reveal", "--csv")
        XCTAssertTrue(list.stdout.contains("13812345678"), list.stdout)
        var recorded = try reveals(tracker)
        XCTAssertEqual(recorded.count, 1, "\(recorded)")
        XCTAssertEqual(recorded.last?[0], "王会计")
        XCTAssertEqual(recorded.last?[1], "households")
        XCTAssertTrue(recorded.last?[3].contains("\"households\":\"all listed\"") == true, "\(recorded)")
        XCTAssertTrue(recorded.last?[3].contains("village=焦庄村") == true, "\(recorded)")

        let officials = tracker.run("official", "list", "--reveal", "--json")
        XCTAssertTrue(officials.stdout.contains("13900001111"), officials.stdout)
        recorded = try reveals(tracker)
        XCTAssertEqual(recorded.count, 2, "\(recorded)")
        XCTAssertEqual(recorded.last?[1], "officials")
        XCTAssertTrue(recorded.last?[3].contains("\"officials\":\"all listed\"") == true, "\(recorded)")

        let rows = tracker.run("log", "--rows", "--reveal", "--limit", "5")
        XCTAssertTrue(rows.stdout.contains("13900001111"), rows.stdout)
        recorded = try reveals(tracker)
        XCTAssertEqual(recorded.count, 3, "\(recorded)")
        XCTAssertEqual(recorded.last?[1], "audit_log")

        let household = tracker.run("log", "--household", "赵丁先", "--rows", "--reveal")
        XCTAssertTrue(household.stdout.contains("13812345678"), household.stdout)
        recorded = try reveals(tracker)
        XCTAssertEqual(recorded.count, 4, "\(recorded)")
        XCTAssertNotEqual(recorded.last?[2], "", "the reveal names the household")

        let show = tracker.run("household", "show", "赵丁先", "--reveal", "--json")
        XCTAssertTrue(show.stdout.contains("13812345678"), show.stdout)
        XCTAssertEqual(try reveals(tracker).count, 5)

        // The reveals show in the log, by whom and when; without --reveal, nothing is recorded.
        let log = try XCTUnwrap(try tracker.json("log", "--rows", "--limit", "5") as? [[String: Any]])
        XCTAssertEqual(log.filter { $0["action"] as? String == "reveal" }.count, 5)
        XCTAssertTrue(log.allSatisfy { $0["operator"] as? String == "王会计" && ($0["at"] as? String)?.isEmpty == false })
        for arguments in [["household", "list"], ["official", "list"], ["log", "--rows"], ["household", "show", "赵丁先"]] {
            XCTAssertEqual(tracker.run(arguments).status, 0)
        }
        XCTAssertEqual(try reveals(tracker).count, 5, "a masked view records nothing")
    }
}
