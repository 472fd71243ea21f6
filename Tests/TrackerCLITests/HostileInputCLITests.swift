import Foundation
import TrackerStore
import XCTest

/// Issue 11, items 11–15: invisible differences, non-UTF-8 arguments, long
/// combining text, endless input files and a bad TRACKER_TODAY. (Control
/// characters in every field, item 10, are in the bad-invocation corpus.)
final class HostileInputCLITests: XCTestCase {
    private func scalar(_ tracker: TrackerRunner, _ sql: String) throws -> String? {
        let connection = try RawDatabase(path: tracker.databasePath, readOnly: true)
        return try connection.query(sql).first?[0].string
    }

    func testStoredTextIsTrimmedAndNormalisedLikeLookups() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("household", "add", "李四 ", "--town", " 陈集镇", "--village", "焦庄村\u{3000}").status, 0)
        XCTAssertEqual(try scalar(tracker, "SELECT head_name FROM households"), "李四")
        let show = tracker.run("household", "show", "李四")
        XCTAssertEqual(show.status, 0, "the household can be reached again: \(show.stderr)")
        // 村 and '村 ' are one village, and so are é typed as one code point or as e + U+0301.
        XCTAssertEqual(tracker.run("household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村 ").status, 0)
        XCTAssertEqual(tracker.run("household", "add", "Zoé", "--town", "陈集镇", "--village", "Cafe\u{301}").status, 0)
        XCTAssertEqual(tracker.run("household", "add", "Zoe\u{301}2", "--town", "陈集镇", "--village", "Caf\u{E9}").status, 0)
        let connection = try RawDatabase(path: tracker.databasePath, readOnly: true)
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM places WHERE kind = 'village'"), 2)
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM places WHERE kind = 'town'"), 1)
        // Filters and lookups take the same form.
        let listed = try XCTUnwrap(try tracker.json("household", "list", "--village", " Cafe\u{301} ") as? [[String: Any]])
        XCTAssertEqual(listed.count, 2)
        XCTAssertEqual(tracker.run("household", "show", "Zoe\u{301}").status, 0)
        // A zero-width space is refused, not stored as a third 焦庄村.
        try tracker.expectFailure(["household", "add", "赵六", "--town", "陈集镇", "--village", "焦庄村\u{200B}"],
                                  status: 65, message: "U+200B")
    }

    func testNonUTF8ArgumentsAreRefused() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("init").status, 0)
        let before = try tracker.dump()
        // 李四 in GBK.
        let gbk: [UInt8] = [0xC0, 0xEE, 0xCB, 0xC4]
        let result = try spawn(tracker, [Array("household".utf8), Array("add".utf8), gbk, Array("--town".utf8), Array("陈集镇".utf8),
                                         Array("--village".utf8), Array("焦庄村".utf8)])
        XCTAssertEqual(result.status, 65, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("Error: argument 3 is not UTF-8"), result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(try tracker.dump(), before)
    }

    func testLengthIsCheckedInTheSchemasUnitWithExit65() throws {
        let tracker = TrackerRunner()
        // 100 × é typed as e + U+0301: 200 code points, 100 after NFC: accepted and stored composed.
        let accented = String(repeating: "e\u{301}", count: 100)
        let add = tracker.run("household", "add", accented, "--town", "陈集镇", "--village", "焦庄村")
        XCTAssertEqual(add.status, 0, add.stderr)
        XCTAssertEqual(try scalar(tracker, "SELECT head_name FROM households"), String(repeating: "\u{E9}", count: 100))
        // 60 × x̲ has no composed form: 120 code points is over the limit, refused as data, not as a CHECK failure.
        let underlined = String(repeating: "x\u{332}", count: 60)
        try tracker.expectFailure(["household", "add", underlined, "--town", "陈集镇", "--village", "焦庄村"],
                                  status: 65, message: "NAME is 120 characters long counting each accent")
        try tracker.expectFailure(["official", "add", underlined], status: 65, message: "limit is 100")
        try tracker.expectFailure(["household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村",
                                   "--code", String(repeating: "x\u{332}", count: 33)], status: 65, message: "--code")
    }

    func testEndlessInputFilesEndInAMessage() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("init").status, 0)
        try tracker.expectFailure(["import", "households", "/dev/zero"], status: 65, message: "larger than 128 MiB")
    }

    func testAnInvalidTrackerTodayIsAUsageError() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        for value in ["garbage", "2020-02-30", "2020-5-20", "20200520", " 2020-05-20"] {
            tracker.environment["TRACKER_TODAY"] = value
            try tracker.expectFailure(["followup", "list"], status: 64, message: "TRACKER_TODAY")
        }
        tracker.environment["TRACKER_TODAY"] = "2020-05-20"
        XCTAssertEqual(tracker.run("followup", "list").status, 0)
        tracker.environment["TRACKER_TODAY"] = ""
        XCTAssertEqual(tracker.run("followup", "list").status, 0, "empty is unset")
    }

    // MARK: Raw arguments

    /// Runs tracker with arguments as raw bytes (Foundation's Process takes
    /// only Strings, which cannot hold invalid UTF-8).
    private func spawn(_ tracker: TrackerRunner, _ arguments: [[UInt8]]) throws -> (status: Int32, stdout: String, stderr: String) {
        let outPath = tracker.folder + "/.raw-out", errPath = tracker.folder + "/.raw-err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let words = [Array(TrackerRunner.binary.utf8)] + arguments
        let environment = tracker.environment.map { Array("\($0.key)=\($0.value)".utf8) }
        func cStrings(_ list: [[UInt8]]) -> [UnsafeMutablePointer<CChar>?] {
            list.map { bytes in
                let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
                for (index, byte) in bytes.enumerated() { pointer[index] = CChar(bitPattern: byte) }
                pointer[bytes.count] = 0
                return pointer
            } + [nil]
        }
        let argv = cStrings(words), envp = cStrings(environment)
        defer { (argv + envp).forEach { $0?.deallocate() } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, TrackerRunner.binary, &actions, nil, argv, envp)
        XCTAssertEqual(spawned, 0)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let exitCode = (status >> 8) & 0xFF
        let out = try String(contentsOfFile: outPath, encoding: .utf8), err = try String(contentsOfFile: errPath, encoding: .utf8)
        return (exitCode, out, err)
    }
}
