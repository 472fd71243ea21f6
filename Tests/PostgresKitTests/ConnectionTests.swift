import Foundation
import PostgresKit
import PostgresTestSupport
import XCTest

/// Connecting the ways libpq allows, and who the server says we are.
final class ConnectionTests: PostgresTestCase {
    func testKeywordConninfoThroughTheSocketLogsInAsItsUser() throws {
        let connection = try PostgresConnection(cluster.adminConninfo)
        XCTAssertEqual(try connection.sessionUser(), "postgres")
        XCTAssertGreaterThanOrEqual(connection.serverVersion, 150_000)
    }

    func testURIWithAPasswordLogsInOverTCPAsTheCadre() throws {
        let connection = try PostgresConnection(cadreURI())
        XCTAssertEqual(try connection.sessionUser(), TestCluster.cadre)
        // session_user stays the login role whatever role the session switches to.
        try connection.execute("SET ROLE NONE")
        XCTAssertEqual(try connection.scalarText("SELECT session_user || ' ' || current_user"), "cadre cadre")
    }

    func testEmptyConninfoTakesTheUsualPGVariables() throws {
        try withEnvironment(["PGHOST": cluster.directory, "PGPORT": String(cluster.port),
                             "PGUSER": TestCluster.cadre, "PGDATABASE": "postgres"]) {
            let connection = try PostgresConnection("")
            XCTAssertEqual(try connection.sessionUser(), TestCluster.cadre)
        }
    }

    func testPartialConninfoFillsTheRestFromPGVariables() throws {
        try withEnvironment(["PGHOST": cluster.directory, "PGPORT": String(cluster.port), "PGUSER": "postgres",
                             "PGPASSWORD": TestCluster.cadrePassword]) {
            // Host and role from the string (over PGHOST and PGUSER); port and password from PG*.
            let overTCP = try PostgresConnection("host=127.0.0.1 user=\(TestCluster.cadre) dbname=postgres")
            XCTAssertEqual(try overTCP.sessionUser(), TestCluster.cadre)
        }
    }

    func testServiceFileNamesTheServer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgkit-service-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("pg_service.conf")
        try """
            [county]
            host=127.0.0.1
            port=\(cluster.port)
            user=\(TestCluster.cadre)
            password=\(TestCluster.cadrePassword)
            dbname=postgres

            """.write(to: file, atomically: true, encoding: .utf8)
        try withEnvironment(["PGSERVICEFILE": file.path]) {
            XCTAssertEqual(try PostgresConnection("service=county").sessionUser(), TestCluster.cadre)
            try withEnvironment(["PGSERVICE": "county"]) {
                XCTAssertEqual(try PostgresConnection().sessionUser(), TestCluster.cadre)
            }
        }
    }

    func testWrongPasswordIsRefusedWithoutShowingIt() throws {
        let wrong = "Wr0ng-秘密-\(getpid())"
        let error = try connectionError(cadreURI(password: wrong))
        XCTAssertEqual(error.sqlState, "08001")
        XCTAssertTrue(error.isConnectionFailure)
        XCTAssertTrue(error.message.contains("password authentication failed"), error.message)
        assertNoSecret(wrong, in: error)
    }

    func testMalformedURINeverEchoesItsPassword() throws {
        // A bad percent escape inside the password: libpq's parser reports the token it choked on.
        let secret = "Sekr3t%zzTail"
        let error = try connectionError("postgresql://\(TestCluster.cadre):\(secret)@127.0.0.1:\(cluster.port)/postgres")
        XCTAssertEqual(error.sqlState, "08001")
        XCTAssertTrue(error.message.contains("percent"), error.message)
        assertNoSecret(secret, in: error)
        assertNoSecret("Sekr3t", in: error)
    }

    func testPasswordKeywordNeverAppearsWhenTheOptionsAreBad() throws {
        let secret = "kw-secret-\(getpid())"
        let error = try connectionError("host=127.0.0.1 port=\(cluster.port) password='\(secret)' sslmode=sometimes")
        XCTAssertTrue(error.message.contains("sslmode"), error.message)
        assertNoSecret(secret, in: error)
    }

    func testPGPasswordNeverAppearsInAFailure() throws {
        let secret = "env-secret-\(getpid())"
        try withEnvironment(["PGPASSWORD": secret]) {
            // The server names the role it refused; make that role the password's spelling too.
            let error = try connectionError("host=127.0.0.1 port=\(cluster.port) dbname=postgres user=\(secret)")
            assertNoSecret(secret, in: error)
        }
    }

    func testNoServerThereIsAConnectionFailure() throws {
        let error = try connectionError("host=\(cluster.directory) port=1 user=postgres connect_timeout=2")
        XCTAssertEqual(error.sqlState, "08001")
        XCTAssertTrue(error.message.contains("No such file or directory") || error.message.contains("refused"), error.message)
    }

    // MARK: Helpers

    private func connectionError(_ conninfo: String, file: StaticString = #filePath, line: UInt = #line) throws -> PostgresError {
        do {
            _ = try PostgresConnection(conninfo)
        } catch let error as PostgresError {
            return error
        }
        XCTFail("connected, but should have failed", file: file, line: line)
        throw XCTSkip("no error to inspect")
    }

    private func assertNoSecret(_ secret: String, in error: PostgresError, file: StaticString = #filePath, line: UInt = #line) {
        for text in [error.message, error.description, String(describing: error), error.hint ?? ""] {
            XCTAssertFalse(text.contains(secret), "the password leaked: \(text)", file: file, line: line)
        }
    }

    /// Runs `body` with environment variables set, restoring them after.
    private func withEnvironment(_ variables: [String: String], _ body: () throws -> Void) throws {
        let saved = variables.keys.map { ($0, getenv($0).map { String(cString: $0) }) }
        for (name, value) in variables { setenv(name, value, 1) }
        defer {
            for (name, value) in saved {
                if let value { setenv(name, value, 1) } else { unsetenv(name) }
            }
        }
        try body()
    }
}
