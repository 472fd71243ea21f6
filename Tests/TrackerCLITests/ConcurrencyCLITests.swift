import Foundation
import SQLiteKit
import XCTest

/// Cadres share one office database: several tracker processes writing at
/// once must all succeed, none failing with "database is locked".
final class ConcurrencyCLITests: XCTestCase {
    func testParallelVisitAddsAllLand() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let before = try Connection(path: tracker.databasePath).scalarInt("SELECT count(*) FROM visits") ?? 0
        let writers = 4, visitsEach = 12
        let households = ["赵丁先", "苏记拴", "张文峰", "沈红荣"]
        let failures = FailureLog()
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            for round in 0..<visitsEach {
                let day = String(format: "2020-%02d-%02d", 4 + round % 6, 1 + writer)
                let result = tracker.run(["visit", "add", households[writer], "--by", writer == 3 ? "朱家福" : "李国珍",
                                          "--date", day, "--check", "饮水=不达标:水压不足", "--note", "writer \(writer) round \(round)"])
                if result.status != 0 { failures.add("writer \(writer) round \(round): \(result.status) \(result.stderr)") }
            }
        }
        XCTAssertEqual(failures.all, [])
        let connection = try Connection(path: tracker.databasePath)
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM visits"), before + writers * visitsEach)
        // One open water item per household: later failing checks found it already open.
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM rectifications WHERE item = 'water' AND status = 'open'"), writers)
        XCTAssertEqual(tracker.run("check").status, 0)
    }
}

/// Collects failures from concurrent workers.
final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String] = []

    func add(_ entry: String) { lock.lock(); entries.append(entry); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return entries }
}
