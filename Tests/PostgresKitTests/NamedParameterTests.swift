import PostgresKit
import PostgresTestSupport
import XCTest

/// `:name` parameters sent apart from the SQL, and typed rows read by column name.
final class NamedParameterTests: PostgresTestCase {
    var connection: PostgresConnection!

    override func setUpWithError() throws {
        try super.setUpWithError()
        connection = try connect()
        try connection.execute("""
            CREATE TABLE households (
                id bigserial PRIMARY KEY, head_name text NOT NULL, code text UNIQUE, lifted_year integer,
                income double precision, poor boolean, photo bytea, registered date)
            """)
    }

    override func tearDownWithError() throws {
        connection = nil
        try super.tearDownWithError()
    }

    func testEveryKindRoundTripsByName() throws {
        let photo: [UInt8] = [0, 1, 0x7F, 0x80, 0xFF]
        let inserted = try connection.run("""
            INSERT INTO households (head_name, code, lifted_year, income, poor, photo, registered)
            VALUES (:head_name, :code, :lifted_year, :income, :poor, :photo, :registered)
            """, ["head_name": "赵丁先", "code": "H001", "lifted_year": 2019, "income": 3218.25, "poor": true,
                  "photo": photo, "registered": "2016-03-01"])
        XCTAssertEqual(inserted, 1)
        let row = try XCTUnwrap(connection.query("""
            SELECT id AS household_id, head_name, lifted_year, income, poor, photo, registered, NULL::text AS missing
            FROM households WHERE code = :code
            """, ["code": "H001"]).first)
        XCTAssertEqual(row.text("head_name"), "赵丁先")
        XCTAssertEqual(row.optionalInt("lifted_year"), 2019)
        XCTAssertEqual(row["lifted_year"], .int64(2019))
        XCTAssertEqual(row.double("income"), 3218.25)
        XCTAssertEqual(row.optionalBool("poor"), true)
        XCTAssertEqual(row.bytes("photo"), photo)
        XCTAssertEqual(row.text("registered"), "2016-03-01")
        XCTAssertEqual(row.int64("household_id"), 1)
        XCTAssertTrue(row.isNull("missing"))
        XCTAssertNil(row.optionalText("missing"))
        XCTAssertEqual(row.columns.names, ["household_id", "head_name", "lifted_year", "income", "poor", "photo",
                                           "registered", "missing"])
    }

    func testNilBindsNullOfEveryKind() throws {
        let none: [String: any PostgresBindable] = [
            "head_name": "钱二", "lifted_year": Int?.none, "income": Double?.none, "poor": Bool?.none,
            "photo": [UInt8]?.none, "code": String?.none,
        ]
        try connection.run("""
            INSERT INTO households (head_name, lifted_year, income, poor, photo, code)
            VALUES (:head_name, :lifted_year, :income, :poor, :photo, :code)
            """, none)
        let row = try XCTUnwrap(connection.query("SELECT * FROM households WHERE head_name = :name", ["name": "钱二"]).first)
        for column in ["lifted_year", "income", "poor", "photo", "code", "registered"] {
            XCTAssertTrue(row.isNull(column), column)
        }
        XCTAssertNil(row.optionalInt("lifted_year"))
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM households WHERE lifted_year IS NULL", [:]), 1)
    }

    func testChineseAndAwkwardTextRoundTripsUnchanged() throws {
        let texts = ["陈集镇焦庄村", "赵丁先 (户主)", "it's \"quoted\" \\ back", "𠀀 outside the BMP", "", "   ",
                     "'; DROP TABLE households; --", ":not_a_parameter", "$1", "e\u{301} combining"]
        for text in texts {
            XCTAssertEqual(try connection.scalarText("SELECT :text AS echoed", ["text": text]), text)
            try connection.run("INSERT INTO households (head_name) VALUES (:name)", ["name": text])
        }
        let stored = try connection.query("SELECT head_name FROM households ORDER BY id", [:]).map { $0.text("head_name") }
        XCTAssertEqual(stored, texts)
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM households", [:]), texts.count)
    }

    func testNumbersKeepTheirValueAtTheEdges() throws {
        for number in [Int64.min, -1, 0, Int64.max] {
            XCTAssertEqual(try connection.scalar("SELECT :n AS n", ["n": number]), .int64(number))
        }
        for number in [0.1, -2.5e-300, 1.7976931348623157e308, 3218.25] {
            XCTAssertEqual(try connection.scalar("SELECT :x AS x", ["x": number]), .double(number))
        }
        XCTAssertEqual(try connection.scalar("SELECT :x AS x", ["x": Double.infinity]), .double(.infinity))
        XCTAssertEqual(try connection.scalar("SELECT :b AS b", ["b": false]), .bool(false))
        XCTAssertEqual(try connection.scalar("SELECT :bytes AS bytes", ["bytes": [UInt8]()]), .bytea([]))
        // numeric stays exact, as the server wrote it.
        XCTAssertEqual(try connection.scalar("SELECT 12345678901234567890.123::numeric AS n", [:]),
                       .text("12345678901234567890.123"))
    }

    func testOneNameUsedTwiceIsBoundOnceAndNullFiltersNothing() throws {
        try connection.run("INSERT INTO households (head_name, lifted_year) VALUES (:name, :year)", ["name": "赵丁先", "year": 2019])
        try connection.run("INSERT INTO households (head_name, lifted_year) VALUES (:name, :year)", ["name": "孙三", "year": Int?.none])
        let sql = "SELECT head_name FROM households WHERE (:year::integer IS NULL OR lifted_year = :year) ORDER BY id"
        XCTAssertEqual(try connection.query(sql, ["year": 2019]).map { $0.text("head_name") }, ["赵丁先"])
        XCTAssertEqual(try connection.query(sql, ["year": Int?.none]).map { $0.text("head_name") }, ["赵丁先", "孙三"])
    }

    func testColonsInLiteralsCommentsAndCastsAreNotParameters() throws {
        let value = try connection.scalarText("""
            SELECT ':quoted ' || $$:dollar $$ || $tag$:tagged $tag$ || E'\\':escaped ' /* :comment /* :nested */ */
                   || :real::text -- :line comment
            """, ["real": "真"])
        XCTAssertEqual(value, ":quoted :dollar :tagged ':escaped 真")
    }

    func testTextWithANulCharacterIsRefusedBeforeSending() throws {
        XCTAssertThrowsError(try connection.run("INSERT INTO households (head_name) VALUES (:name)", ["name": "赵\u{0}丁先"])) { error in
            let failure = error as? PostgresError
            XCTAssertEqual(failure?.sqlState, "22021")
            XCTAssertTrue(failure?.message.contains(":name") == true, "\(error)")
            XCTAssertFalse("\(error)".contains("丁先"), "the value leaked: \(error)")
        }
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM households", [:]), 0)
    }

    func testMisspeltParameterNameTrapsNamingItAndSendsNothing() throws {
        let output = try outputOfTrap {
            try connection.run("INSERT INTO households (head_name) VALUES (:head_name)", ["head_nmae": "孙秘密"])
        }
        XCTAssertTrue(output.contains("no value for :head_name"), output)
        XCTAssertTrue(output.contains("the SQL has no parameter :head_nmae"), output)
        XCTAssertTrue(output.contains("INSERT INTO households"), output)
        XCTAssertFalse(output.contains("孙秘密"), "a bound value leaked: \(output)")
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM households", [:]), 0)
    }

    func testUnknownColumnReadByNameTrapsListingTheColumns() throws {
        let output = try outputOfTrap {
            let row = try XCTUnwrap(connection.query("SELECT 1 AS one, 2 AS two", [:]).first)
            _ = row.int("three")
        }
        XCTAssertTrue(output.contains("No column \"three\" in the result (columns: \"one\", \"two\")"), output)
    }
}
