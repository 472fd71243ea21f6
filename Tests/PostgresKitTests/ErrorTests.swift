import PostgresKit
import PostgresTestSupport
import XCTest

/// Server errors carry their SQLSTATE and the SQL, never a bound value.
final class ErrorTests: PostgresTestCase {
    var connection: PostgresConnection!

    override func setUpWithError() throws {
        try super.setUpWithError()
        connection = try connect()
        try connection.execute("""
            CREATE TABLE members (id_number text CONSTRAINT members_id_number_key UNIQUE NOT NULL,
                                  name text NOT NULL, age integer CHECK (age >= 0))
            """)
    }

    override func tearDownWithError() throws {
        connection = nil
        try super.tearDownWithError()
    }

    func testSyntaxErrorCarries42601AndTheSQL() throws {
        let sql = "SELEC name FROM members WHERE id_number = :id"
        let error = try failure { try connection.query(sql, ["id": "x"]) }
        XCTAssertEqual(error.sqlState, "42601")
        XCTAssertTrue(error.isSyntaxError)
        XCTAssertEqual(error.sql, sql)
        XCTAssertTrue(error.message.contains("syntax error"), error.message)
        XCTAssertTrue(error.description.hasPrefix("PostgreSQL error 42601: "), error.description)
        // The connection is still usable afterwards.
        XCTAssertEqual(try connection.scalarInt("SELECT 1", [:]), 1)
    }

    func testUniqueViolationNamesTheConstraintButNotTheValue() throws {
        let idNumber = "372901201003040027"
        try connection.run("INSERT INTO members (id_number, name) VALUES (:id, :name)", ["id": idNumber, "name": "王小五"])
        let error = try failure {
            try connection.run("INSERT INTO members (id_number, name) VALUES (:id, :name)", ["id": idNumber, "name": "王小六"])
        }
        XCTAssertEqual(error.sqlState, "23505")
        XCTAssertTrue(error.isUniqueViolation)
        XCTAssertTrue(error.isConstraintViolation)
        XCTAssertEqual(error.constraint, "members_id_number_key")
        XCTAssertEqual(error.table, "members")
        XCTAssertFalse(error.description.contains(idNumber), "a bound value leaked: \(error)")
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM members", [:]), 1)
    }

    func testOtherConstraintsHaveTheirOwnStates() throws {
        let check = try failure {
            try connection.run("INSERT INTO members (id_number, name, age) VALUES ('a', 'b', :age)", ["age": -1])
        }
        XCTAssertTrue(check.isCheckViolation, check.description)
        let notNull = try failure {
            try connection.run("INSERT INTO members (id_number, name) VALUES ('a', :name)", ["name": String?.none])
        }
        XCTAssertTrue(notNull.isNotNullViolation, notNull.description)
        XCTAssertEqual(notNull.column, "name")
    }

    func testAValueTheServerQuotesIsHidden() throws {
        let error = try failure {
            try connection.run("INSERT INTO members (id_number, name, age) VALUES ('a', 'b', :age)", ["age": "三十七"])
        }
        XCTAssertEqual(error.sqlState, "22P02")
        XCTAssertTrue(error.message.contains("invalid input syntax for type integer"), error.message)
        XCTAssertFalse(error.description.contains("三十七"), "a bound value leaked: \(error)")
    }

    func testUndefinedTableAndPrivilegeStates() throws {
        XCTAssertEqual(try failure { try connection.query("SELECT * FROM nowhere", [:]) }.sqlState, "42P01")
        let cadre = try PostgresConnection(cadreURI() + "?options=-csearch_path%3D\(schema)")
        let refused = try failure { try cadre.query("SELECT * FROM members", [:]) }
        XCTAssertTrue(refused.isInsufficientPrivilege, refused.description)
    }

    func testMultiStatementExecuteReportsTheFailingStatement() throws {
        let error = try failure {
            try connection.execute("INSERT INTO members VALUES ('m1', 'a'); INSERT INTO members VALUES ('m1', 'b')")
        }
        XCTAssertTrue(error.isUniqueViolation)
        // The simple protocol runs the string as one transaction: nothing stays.
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM members", [:]), 0)
    }

    private func failure(_ body: () throws -> Any, file: StaticString = #filePath, line: UInt = #line) throws -> PostgresError {
        do {
            _ = try body()
        } catch let error as PostgresError {
            return error
        }
        XCTFail("succeeded, but should have failed", file: file, line: line)
        throw XCTSkip("no error to inspect")
    }
}
