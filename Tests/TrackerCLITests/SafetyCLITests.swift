import Foundation
import TrackerStore
import XCTest

final class SafetyCLITests: XCTestCase {
    func testLogShowsChangesWithOperatorAndMasksPersonalData() throws {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_OPERATOR"] = "王会计"
        tracker.run("seed")
        XCTAssertEqual(tracker.run("household", "edit", "赵丁先", "--phone", "13812345678", "--operator", "李干事").status, 0)
        let entries = try XCTUnwrap(try tracker.json("log", "--household", "赵丁先", "--rows") as? [[String: Any]])
        XCTAssertEqual(entries.first?["operator"] as? String, "李干事", "--operator wins over TRACKER_OPERATOR")
        XCTAssertEqual(entries.first?["action"] as? String, "update")
        XCTAssertEqual(entries.first?["changes"] as? [String], ["phone: — → 138****5678"])
        XCTAssertTrue(entries.dropFirst().allSatisfy { $0["operator"] as? String == "王会计" })
        XCTAssertTrue(entries.allSatisfy { ($0["household"] as? String)?.hasPrefix("赵丁先") == true })
        let revealed = tracker.run("log", "--household", "赵丁先", "--rows", "--reveal", "--limit", "1")
        XCTAssertTrue(revealed.stdout.contains("13812345678"), revealed.stdout)
        let byOperator = try XCTUnwrap(try tracker.json("log", "--by", "李干事", "--rows") as? [[String: Any]])
        XCTAssertEqual(byOperator.count, 1)
        XCTAssertEqual((try tracker.json("log", "--since", "2999-01-01") as? [Any])?.count, 0)
        try tracker.expectFailure(["log", "--since", "yesterday"], status: 65, message: "--since")
    }

    func testLogShowsLocalTimeWithTheZoneAndSinceMeansTheLocalDay() throws {
        let tracker = TrackerRunner()
        tracker.environment["TZ"] = "Asia/Shanghai"
        XCTAssertEqual(tracker.run("seed").status, 0)
        let stored = try XCTUnwrap((try tracker.json("log") as? [[String: Any]])?.first?["at"] as? String)
        XCTAssertTrue(stored.hasSuffix("Z"), "JSON keeps the stored UTC time: \(stored)")
        let instant = try XCTUnwrap(ISO8601DateFormatter().date(from: String(stored.prefix(19)) + "Z"))
        func local(_ zone: TimeZone, _ pattern: String, at moment: Date? = nil) -> String {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = zone
            formatter.dateFormat = pattern
            return formatter.string(from: moment ?? instant)
        }
        let shanghai = TimeZone(identifier: "Asia/Shanghai")!
        for arguments in [["log"], ["log", "--rows"]] {
            let table = tracker.run(arguments)
            XCTAssertTrue(table.stdout.contains(local(shanghai, "yyyy-MM-dd HH:mm:ss") + " CST +08:00"), table.stdout)
            XCTAssertFalse(table.stdout.contains("UTC"), table.stdout)
        }
        tracker.environment["TZ"] = "UTC"
        XCTAssertTrue(tracker.run("log").stdout.contains(local(TimeZone(identifier: "UTC")!, "yyyy-MM-dd HH:mm:ss") + " UTC"))

        // --since is a day on the same clock: at UTC+14 the seed happened on
        // a local date that may already be the next UTC day.
        tracker.environment["TZ"] = "Pacific/Kiritimati"
        let kiritimati = TimeZone(identifier: "Pacific/Kiritimati")!
        let day = local(kiritimati, "yyyy-MM-dd")
        // Besides the seed, the new database's own command recording its built-in poverty lines (0013).
        let sinceDay = try XCTUnwrap(try tracker.json("log", "--since", day) as? [[String: Any]])
        XCTAssertEqual(sinceDay.filter { $0["operator"] as? String != "tracker upgrade" }.count, 1, "the seed is on \(day) local time")
        let nextDay = local(kiritimati, "yyyy-MM-dd", at: instant.addingTimeInterval(86_400))
        XCTAssertEqual((try tracker.json("log", "--since", nextDay) as? [Any])?.count, 0)
    }

    func testLogGroupsChangesByCommandWithTheOperator() throws {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_OPERATOR"] = "王会计"
        XCTAssertEqual(tracker.run("seed").status, 0)
        XCTAssertEqual(tracker.run("visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-04-10",
                                   "--check", "住房=不达标:屋顶漏雨", "--operator", "李干事").status, 0)
        XCTAssertEqual(tracker.run("followup", "close", "1", "--resolution", "已修缮", "--date", "2020-05-08").status, 0)
        let log = try XCTUnwrap(try tracker.json("log", "--household", "赵丁先") as? [[String: Any]])
        XCTAssertEqual(log.map { $0["command"] as? String }, ["followup close 1", "visit add 赵丁先", "seed"])
        XCTAssertEqual(log.map { $0["operator"] as? String }, ["王会计", "李干事", "王会计"])
        XCTAssertEqual(log[1]["changes"] as? [String],
                       ["visits +1", "visit_officials +1", "checklist_results +1", "rectifications +1", "rectification_events +1"])
        // The other households' log does not show the visit or the close.
        let other = try XCTUnwrap(try tracker.json("log", "--household", "沈红荣") as? [[String: Any]])
        XCTAssertEqual(other.map { $0["command"] as? String }, ["seed"])
        // --operator on `log` filters: it records nothing.
        let byOperator = try XCTUnwrap(try tracker.json("log", "--operator", "李干事") as? [[String: Any]])
        XCTAssertEqual(byOperator.count, 1)
        let text = tracker.run("log", "--household", "赵丁先").stdout
        XCTAssertTrue(text.contains("visit add 赵丁先") && text.contains("李干事"), text)
    }

    func testBackupIsOwnerOnlyAndPassesCheck() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        try FileManager.default.createDirectory(atPath: tracker.folder + "/backups", withIntermediateDirectories: false)
        let target = tracker.folder + "/backups/copy.db"
        let result = tracker.run("backup", target)
        XCTAssertEqual(result.status, 0, result.stderr)
        let mode = (try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber)?.intValue
        XCTAssertEqual(mode, 0o600)
        let check = tracker.run("check", "--db", target)
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.contains("is sound"))
        XCTAssertEqual(try RawDatabase(path: target).scalarInt("SELECT count(*) FROM households"), 4)
        try tracker.expectFailure(["backup", target], status: 1, message: "--force")
        XCTAssertEqual(tracker.run("backup", target, "--force").status, 0)
        try tracker.expectFailure(["backup", tracker.databasePath], status: 1, message: "--force")
        try tracker.expectFailure(["backup", tracker.databasePath, "--force"], status: 1, message: "another file")
    }

    func testCheckReportsBrokenReferences() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        XCTAssertEqual(tracker.run("check").status, 0)
        let connection = try RawDatabase(path: tracker.databasePath)
        try connection.execute("PRAGMA foreign_keys = OFF; DELETE FROM officials WHERE name = '朱家福';")
        let check = tracker.run("check")
        XCTAssertEqual(check.status, 74)
        XCTAssertTrue(check.stderr.contains("problem"), check.stderr)
        XCTAssertTrue(check.stderr.contains("missing officials"), check.stderr)
    }

    /// `check` compares the schema with what the migrations make: a dropped
    /// audit trigger (changes would go unrecorded) or an index added by hand
    /// is a problem, and `check --json` reports them as data.
    func testCheckFindsADroppedTriggerAndAnUnexpectedIndex() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let sound = try XCTUnwrap(try tracker.json("check") as? [String: Any])
        XCTAssertEqual(sound["sound"] as? Bool, true)
        XCTAssertEqual((sound["problems"] as? [Any])?.count, 0)

        let connection = try RawDatabase(path: tracker.databasePath)
        try connection.execute("DROP TRIGGER households_audit_update; CREATE INDEX by_hand ON households (phone);")
        let check = tracker.run("check")
        XCTAssertEqual(check.status, 74)
        XCTAssertTrue(check.stderr.hasPrefix("Error: "), check.stderr)
        XCTAssertTrue(check.stderr.contains("trigger households_audit_update is missing"), check.stderr)
        XCTAssertTrue(check.stderr.contains("index by_hand is not made by any migration"), check.stderr)

        let json = tracker.run("check", "--json")
        XCTAssertEqual(json.status, 74)
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
        XCTAssertEqual(document["sound"] as? Bool, false)
        let problems = try XCTUnwrap(document["problems"] as? [[String: String]])
        XCTAssertEqual(Set(problems.compactMap { $0["kind"] }), ["schema_missing", "schema_unexpected"])

        // A trigger whose text was changed is caught too.
        try connection.execute("""
            DROP INDEX by_hand;
            CREATE TRIGGER households_audit_update AFTER UPDATE ON households BEGIN SELECT 1; END;
            """)
        let changed = tracker.run("check")
        XCTAssertEqual(changed.status, 74)
        XCTAssertTrue(changed.stderr.contains("trigger households_audit_update differs"), changed.stderr)
    }
}
