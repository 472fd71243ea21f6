import Foundation
import PostgresKit
import PostgresTestSupport
import XCTest

/// The `:name` to `$n` rewrite on its own (no server needed).
final class NamedSQLTests: XCTestCase {
    func testNamesBecomeNumbersInOrderOfFirstUse() {
        let sql = NamedSQL("UPDATE t SET a = :a, b = :b WHERE a <> :a AND c = :c_2")
        XCTAssertEqual(sql.text, "UPDATE t SET a = $1, b = $2 WHERE a <> $1 AND c = $3")
        XCTAssertEqual(sql.names, ["a", "b", "c_2"])
        XCTAssertNil(sql.bindingProblem(keys: ["a", "b", "c_2"]))
    }

    func testLiteralsIdentifiersCommentsAndCastsStayAsWritten() {
        let written = """
            SELECT ':a', "col:b", E'it\\'s :c', $$:d$$, $fn$ :e $fn$, x::int, ar[1:2], f(:real) -- :g
            /* :h /* :i */ :j */ FROM t
            """
        let sql = NamedSQL(written)
        XCTAssertEqual(sql.names, ["real"])
        XCTAssertEqual(sql.text, written.replacingOccurrences(of: "f(:real)", with: "f($1)"))
    }

    func testPositionalParametersAreReportedNotRenumbered() {
        let sql = NamedSQL("SELECT $1, a$2 FROM t WHERE b = :b")
        XCTAssertEqual(sql.positional, ["$1"])
        XCTAssertEqual(sql.text, "SELECT $1, a$2 FROM t WHERE b = $1")
        XCTAssertEqual(sql.bindingProblem(keys: ["b"]),
                       "Named parameters do not match the statement: positional parameters $1 cannot be bound by name; write :name: SELECT $1, a$2 FROM t WHERE b = :b")
    }

    func testMismatchNamesBothSidesAndTheColonMistake() {
        let sql = NamedSQL("SELECT :town, :village")
        XCTAssertEqual(sql.bindingProblem(keys: [":town", "village", "year"]),
                       "Named parameters do not match the statement: no value for :town; the SQL has no parameter ::town, :year (keys are written without the colon): SELECT :town, :village")
    }

    func testNonASCIIAroundParametersSurvives() {
        let sql = NamedSQL("SELECT '陈集镇:焦庄村' AS 名称, :名 AS x, :name AS 户主")
        XCTAssertEqual(sql.text, "SELECT '陈集镇:焦庄村' AS 名称, :名 AS x, $1 AS 户主")
        XCTAssertEqual(sql.names, ["name"])
    }
}
