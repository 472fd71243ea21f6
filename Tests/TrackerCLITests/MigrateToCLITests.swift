import Foundation
import PostgresTestSupport
import XCTest

/// `tracker migrate-to URL --from FILE` (issue 16, item 5) against the
/// throwaway cluster: the seeded file arrives whole and checked; a server
/// that holds records, a path instead of a URL, a missing file are refused.
final class MigrateToCLITests: PostgresTestCase {
    private func serverURL() -> String { cadreURI() + "?options=-c%20search_path%3D\(schema)" }

    func testTheSeededFileArrivesWithEveryTableChecked() throws {
        let runner = TrackerRunner()
        XCTAssertEqual(runner.run("seed").status, 0)
        let url = serverURL()
        XCTAssertEqual(runner.run("init", "--db", url).status, 0)
        let result = runner.run("migrate-to", url, "--from", runner.databasePath, "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let tables = try XCTUnwrap(json["tables"] as? [[String: Any]])
        let households = try XCTUnwrap(tables.first { $0["name"] as? String == "households" })
        XCTAssertEqual(households["rows"] as? Int, 4)
        XCTAssertEqual((households["digest"] as? String)?.count, 64)
        XCTAssertFalse(result.stdout.contains(TestCluster.cadrePassword), "the password is never shown")

        let again = runner.run("migrate-to", url, "--from", runner.databasePath)
        XCTAssertEqual(again.status, 1, again.stderr)
        XCTAssertTrue(again.stderr.contains("already holds records (places, 5 rows)"), again.stderr)
        XCTAssertEqual(again.stdout, "")
    }

    func testBadInvocations() throws {
        let runner = TrackerRunner()
        XCTAssertEqual(runner.run("seed").status, 0)
        try runner.expectFailure(["migrate-to", "/tmp/county.db", "--from", runner.databasePath], status: 64,
                                 message: "give the server as a postgresql:// URL")
        try runner.expectFailure(["migrate-to", serverURL()], status: 64, message: "--from")
        let missing = runner.run("migrate-to", serverURL(), "--from", runner.databasePath + ".nope")
        XCTAssertEqual(missing.status, 1, missing.stderr)
        XCTAssertEqual(missing.stderr.split(separator: "\n").count, 1, missing.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: runner.databasePath + ".nope"), "no file was made")
    }
}
