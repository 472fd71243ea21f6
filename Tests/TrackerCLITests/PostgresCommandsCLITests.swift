import Foundation
import PostgresTestSupport
import XCTest

/// The commands that run on PostgreSQL (issue 16, item 1) behave as they do
/// on an SQLite file: the same command lines give the same stdout, stderr
/// and exit code on both stores, bad input included. On PostgreSQL the
/// operator is the role that logged in (item 2), `--operator` is refused,
/// and commands not ported yet are refused before anything is written.
final class PostgresCommandsCLITests: PostgresTestCase {
    /// The cadre's URL, its tracker tables in the test's own schema.
    var url: String { cadreURI() + "?options=-c%20search_path%3D\(schema)" }

    /// One runner on a fresh SQLite file, one on the server's fresh schema.
    func bothStores() throws -> (sqlite: TrackerRunner, postgresql: TrackerRunner) {
        let sqlite = TrackerRunner()
        let postgresql = TrackerRunner()
        postgresql.environment["TRACKER_DB"] = url
        for runner in [sqlite, postgresql] {
            let created = runner.run("init")
            XCTAssertEqual(created.status, 0, created.stderr)
        }
        return (sqlite, postgresql)
    }

    /// Runs each command line on both stores and compares what a user sees.
    func expectTheSame(_ lines: [[String]], on stores: (sqlite: TrackerRunner, postgresql: TrackerRunner),
                       file: StaticString = #filePath, line: UInt = #line) {
        for arguments in lines {
            let onSQLite = stores.sqlite.run(arguments)
            let onServer = stores.postgresql.run(arguments)
            let command = arguments.joined(separator: " ")
            XCTAssertEqual(onServer.status, onSQLite.status, "\(command): \(onServer.stderr)", file: file, line: line)
            XCTAssertEqual(onServer.stdout, onSQLite.stdout, command, file: file, line: line)
            XCTAssertEqual(onServer.stderr, onSQLite.stderr, command, file: file, line: line)
        }
    }

    /// What a user types to register households and list them, good and bad.
    let registrations: [[String]] = [
        ["household", "add", "张三", "--town", "陈集镇", "--village", "焦庄村", "--code", "H001", "--registered", "2020-01-01",
         "--id-number", "372901198001011236", "--phone", "13812345678", "--cause", "因病", "--cause", "缺劳动力"],
        ["household", "add", "李四", "--town", "陈集镇", "--village", "李庄村", "--code", "H002", "--attribute", "低保贫困户",
         "--size", "3", "--registered", "2020-02-01"],
        ["household", "add", "阿布", "--county", "开发区", "--town", "佃户屯街道", "--village", "南关社区", "--code", "H010",
         "--registered", "2020-03-01"],
        ["household", "add", "赵五", "--town", "陈集镇", "--village", "焦庄村", "--code", "H003", "--registered", "2020-01-05"],
        // Refused: a taken code (any letter case), a taken head ID number, bad values.
        ["household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--code", "h001"],
        ["household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--id-number", "372901198001011236"],
        ["household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--id-number", "372901198001011235"],
        ["household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村", "--status", "rich"],
        ["household", "add", "王五", "--village", "焦庄村"],
        ["household", "list"],
        ["household", "list", "--json"],
        ["household", "list", "--csv", "--reveal"],
        ["household", "list", "--village", "焦庄村"],
        ["household", "list", "--town", "佃户屯街道", "--json"],
        ["household", "list", "--status", "lifted"],
        ["household", "list", "--lang", "zh"],
    ]

    func testHouseholdAddAndListGiveTheSameOutputOnBothStores() throws {
        let stores = try bothStores()
        expectTheSame(registrations, on: stores)
    }

    func testTheAuditTrailNamesTheRoleThatLoggedInAndNotASessionSetting() throws {
        let runner = TrackerRunner()
        // A session setting that would name someone else: the server's login wins.
        runner.environment["TRACKER_DB"] = cadreURI() + "?options=-c%20search_path%3D\(schema)%20-c%20tracker.operator%3Dmallory"
        XCTAssertEqual(runner.run("init").status, 0)
        let before = try scalarInt("SELECT coalesce(max(id), 0) FROM audit_log") ?? 0
        let added = runner.run("household", "add", "张三", "--town", "陈集镇", "--village", "焦庄村", "--code", "H001")
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertEqual(try texts("SELECT DISTINCT operator FROM audit_log WHERE id > \(before)"), [TestCluster.cadre])
        let commands = "FROM audit_commands WHERE first_entry > \(before)"
        XCTAssertEqual(try texts("SELECT operator \(commands)"), [TestCluster.cadre])
        XCTAssertEqual(try texts("SELECT command \(commands)"), ["household add 张三"])
        let last = try scalarInt("SELECT max(id) FROM audit_log") ?? 0
        XCTAssertEqual(try texts("SELECT first_entry::text \(commands)"), ["\(before + 1)"])
        XCTAssertEqual(try texts("SELECT last_entry::text \(commands)"), ["\(last)"],
                       "the command covers every entry it made (places, household, head member)")
    }

    func testLogNamesTheRoleThatLoggedIn() throws {
        let runner = TrackerRunner()
        runner.environment["TRACKER_DB"] = url
        XCTAssertEqual(runner.run("init").status, 0)
        XCTAssertEqual(runner.run("household", "add", "张三", "--town", "陈集镇", "--village", "焦庄村", "--code", "H001").status, 0)
        XCTAssertEqual(runner.run("household", "list", "--reveal").status, 0)
        let changes = try XCTUnwrap(try runner.json("log", "--json") as? [[String: Any]])
        let added = try XCTUnwrap(changes.first { $0["command"] as? String == "household add 张三" }, "\(changes)")
        XCTAssertEqual(added["operator"] as? String, TestCluster.cadre)
        // In `log`, --operator and --by choose whose changes to show; they name nobody.
        let byCadre = try XCTUnwrap(try runner.json("log", "--json", "--operator", TestCluster.cadre) as? [[String: Any]])
        XCTAssertEqual(byCadre.compactMap { $0["command"] as? String }, ["household list", "household add 张三"])
        let byOther = try XCTUnwrap(try runner.json("log", "--json", "--by", "王会计") as? [[String: Any]])
        XCTAssertTrue(byOther.isEmpty, "\(byOther)")
        // The reveal is recorded under the role, as SQLite's json_object writes it.
        XCTAssertEqual(try texts("SELECT operator FROM audit_log WHERE action = 'reveal'"), [TestCluster.cadre])
        XCTAssertEqual(try texts("SELECT new_values FROM audit_log WHERE action = 'reveal'"),
                       [#"{"revealed":"household list","households":"all listed","count":1,"selection":"all"}"#])
    }

    func testOperatorIsRefusedOnPostgreSQLAndNothingIsWritten() throws {
        let runner = TrackerRunner()
        runner.environment["TRACKER_DB"] = url
        XCTAssertEqual(runner.run("init").status, 0)
        let before = try scalarInt("SELECT count(*) FROM audit_log")
        let refused = runner.run("household", "add", "张三", "--town", "陈集镇", "--village", "焦庄村", "--operator", "王会计")
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stdout, "")
        XCTAssertEqual(refused.stderr,
            "Error: --operator does not apply on PostgreSQL: the operator is the role that logged in (cadre); leave --operator out\n")
        XCTAssertEqual(try scalarInt("SELECT count(*) FROM households"), 0)
        XCTAssertEqual(try scalarInt("SELECT count(*) FROM places"), 0)
        XCTAssertEqual(try scalarInt("SELECT count(*) FROM audit_log"), before)
        // TRACKER_OPERATOR (set by every runner) names nobody on the server.
        let added = runner.run("household", "add", "张三", "--town", "陈集镇", "--village", "焦庄村")
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertEqual(try scalarText("SELECT operator FROM audit_commands ORDER BY id DESC LIMIT 1"), TestCluster.cadre)
    }

    func testCommandsNotPortedYetAreRefusedBeforeWritingAnything() throws {
        let runner = TrackerRunner()
        runner.environment["TRACKER_DB"] = url
        XCTAssertEqual(runner.run("init").status, 0)
        XCTAssertEqual(runner.run("household", "add", "张三", "--town", "陈集镇", "--village", "焦庄村", "--code", "H001").status, 0)
        let before = try scalarInt("SELECT count(*) FROM audit_log")
        for arguments in [
            ["household", "show", "张三"],
            ["visit", "add", "张三", "--by", "李国珍", "--date", "2020-05-01", "--check", "housing=ok"],
            ["member", "add", "H001", "张小三", "--relation", "子女"],
            ["official", "add", "李国珍"],
            ["report", "monthly", "--month", "2020-05"],
            ["log", "--rows"],
        ] {
            let result = runner.run(arguments)
            let command = (["tracker"] + arguments.prefix { !$0.hasPrefix("-") }.prefix(2)).joined(separator: " ")
            XCTAssertEqual(result.status, 1, result.stderr)
            XCTAssertEqual(result.stdout, "")
            XCTAssertEqual(result.stderr, "Error: '\(command)' runs on SQLite only for now; pass an SQLite file with --db PATH\n")
        }
        XCTAssertEqual(try scalarInt("SELECT count(*) FROM audit_log"), before, "nothing was written")
        XCTAssertEqual(try scalarInt("SELECT count(*) FROM visits"), 0)
    }
}
