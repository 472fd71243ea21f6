import TestSupport
import XCTest
@testable import SQLiteKit

/// `:name` parameters and columns read by name (issue 15, item 3).
final class NamedParameterTests: XCTestCase {
    var directory: TemporaryFolder!
    var connection: Connection!

    override func setUpWithError() throws {
        directory = TemporaryFolder(prefix: "sqlitekit")
        connection = try Connection(path: directory.file("named.db"))
        try connection.execute("""
            CREATE TABLE households (id INTEGER PRIMARY KEY, head_name TEXT NOT NULL, lifted_year INTEGER,
                                     income REAL, photo BLOB) STRICT
            """)
    }

    override func tearDown() {
        connection = nil
        directory = nil
    }

    private func addHousehold(_ name: String, liftedYear: Int?) throws {
        try connection.run("INSERT INTO households (head_name, lifted_year) VALUES (:head_name, :lifted_year)",
                           ["head_name": name, "lifted_year": liftedYear])
    }

    func testValuesInTheSQLsOrderBindWithoutADictionary() throws {
        let sql = "INSERT INTO households (head_name, lifted_year) VALUES (:head_name, :lifted_year)"
        try connection.run(sql, inOrder: ["head_name": "周五", "lifted_year": 2019])
        try connection.run(sql, inOrder: ["head_name": "赵丁先", "lifted_year": nil as Int?])
        let rows = try connection.query("SELECT head_name, lifted_year FROM households ORDER BY id")
        XCTAssertEqual(rows.map { $0.text("head_name") }, ["周五", "赵丁先"])
        XCTAssertEqual(rows.map { $0.optionalInt("lifted_year") }, [2019, nil])
    }

    func testRunBindsByNameWhateverTheOrder() throws {
        try connection.run("INSERT INTO households (lifted_year, head_name) VALUES (:lifted_year, :head_name)",
                           ["head_name": "赵丁先", "lifted_year": 2019])
        let row = try XCTUnwrap(connection.query("SELECT head_name, lifted_year FROM households", [:]).first)
        XCTAssertEqual(row.text("head_name"), "赵丁先")
        XCTAssertEqual(row.optionalInt("lifted_year"), 2019)
    }

    func testNilBindsNullAndReadsBackAsNil() throws {
        try addHousehold("钱二", liftedYear: nil)
        try connection.forEach("SELECT lifted_year FROM households WHERE head_name = :name", ["name": "钱二"]) { row in
            XCTAssertNil(row.optionalInt("lifted_year"))
            XCTAssertTrue(row.isNull("lifted_year"))
        }
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM households WHERE lifted_year IS :year",
                                                ["year": SQLiteValue.null]), 1)
    }

    func testOneNameUsedTwiceIsBoundOnce() throws {
        try addHousehold("赵丁先", liftedYear: 2019)
        try addHousehold("孙三", liftedYear: nil)
        let names = try connection.query("""
            SELECT head_name FROM households WHERE (:year IS NULL OR lifted_year = :year) ORDER BY id
            """, ["year": 2019]).map { $0.text("head_name") }
        XCTAssertEqual(names, ["赵丁先"])
        let all = try connection.query("""
            SELECT head_name FROM households WHERE (:year IS NULL OR lifted_year = :year) ORDER BY id
            """, ["year": SQLiteValue.null]).map { $0.text("head_name") }
        XCTAssertEqual(all, ["赵丁先", "孙三"])
    }

    func testScalarVariantsBindByName() throws {
        try addHousehold("赵丁先", liftedYear: 2019)
        let byName = ["name": "赵丁先"]
        XCTAssertEqual(try connection.scalarInt("SELECT lifted_year FROM households WHERE head_name = :name", byName), 2019)
        XCTAssertEqual(try connection.scalarText("SELECT head_name FROM households WHERE lifted_year = :year",
                                                 ["year": 2019]), "赵丁先")
        XCTAssertEqual(try connection.scalar("SELECT lifted_year FROM households WHERE head_name = :name", byName),
                       .integer(2019))
        XCTAssertNil(try connection.scalarInt("SELECT lifted_year FROM households WHERE head_name = :name",
                                              ["name": "nobody"]))
    }

    func testStatementBindsByNameAndReadsEveryKindByName() throws {
        try connection.run("""
            INSERT INTO households (head_name, lifted_year, income, photo) VALUES (:name, :year, :income, :photo)
            """, ["name": "李四", "year": Int64(2020), "income": 3218.5, "photo": [UInt8]([0, 1, 255])])
        let statement = try connection.prepare("""
            SELECT id AS household_id, head_name, lifted_year, income, photo, NULL AS missing
            FROM households WHERE head_name = :name
            """)
        try statement.bind(named: ["name": "李四"])
        XCTAssertTrue(try statement.step())
        XCTAssertEqual(statement.int64("household_id"), 1)
        XCTAssertEqual(statement.text("head_name"), "李四")
        XCTAssertEqual(statement.int("lifted_year"), 2020)
        XCTAssertEqual(statement.optionalInt64("lifted_year"), 2020)
        XCTAssertEqual(statement.double("income"), 3218.5)
        XCTAssertEqual(statement.optionalDouble("income"), 3218.5)
        XCTAssertEqual(statement.blob("photo"), [0, 1, 255])
        XCTAssertEqual(statement.value("photo"), .blob([0, 1, 255]))
        XCTAssertNil(statement.optionalText("missing"))
        XCTAssertEqual(statement.text("missing"), "", "text reads NULL as empty, as by position")
        XCTAssertFalse(try statement.step())
    }

    func testColumnsAreResolvedOncePerStatementAndSharedByItsRows() throws {
        try addHousehold("赵丁先", liftedYear: 2019)
        try addHousehold("孙三", liftedYear: nil)
        let sql = "SELECT head_name, lifted_year FROM households ORDER BY id"
        let rows = try connection.query(sql, [:])
        XCTAssertTrue(rows[0].columns === rows[1].columns, "one index per statement, not one per row")
        XCTAssertTrue(try connection.cached(sql).columns === rows[0].columns, "kept with the cached statement")
        XCTAssertEqual(rows[0].columns?.names, ["head_name", "lifted_year"])
    }

    func testRowsCompareByValuesNotColumnNames() throws {
        try addHousehold("赵丁先", liftedYear: 2019)
        let row = try XCTUnwrap(connection.query("SELECT head_name FROM households", [:]).first)
        XCTAssertEqual(row, Row(values: [.text("赵丁先")]))
    }

    func testStatementsWithoutValuesTakeNoDictionary() throws {
        try connection.run("INSERT INTO households (head_name) VALUES ('周五')")
        XCTAssertEqual(try connection.scalarText("SELECT head_name FROM households"), "周五")
        XCTAssertEqual(try connection.query("SELECT head_name FROM households").first?.text("head_name"), "周五")
    }

    // MARK: Mistakes, described without values

    private func problem(_ sql: String, _ keys: [String]) throws -> String? {
        try connection.prepare(sql).bindingProblem(keys: keys)
    }

    func testMatchingNamesAreNoProblem() throws {
        XCTAssertNil(try problem("SELECT * FROM households WHERE head_name = :name AND lifted_year = :year",
                                 ["year", "name"]))
        XCTAssertNil(try problem("SELECT count(*) FROM households", []))
    }

    func testMissingNameIsNamedWithTheSQL() throws {
        let sql = "UPDATE households SET lifted_year = :lifted_year WHERE id = :id"
        let message = try XCTUnwrap(try problem(sql, ["id"]))
        XCTAssertTrue(message.contains("no value for :lifted_year"), message)
        XCTAssertTrue(message.hasSuffix(sql), message)
    }

    func testExtraNameIsNamedWithTheSQL() throws {
        let sql = "SELECT head_name FROM households WHERE id = :id"
        let message = try XCTUnwrap(try problem(sql, ["id", "lifted_year"]))
        XCTAssertTrue(message.contains("no parameter :lifted_year"), message)
        XCTAssertTrue(message.hasSuffix(sql), message)
    }

    func testKeyWrittenWithItsColonGetsAHint() throws {
        let message = try XCTUnwrap(try problem("SELECT * FROM households WHERE id = :id", [":id"]))
        XCTAssertTrue(message.contains("no value for :id"), message)
        XCTAssertTrue(message.contains("without the colon"), message)
    }

    func testPositionalParametersCannotBeBoundByName() throws {
        let message = try XCTUnwrap(try problem("SELECT * FROM households WHERE id = ?1 AND head_name = ?", []))
        XCTAssertTrue(message.contains("positional parameters ?1, ?"), message)
    }

    func testUnknownAndRepeatedColumnsAreDescribedWithTheSQL() throws {
        let sql = "SELECT h.head_name, v.head_name FROM households h JOIN households v ON v.id = h.id"
        let columns = try connection.prepare(sql).columns
        XCTAssertEqual(columns.problem(reading: "lifted_year"),
                       "No column \"lifted_year\" in the result (columns: \"head_name\", \"head_name\"): \(sql)")
        XCTAssertEqual(columns.problem(reading: "head_name"),
                       "Column \"head_name\" appears more than once; give each an alias (AS): \(sql)")
    }

    // MARK: Mistakes trap (checked in a child process)

    /// A value that must never reach an error message or a trap.
    private let secret = "110101195306153019"

    func testMissingNameTrapsWithTheSQLAndNotTheValues() throws {
        let sql = "INSERT INTO households (head_name, lifted_year) VALUES (:head_name, :lifted_year)"
        let output = try outputOfTrap { try connection.run(sql, ["head_name": secret]) }
        XCTAssertTrue(output.contains("no value for :lifted_year"), output)
        XCTAssertTrue(output.contains(sql), output)
        XCTAssertFalse(output.contains(secret), "a bound value leaked: \(output)")
    }

    func testExtraNameTrapsWithTheSQLAndNotTheValues() throws {
        let sql = "SELECT id FROM households WHERE head_name = :head_name"
        let output = try outputOfTrap { _ = try connection.query(sql, ["head_name": secret, "id_number": secret]) }
        XCTAssertTrue(output.contains("no parameter :id_number"), output)
        XCTAssertTrue(output.contains(sql), output)
        XCTAssertFalse(output.contains(secret), "a bound value leaked: \(output)")
    }

    func testValuesOutOfTheSQLsOrderTrapWithTheNamesAndNotTheValues() throws {
        let sql = "INSERT INTO households (head_name, lifted_year) VALUES (:head_name, :lifted_year)"
        let output = try outputOfTrap { try connection.run(sql, inOrder: ["lifted_year": 2019, "head_name": secret]) }
        XCTAssertTrue(output.contains("out of order"), output)
        XCTAssertTrue(output.contains(sql), output)
        XCTAssertFalse(output.contains(secret), "a bound value leaked: \(output)")
    }

    func testMissingNameInOrderTrapsWithTheSQL() throws {
        let sql = "INSERT INTO households (head_name, lifted_year) VALUES (:head_name, :lifted_year)"
        let output = try outputOfTrap { try connection.run(sql, inOrder: ["head_name": secret]) }
        XCTAssertTrue(output.contains("no value for :lifted_year"), output)
        XCTAssertFalse(output.contains(secret), "a bound value leaked: \(output)")
    }

    func testUnknownColumnTrapsWithTheSQL() throws {
        try addHousehold(secret, liftedYear: 2019)
        let sql = "SELECT head_name, lifted_year AS year FROM households"
        let output = try outputOfTrap {
            try connection.forEach(sql, [:]) { row in _ = row.optionalInt("lifted_year") }
        }
        XCTAssertTrue(output.contains("No column \"lifted_year\""), output)
        XCTAssertTrue(output.contains(sql), output)
        XCTAssertFalse(output.contains(secret), "a stored value leaked: \(output)")
    }

    /// There is no positional binding: SQL with `?` run without values
    /// traps instead of binding NULL to it silently.
    func testPositionalSQLTrapsEvenWithoutValues() throws {
        let sql = "INSERT INTO households (head_name) VALUES (?)"
        let output = try outputOfTrap { try connection.run(sql) }
        XCTAssertTrue(output.contains("positional parameters ?"), output)
        XCTAssertTrue(output.contains(sql), output)
    }

    func testRepeatedColumnTrapsWhenReadByName() throws {
        try addHousehold("赵丁先", liftedYear: 2019)
        let sql = "SELECT h.head_name, v.head_name FROM households h JOIN households v ON v.id = h.id"
        let output = try outputOfTrap { _ = try connection.query(sql, [:]).first?.text("head_name") }
        XCTAssertTrue(output.contains("appears more than once"), output)
    }
}
