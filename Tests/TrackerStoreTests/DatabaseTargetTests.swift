import Platform
import TrackerDomain
import XCTest

/// Where `--db`, TRACKER_DB and libpq's variables send tracker (issue 16):
/// a postgresql:// URL selects PostgreSQL, a malformed one is refused in
/// one line naming the fix, and no message ever holds its password.
final class DatabaseTargetTests: XCTestCase {
    let home = ["HOME": "/home/cadre"]

    func target(_ db: String?, _ environment: [String: String] = [:]) throws(TrackerError) -> DatabaseTarget? {
        try DatabaseLocation.target(explicit: db, environment: home.merging(environment) { $1 })
    }

    func refusal(_ db: String?, _ environment: [String: String] = [:]) -> TrackerError? {
        do {
            _ = try target(db, environment)
            return nil
        } catch {
            return error
        }
    }

    func testAPathIsAFileAndTheDefaultStaysTheSQLiteFile() throws {
        XCTAssertEqual(try target("office.db"), .file(path: "office.db"))
        XCTAssertEqual(try target(nil), .file(path: "/home/cadre/.local/share/tracker/tracker.db"))
        XCTAssertEqual(try target(nil, ["TRACKER_DB": "/srv/county.db"]), .file(path: "/srv/county.db"))
        // A folder that merely starts like the scheme is still a path.
        XCTAssertEqual(try target("./postgresql://x"), .file(path: "./postgresql://x"))
    }

    func testAURLInDbOrTrackerDBSelectsPostgreSQLAndGoesToLibpqAsWritten() throws {
        let url = "postgresql://cadre@db.county.gov.cn:5433/county?sslmode=require&connect_timeout=5"
        XCTAssertEqual(try target(url), .postgresql(conninfo: url, shown: url))
        XCTAssertEqual(try target(nil, ["TRACKER_DB": "postgres://db/county"]),
                       .postgresql(conninfo: "postgres://db/county", shown: "postgres://db/county"))
        // --db wins over TRACKER_DB, as for files.
        XCTAssertEqual(try target("office.db", ["TRACKER_DB": "postgresql://db/county"]), .file(path: "office.db"))
        // Everything left out comes from PG* variables and the service file.
        XCTAssertEqual(try target("postgresql://"), .postgresql(conninfo: "postgresql://", shown: "postgresql://"))
        XCTAssertEqual(try target("postgresql://?service=county"),
                       .postgresql(conninfo: "postgresql://?service=county", shown: "postgresql://?service=county"))
        XCTAssertEqual(try target("postgresql://[::1]:5432,db2:5433/county"),
                       .postgresql(conninfo: "postgresql://[::1]:5432,db2:5433/county", shown: "postgresql://[::1]:5432,db2:5433/county"))
    }

    func testPGServiceOrPGDatabaseSelectPostgreSQLWhenNoDatabaseIsNamed() throws {
        XCTAssertEqual(try target(nil, ["PGSERVICE": "county"]), .postgresql(conninfo: "", shown: "PGSERVICE=county"))
        XCTAssertEqual(try target(nil, ["PGDATABASE": "county", "PGHOST": "db"]), .postgresql(conninfo: "", shown: "PGDATABASE=county"))
        // PGHOST alone is a common setting for other tools: not enough.
        XCTAssertEqual(try target(nil, ["PGHOST": "db"]), .file(path: "/home/cadre/.local/share/tracker/tracker.db"))
        XCTAssertEqual(try target("office.db", ["PGSERVICE": "county"]), .file(path: "office.db"))
    }

    func testThePasswordIsMaskedWhereverItIs() throws {
        XCTAssertEqual(try target("postgresql://cadre:s3cret%40x@db/county"),
                       .postgresql(conninfo: "postgresql://cadre:s3cret%40x@db/county", shown: "postgresql://cadre:***@db/county"))
        XCTAssertEqual(try target("postgresql://db/county?user=cadre&password=s3cret"),
                       .postgresql(conninfo: "postgresql://db/county?user=cadre&password=s3cret",
                                   shown: "postgresql://db/county?user=cadre&password=***"))
    }

    func testMalformedURLsAreRefusedInOneLineNamingTheFixWithoutThePassword() {
        let cases: [(String, String)] = [
            ("postgresql:/db/county", "not a PostgreSQL URL; write postgresql://USER@HOST:PORT/DATABASE"),
            ("postgres:county", "not a PostgreSQL URL"),
            ("POSTGRESQL://db/county", "not a PostgreSQL URL"),
            ("postgresql://cadre:s3cret@db:54x2/county", "the port 54x2 is not a number from 1 to 65535"),
            ("postgresql://cadre:s3cret@db:99999/county", "the port 99999 is not a number from 1 to 65535"),
            ("postgresql://cadre:s3cret@db:/county", "the port (empty) is not a number"),
            ("postgresql://cadre:s3cret@db/my county", "a URL has no spaces; percent-encode them (%20)"),
            ("postgresql://cadre:s3cret@db/%zzcounty", "%zz is not a %-escape"),
            ("postgresql://cadre:s3cr%t@db/county", "the password has a % not followed by two hex digits"),
            ("postgresql://cadre:s3cret@db/county?sslmod=require", "sslmod is not a connection parameter libpq knows"),
            ("postgresql://cadre:s3cret@db/county?sslmode", "the parameter sslmode has no value"),
        ]
        for (url, expected) in cases {
            guard let error = refusal(url) else { XCTFail("\(url) was accepted"); continue }
            XCTAssertEqual(error.kind, .invalidInput, url)
            let message = error.message.en
            XCTAssertTrue(message.hasPrefix("--db "), message)
            XCTAssertTrue(message.contains(expected), "\(url): \(message)")
            XCTAssertFalse(message.contains("s3cr"), "a password leaked: \(message)")
            XCTAssertFalse(message.contains("\n"), message)
            XCTAssertFalse(error.message.zh.contains("s3cr"), error.message.zh)
        }
        XCTAssertTrue(refusal(nil, ["TRACKER_DB": "postgresql://db:0/x"])?.message.en.hasPrefix("TRACKER_DB ") == true)
    }
}
