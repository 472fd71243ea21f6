import Foundation
import TrackerStore
import XCTest

final class SetupCLITests: XCTestCase {
    func testInitCreatesAnOwnerOnlyDatabaseWithEveryTable() throws {
        let tracker = TrackerRunner()
        let path = tracker.folder + "/x.db"
        let result = tracker.run("init", "--db", path)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("schema version \(TrackerRunner.shippedMigrations)"), result.stdout)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let connection = try RawDatabase(path: path)
        XCTAssertEqual(try connection.scalarText("PRAGMA integrity_check"), "ok")
        XCTAssertTrue(try connection.query("PRAGMA foreign_key_check").isEmpty)
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'audit_commands'"), 1)
        XCTAssertTrue(tracker.run("init", "--db", path).stdout.contains("up to date"))
    }

    func testDefaultPathFollowsXDGDataHome() throws {
        let tracker = TrackerRunner()
        tracker.environment["TRACKER_DB"] = nil
        tracker.environment["XDG_DATA_HOME"] = tracker.folder + "/data"
        XCTAssertEqual(tracker.run("init").status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: tracker.folder + "/data/tracker/tracker.db"))
        tracker.environment["XDG_DATA_HOME"] = nil
        XCTAssertEqual(tracker.run("init").status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: tracker.folder + "/.local/share/tracker/tracker.db"))
    }

    func testACopiedBinaryCarriesItsMigrations() throws {
        let tracker = TrackerRunner()
        let elsewhere = tracker.folder + "/bin"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TrackerRunner.binary, toPath: elsewhere + "/tracker")
        let result = tracker.run(["init", "--db", tracker.folder + "/copied.db"], binary: elsewhere + "/tracker", currentDirectory: "/")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try RawDatabase(path: tracker.folder + "/copied.db").scalarInt("SELECT count(*) FROM schema_migrations"), TrackerRunner.shippedMigrations)
    }

    func testDatabaseFromANewerTrackerIsRefused() throws {
        let tracker = TrackerRunner()
        tracker.run("init")
        try RawDatabase(path: tracker.databasePath).run("INSERT INTO schema_migrations VALUES ('0099_future', 'x', 'now')")
        try tracker.expectFailure(["household", "list"], status: 74, message: "written by a newer tracker")
    }

    func testEditedMigrationIsRefusedByName() throws {
        let tracker = TrackerRunner()
        tracker.run("init")
        try RawDatabase(path: tracker.databasePath).run("UPDATE schema_migrations SET checksum = 'x' WHERE name LIKE '0002%'")
        try tracker.expectFailure(["init"], status: 74, message: "0002_officials_assignments")
    }

    func testAFileThatIsNotADatabaseIsRefused() throws {
        let tracker = TrackerRunner()
        try String(repeating: "code,name\n", count: 100).write(toFile: tracker.databasePath, atomically: true, encoding: .utf8)
        let result = tracker.run("household", "list")
        XCTAssertEqual(result.status, 74)
        XCTAssertTrue(result.stderr.contains("not a tracker database"), result.stderr)
    }

    func testDbStatusReportsVersionMigrationsAndCounts() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        let status = try XCTUnwrap(try tracker.json("db", "status") as? [String: Any])
        XCTAssertEqual(status["schema_version"] as? Int, TrackerRunner.shippedMigrations)
        XCTAssertEqual((status["applied"] as? [Any])?.count, TrackerRunner.shippedMigrations)
        let rows = try XCTUnwrap(status["rows"] as? [String: Int])
        XCTAssertEqual(rows["households"], 4)
        XCTAssertEqual(rows["visits"], 4)
        XCTAssertEqual(rows["officials"], 2)
    }

    func testSeedTwiceChangesNothing() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let rows = (try tracker.json("db", "status") as? [String: Any])?["rows"] as? [String: Int]
        let before = try tracker.dump().filter { !$0.hasPrefix("audit_context") }
        let again = tracker.run("seed")
        XCTAssertEqual(again.status, 0)
        XCTAssertTrue(again.stdout.contains("nothing added"), again.stdout)
        XCTAssertEqual((try tracker.json("db", "status") as? [String: Any])?["rows"] as? [String: Int], rows)
        XCTAssertEqual(try tracker.dump().filter { !$0.hasPrefix("audit_context") }, before)
    }

    func testVersionAndUsageErrors() throws {
        let tracker = TrackerRunner()
        XCTAssertTrue(tracker.run("--version").stdout.hasPrefix("tracker "))
        let typo = tracker.run("housheold", "list")
        XCTAssertEqual(typo.status, 64)
        XCTAssertEqual(typo.stderr, "Error: unknown subcommand 'housheold'. Did you mean 'household'?\nUsage: tracker <subcommand> [options]\nSee 'tracker --help'.\n")
        let typoHelp = tracker.run("housheold", "--help")
        XCTAssertEqual(typoHelp.status, 64, "help for a command that does not exist is a usage error")
        XCTAssertEqual(typoHelp.stdout, "")
        XCTAssertTrue(typoHelp.stderr.hasPrefix("Error: unknown subcommand 'housheold'. Did you mean 'household'?"), typoHelp.stderr)
        XCTAssertEqual(tracker.run("frobnicate", "--help").status, 64)
        let option = tracker.run("household", "list", "--vilage", "焦庄村")
        XCTAssertEqual(option.status, 64)
        XCTAssertTrue(option.stderr.contains("Did you mean '--village'?"), option.stderr)
        XCTAssertEqual(tracker.run("household", "list", "--format", "xml").status, 64)
        XCTAssertEqual(tracker.run("household", "list", "--lang", "fr").status, 64)
        XCTAssertFalse(FileManager.default.fileExists(atPath: tracker.databasePath), "usage errors never create a database")
    }

    func testLanguageFollowsLocaleAndFlag() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("init").status, 0)
        tracker.environment["LANG"] = "zh_CN.UTF-8"
        let zh = tracker.run("household", "show", "无此人")
        XCTAssertTrue(zh.stderr.hasPrefix("错误\u{FF1A}"), zh.stderr)
        let en = tracker.run("household", "show", "无此人", "--lang", "en")
        XCTAssertTrue(en.stderr.hasPrefix("Error: no household named 无此人"), en.stderr)
    }
}
