import Foundation
import PostgresTestSupport
import XCTest

/// `--db postgresql://…`, TRACKER_DB and libpq's variables point tracker at
/// a PostgreSQL server (issue 16): a malformed URL or a server that cannot
/// be reached gets one line naming the fix, never the password; `init`
/// creates the schema on the real cluster; commands not ported yet say so.
final class PostgresLocationCLITests: PostgresTestCase {
    let password = "s3cret-陈集"

    func testAMalformedURLIsRefusedAsBadDataWithoutThePassword() throws {
        let runner = TrackerRunner()
        try runner.expectFailure(["household", "list", "--db", "postgresql://cadre:\(password)@db:54x2/county"],
                                 status: 65, message: "--db postgresql://cadre:***@db:54x2/county: the port 54x2 is not a number from 1 to 65535")
        runner.environment["TRACKER_DB"] = "postgres:/county"
        let result = runner.run("household", "list")
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("TRACKER_DB postgres:/county: not a PostgreSQL URL; write postgresql://USER@HOST:PORT/DATABASE"),
                      result.stderr)
    }

    func testAServerThatIsNotThereIsSaidInOneLineWithoutThePassword() throws {
        let runner = TrackerRunner()
        let result = runner.run("household", "list", "--db", "postgresql://cadre:\(password)@127.0.0.1:1/county")
        XCTAssertEqual(result.status, 74, result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("Error: cannot connect to the PostgreSQL server postgresql://cadre:***@127.0.0.1:1/county: "),
                      result.stderr)
        XCTAssertTrue(result.stderr.contains("Connection refused"), result.stderr)
        XCTAssertTrue(result.stderr.contains("check --db or TRACKER_DB, and that the server runs"), result.stderr)
        XCTAssertFalse(result.stderr.contains(password), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: runner.databasePath), "no SQLite file was made instead")
    }

    func testAWrongPasswordIsARefusedLoginAndIsNotShown() throws {
        let runner = TrackerRunner()
        let url = "postgresql://\(TestCluster.cadre):wrong-\(password)@127.0.0.1:\(cluster.port)/postgres"
        let result = runner.run("init", "--db", url)
        XCTAssertEqual(result.status, 74, result.stderr)
        XCTAssertTrue(result.stderr.contains("refused the login"), result.stderr)
        XCTAssertTrue(result.stderr.contains("postgresql://cadre:***@127.0.0.1"), result.stderr)
        XCTAssertFalse(result.stderr.contains(password), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
    }

    func testInitCreatesTheSchemaOnTheServerAndCommandsNotPortedSaySo() throws {
        let runner = TrackerRunner()
        let url = cadreURI() + "?options=-c%20search_path%3D\(schema)"
        let shown = url.replacingOccurrences(of: #":[^:@/]*@"#, with: ":***@", options: .regularExpression)
        let first = runner.run("init", "--db", url)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.hasPrefix("\(shown): schema version \(TrackerRunner.shippedMigrations) (applied 0001_audit_places_households_members, "),
                      first.stdout)
        let second = runner.run("init", "--db", url)
        XCTAssertEqual(second.stdout, "\(shown): schema version \(TrackerRunner.shippedMigrations), up to date\n", second.stderr)

        let list = runner.run("household", "list", "--db", url)
        XCTAssertEqual(list.status, 0, list.stderr)
        let report = runner.run("report", "monthly", "--month", "2020-05", "--db", url)
        XCTAssertEqual(report.status, 1, report.stderr)
        XCTAssertEqual(report.stderr, "Error: 'tracker report monthly' runs on SQLite only for now; pass an SQLite file with --db PATH\n")
    }

    func testLibpqsVariablesSelectTheServerWhenNoDatabaseIsNamed() throws {
        let runner = TrackerRunner()
        runner.environment["TRACKER_DB"] = nil
        runner.environment["PGHOST"] = cluster.directory
        runner.environment["PGPORT"] = String(cluster.port)
        runner.environment["PGUSER"] = "postgres"
        runner.environment["PGDATABASE"] = "postgres"
        runner.environment["PGOPTIONS"] = "-c search_path=\(schema)"
        let result = runner.run("init")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("PGDATABASE=postgres: schema version \(TrackerRunner.shippedMigrations) (applied "), result.stdout)
    }
}
