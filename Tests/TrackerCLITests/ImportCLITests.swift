import Foundation
import TrackerStore
import XCTest

final class ImportCLITests: XCTestCase {
    private func write(_ text: String, to path: String, gb18030: Bool = false) throws {
        if gb18030 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
            process.arguments = ["-f", "UTF-8", "-t", "GB18030", "-o", path]
            let input = Pipe()
            process.standardInput = input
            try process.run()
            input.fileHandleForWriting.write(Data(text.utf8))
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
        } else {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    private func counts(_ tracker: TrackerRunner) throws -> [Int] {
        let connection = try RawDatabase(path: tracker.databasePath, readOnly: true)
        return try ["households", "members", "places"].map { try connection.scalarInt("SELECT count(*) FROM \($0)") ?? -1 }
    }

    func testTwoThousandPersonRosterImportsOnceAndAgainChangesNothing() throws {
        let tracker = TrackerRunner()
        var households = 0, roster = RosterGenerator.roster(households: 10)
        while roster.persons < 2000 { households += 100; roster = RosterGenerator.roster(households: households) }
        let path = tracker.folder + "/roster.csv"
        try write(roster.text, to: path)

        let dry = tracker.run("import", "households", path, "--dry-run")
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.contains("Would import \(roster.persons) rows"), dry.stdout)
        XCTAssertEqual(try counts(tracker), [0, 0, 0], "a dry run writes nothing")

        let first = tracker.run("import", "households", path)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(try counts(tracker)[0...1], [households, roster.persons])
        let afterFirst = try counts(tracker)
        let again = tracker.run("import", "households", path)
        XCTAssertEqual(again.status, 0)
        XCTAssertTrue(again.stdout.contains("households 0 added, 0 updated, \(households) unchanged"), again.stdout)
        XCTAssertEqual(try counts(tracker), afterFirst)

        let gbPath = tracker.folder + "/roster-gb.csv"
        try write(roster.text, to: gbPath, gb18030: true)
        let gb = tracker.run("import", "households", gbPath)
        XCTAssertEqual(gb.status, 0, gb.stderr)
        XCTAssertTrue(gb.stdout.contains("(GB18030)"), gb.stdout)
        XCTAssertEqual(try counts(tracker), afterFirst, "the same roster saved as GB18030 imports the same")
    }

    func testOneBadIDNumberRefusesTheWholeFileNamingItsLine() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        var lines = RosterGenerator.roster(households: 300).text.components(separatedBy: "\r\n")
        let target = 517
        var fields = lines[target - 1].components(separatedBy: ",")
        let id = fields[5]
        fields[5] = String(id.dropLast()) + (id.last == "3" ? "4" : "3")
        lines[target - 1] = fields.joined(separator: ",")
        let path = tracker.folder + "/bad.csv"
        try write(lines.joined(separator: "\r\n"), to: path)
        try tracker.expectFailure(["import", "households", path], status: 65, message: "line \(target), 身份证号")
    }

    func testBadFilesAreRefusedClearly() throws {
        let tracker = TrackerRunner()
        let missing = tracker.folder + "/nope.csv"
        try tracker.expectFailure(["import", "households", missing], status: 74, message: "nope.csv")
        let invalid = tracker.folder + "/binary.csv"
        try Data([0x66, 0xFF, 0xFE, 0x00, 0x81, 0x0A, 0xC3]).write(to: URL(fileURLWithPath: invalid))
        let result = tracker.run("import", "households", invalid)
        XCTAssertEqual(result.status, 65, result.stderr)
        let noColumns = tracker.folder + "/wrong.csv"
        try write("a,b,c\r\n1,2,3\r\n", to: noColumns)
        try tracker.expectFailure(["import", "households", noColumns], status: 65, message: "户编号")
        XCTAssertEqual(tracker.run("import", "households", noColumns, "--encoding", "latin1").status, 64)
    }

    func testIncomeAgainstTheLineAndMeasuresShowInTheCase() throws {
        let tracker = TrackerRunner()
        tracker.run("seed")
        let income = tracker.run("income", "add", "沈红荣", "--year", "2019", "--wage", "2000", "--transfer", "4436.00", "--size", "2")
        XCTAssertEqual(income.status, 0, income.stderr)
        XCTAssertTrue(income.stdout.contains("per capita 3218.00"), income.stdout)
        XCTAssertTrue(income.stdout.contains("at or above the 3218.00 line"), income.stdout)
        XCTAssertEqual(tracker.run("measure", "add", "沈红荣", "--year", "2020", "--kind", "兜底保障", "--note", "低保", "--amount", "2400").status, 0)
        XCTAssertEqual(tracker.run("line", "set", "--year", "2022", "--amount", "6500", "--region", "山东").status, 0)
        let document = try XCTUnwrap(try tracker.json("household", "show", "沈红荣") as? [String: Any])
        let incomes = try XCTUnwrap(document["incomes"] as? [[String: Any]])
        XCTAssertEqual(incomes.first?["per_capita"] as? String, "3218.00")
        XCTAssertEqual(incomes.first?["below_line"] as? Bool, false)
        XCTAssertEqual((document["measures"] as? [[String: Any]])?.first?["kind"] as? String, "safety_net")
        try tracker.expectFailure(["income", "add", "沈红荣", "--year", "2019", "--wage", "abc"], status: 65, message: "--wage")
        try tracker.expectFailure(["income", "add", "沈红荣", "--year", "1900", "--wage", "1"], status: 65, message: "--year")
        try tracker.expectFailure(["measure", "add", "沈红荣", "--year", "2020", "--kind", "彩票", "--note", "x"], status: 65, message: "--kind")
        try tracker.expectFailure(["line", "set", "--year", "2022", "--amount", "-1"], status: 65, message: "more than zero")
    }
}
