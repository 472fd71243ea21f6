import Foundation
import XCTest

/// Every bad invocation and bad file in Corpus/ fails cleanly: the expected
/// exit code, an `Error:` line first on stderr, nothing on stdout, and the
/// database exactly as it was.
final class BadInputCorpusTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    struct Case {
        let line: Int
        let status: Int32
        let arguments: [String]
    }

    func loadCases(files: String, database: String) throws -> [Case] {
        let text = try String(contentsOf: Self.corpus.appendingPathComponent("bad-invocations.tsv"), encoding: .utf8)
        var cases: [Case] = []
        for (index, raw) in text.components(separatedBy: "\n").enumerated() where !raw.hasPrefix("#") && !raw.isEmpty {
            var fields = raw.components(separatedBy: "\t")
            let status = try XCTUnwrap(Int32(fields.removeFirst()), "line \(index + 1)")
            cases.append(Case(line: index + 1, status: status, arguments: fields.map { expand($0, files: files, database: database) }))
        }
        return cases
    }

    /// Expands the corpus tokens (see the comment at the top of the file).
    func expand(_ field: String, files: String, database: String) -> String {
        if field.hasPrefix("@FILE:") { return files + "/" + field.dropFirst(6) }
        if field == "@DB" { return database }
        if field.hasPrefix("@REPEAT:") {
            let parts = field.split(separator: ":")
            return String(repeating: expand(String(parts[1]), files: files, database: database), count: Int(parts[2])!)
        }
        var result = field
        while let start = result.range(of: "\\u{"), let end = result[start.upperBound...].firstIndex(of: "}") {
            let scalar = Unicode.Scalar(UInt32(result[start.upperBound..<end], radix: 16)!)!
            result.replaceSubrange(start.lowerBound...end, with: String(Character(scalar)))
        }
        return result
    }

    func testEveryBadInvocationFailsCleanlyAndWritesNothing() throws {
        let tracker = TrackerRunner()
        // A database with something in it: the seed, a second 张文峰 (for
        // ambiguity), an open item #1 and a closed item #2.
        XCTAssertEqual(tracker.run("seed").status, 0)
        XCTAssertEqual(tracker.run("household", "add", "张文峰", "--town", "陈集镇", "--village", "李庄村").status, 0)
        XCTAssertEqual(tracker.run("visit", "add", "赵丁先", "--by", "李国珍", "--date", "2020-04-10", "--check", "住房=不达标").status, 0)
        XCTAssertEqual(tracker.run("visit", "add", "沈红荣", "--by", "朱家福", "--date", "2020-04-11", "--check", "饮水=不达标").status, 0)
        XCTAssertEqual(tracker.run("followup", "close", "2", "--resolution", "通了自来水", "--date", "2020-04-20").status, 0)

        // Bad files are copied, so a command that wrongly writes cannot spoil the corpus.
        let files = tracker.folder + "/corpus-files"
        try FileManager.default.copyItem(atPath: Self.corpus.appendingPathComponent("files").path, toPath: files)
        let cases = try loadCases(files: files, database: tracker.databasePath)
        XCTAssertGreaterThanOrEqual(cases.count, 100, "the corpus holds at least 100 bad invocations")

        let before = try tracker.dump()
        let existing = try String(contentsOfFile: files + "/existing.txt", encoding: .utf8)
        let foreign = try Data(contentsOf: URL(fileURLWithPath: files + "/foreign.db"))
        for item in cases {
            let result = tracker.run(item.arguments)
            let label = "corpus line \(item.line): tracker \(item.arguments.map { $0.count > 40 ? String($0.prefix(40)) + "…" : $0 }.joined(separator: " "))"
            XCTAssertEqual(result.status, item.status, "\(label)\n\(result.stderr)")
            let first = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
            XCTAssertTrue(first.hasPrefix("Error: "), "\(label): first stderr line is «\(first)»")
            XCTAssertGreaterThan(first.count, "Error: ".count + 5, "\(label): the message says something")
            XCTAssertEqual(result.stdout, "", "\(label): printed on stdout")
            XCTAssertEqual(try tracker.dump(), before, "\(label): the database changed")
        }
        XCTAssertEqual(try String(contentsOfFile: files + "/existing.txt", encoding: .utf8), existing, "a refused --out left the file alone")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/proc/tracker-test"))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: files + "/foreign.db")), foreign, "another program's database was touched")
        for made in ["no-such.db", "no-such-folder", "foreign.db-wal", "foreign.db-shm"] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: files + "/" + made), "a failed command made \(made)")
        }
    }
}
