import SQLCore
import XCTest

/// The same behavioural cases for every `SQLConnection` (issue 16): SQLite
/// runs them in SQLiteKitTests, PostgreSQL in PostgresKitTests, so the two
/// engines are held to one contract before the stores move onto it.
public enum SQLConnectionCases {
    /// Runs every case on `connection`, whose schema must not yet hold a table `people`.
    public static func check(_ connection: any SQLConnection, file: StaticString = #filePath, line: UInt = #line) throws {
        // The one statement whose dialect differs: the id column.
        let id = connection.dialect == .sqlite ? "id INTEGER PRIMARY KEY" : "id bigserial PRIMARY KEY"
        try connection.run("""
            CREATE TABLE people (\(id), name text NOT NULL, born text, lifted bigint, score double precision,
                                 photo \(connection.dialect == .sqlite ? "BLOB" : "bytea"), big bigint)
            """, binding: [:])

        // INSERT … RETURNING id gives the new id on both.
        let insert = """
            INSERT INTO people (name, born, lifted, score, photo, big)
            VALUES (:name, :born, :lifted, :score, :photo, :big) RETURNING id
            """
        let first = try connection.insert(insert, binding: [
            "name": "赵丁先 \"老赵\"", "born": "1960-01-01", "lifted": true, "score": 2.5,
            "photo": [0x00, 0xFF, 0x10] as [UInt8], "big": Int64.max,
        ])
        let second = try connection.insert(insert, binding: [
            "name": "李秀兰", "born": String?.none, "lifted": false, "score": Double?.none,
            "photo": [UInt8]?.none, "big": Int64.min,
        ])
        XCTAssertEqual([first, second], [1, 2], file: file, line: line)

        // Rows read by column name, each kind of value as it went in.
        let rows = try connection.query("SELECT id, name, born, lifted, score, photo, big FROM people ORDER BY id", binding: [:])
        XCTAssertEqual(rows.count, 2, file: file, line: line)
        XCTAssertEqual(rows[0].text("name"), "赵丁先 \"老赵\"", file: file, line: line)
        XCTAssertEqual(rows[0].optionalText("born"), "1960-01-01", file: file, line: line)
        XCTAssertEqual(rows[0].int("lifted"), 1, "a Bool is stored as 1 on both", file: file, line: line)
        XCTAssertEqual(rows[0].double("score"), 2.5, file: file, line: line)
        XCTAssertEqual(rows[0].bytes("photo"), [0x00, 0xFF, 0x10], file: file, line: line)
        XCTAssertEqual(rows[0].int64("big"), Int64.max, file: file, line: line)
        XCTAssertNil(rows[1].optionalText("born"), file: file, line: line)
        XCTAssertTrue(rows[1].isNull("score") && rows[1].isNull("photo"), file: file, line: line)
        XCTAssertEqual(rows[1].int("lifted"), 0, file: file, line: line)
        XCTAssertEqual(rows[1].int64("big"), Int64.min, file: file, line: line)
        XCTAssertEqual(rows[1]["id"], .integer(2), file: file, line: line)

        // A name used twice is bound once; run counts the rows it changed.
        let changed = try connection.run("UPDATE people SET born = :day WHERE born IS NULL OR born < :day",
                                         binding: ["day": "2000-01-01"])
        XCTAssertEqual(changed, 2, file: file, line: line)
        XCTAssertEqual(try connection.scalar("SELECT count(*) FROM people WHERE born = :day", binding: ["day": "2000-01-01"]),
                       .integer(2), file: file, line: line)
        XCTAssertNil(try connection.scalar("SELECT name FROM people WHERE id = :id", binding: ["id": 99]), file: file, line: line)

        // A transaction commits when its body returns and leaves nothing when it throws.
        struct Refused: Error {}
        let deleted = try connection.writeTransaction {
            try connection.run("DELETE FROM people WHERE id = :id", binding: ["id": first])
        }
        XCTAssertEqual(deleted, 1, file: file, line: line)
        XCTAssertThrowsError(try connection.writeTransaction {
            try connection.run("DELETE FROM people WHERE id = :id", binding: ["id": second])
            throw Refused()
        }, file: file, line: line)
        XCTAssertEqual(try connection.query("SELECT name FROM people", binding: [:]).map { $0.text("name") }, ["李秀兰"],
                       file: file, line: line)
    }
}
