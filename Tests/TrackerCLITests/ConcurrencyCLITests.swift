import Foundation
import TrackerDomain
import TrackerStore
import XCTest

/// Cadres share one office database: several tracker processes writing at
/// once must all succeed, none failing with "database is locked".
final class ConcurrencyCLITests: XCTestCase {
    func testParallelVisitAddsAllLand() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let before = try RawDatabase(path: tracker.databasePath).scalarInt("SELECT count(*) FROM visits") ?? 0
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
        let connection = try RawDatabase(path: tracker.databasePath)
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM visits"), before + writers * visitsEach)
        // One open water item per household: later failing checks found it already open.
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM rectifications WHERE item = 'water' AND status = 'open'"), writers)
        XCTAssertEqual(tracker.run("check").status, 0)
    }
}

extension ConcurrencyCLITests {
    /// Several cadres start using tracker at the same moment on a path with
    /// no database yet: one creates it, the others wait for its lock and
    /// find it ready. Every command succeeds. (The README's figure, 8 × 50,
    /// comes from Benchmarks/reliability.sh; this keeps it quick.)
    func testParallelFirstUseOnANewPathAllSucceeds() throws {
        let tracker = TrackerRunner()
        let failures = FailureLog()
        let rounds = 10, processes = 8
        for round in 0..<rounds {
            let folder = tracker.folder + "/round-\(round)"
            let path = folder + "/tracker.db"
            DispatchQueue.concurrentPerform(iterations: processes) { worker in
                // `init` first: the shortest command, so the openings collide most.
                let commands: [[String]] = [
                    ["init"],
                    ["household", "add", "户主\(worker)", "--town", "陈集镇", "--village", "焦庄村", "--code", "R\(round)W\(worker)"],
                ]
                for command in commands {
                    let result = tracker.run(command + ["--db", path])
                    if result.status != 0 { failures.add("round \(round) worker \(worker) \(command[0]): \(result.status) \(result.stderr)") }
                }
            }
            let connection = try RawDatabase(path: path, readOnly: true)
            XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM households"), processes)
            XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM schema_migrations"), TrackerRunner.shippedMigrations)
            // A new database is created, never "upgraded" half-way through its creation.
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".bak") }, [], "round \(round)")
        }
        XCTAssertEqual(failures.all, [])
    }

    /// A database one schema version behind, opened by several commands at
    /// once: one upgrades (and keeps one pre-upgrade copy), the others wait
    /// and find it current. Every command succeeds.
    func testParallelUpgradeFromThePreviousVersionAllSucceeds() throws {
        let tracker = TrackerRunner()
        let failures = FailureLog()
        for round in 0..<5 {
            let (path, copies) = try tracker.parallelUpgradeRound(round, processes: 4, failures: failures)
            XCTAssertEqual(copies.count, 1, "round \(round): pre-upgrade copies \(copies)")
            let connection = try RawDatabase(path: path, readOnly: true)
            XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM schema_migrations"), TrackerRunner.shippedMigrations)
            XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM officials"), 3)
        }
        XCTAssertEqual(failures.all, [])
    }

    /// `backup` copies from one read snapshot, so it finishes while another
    /// connection commits as fast as it can for the whole run (the old
    /// step-wise copy restarted at every commit and never finished).
    func testBackupFinishesWhileAnotherProcessWritesAtFullSpeed() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        try tracker.addBulk(rows: 4500)  // about 19 MB: many backup steps
        let writing = ManagedAtomicFlag()
        let writes = ManagedCounter()
        let writer = Thread {
            guard let connection = try? RawDatabase(path: tracker.databasePath) else { return }
            try? connection.execute("PRAGMA synchronous = OFF")
            try? connection.run("INSERT INTO settings (key, value) VALUES ('writer', '0')")
            var count = 0
            while writing.isSet {
                count += 1
                if (try? connection.run("UPDATE settings SET value = :value WHERE key = 'writer'", ["value": String(count)])) != nil { writes.increment() }
            }
        }
        writing.set(true)
        writer.start()
        defer { writing.set(false) }
        let target = tracker.folder + "/during-writes.db"
        let before = writes.value
        let backup = Process()
        backup.executableURL = URL(fileURLWithPath: TrackerRunner.binary)
        backup.arguments = ["backup", target]
        backup.environment = tracker.environment
        backup.standardOutput = FileHandle.nullDevice
        backup.standardError = FileHandle.nullDevice
        try backup.run()
        // Not a timing: a guard, so a backup that never finishes fails the test instead of hanging it.
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { backup.waitUntilExit(); finished.signal() }
        if finished.wait(timeout: .now() + 120) == .timedOut {
            backup.terminate()
            XCTFail("backup still running after 120 s while another connection wrote")
            return
        }
        let during = writes.value - before
        writing.set(false)
        XCTAssertEqual(backup.terminationStatus, 0)
        XCTAssertGreaterThan(during, 10, "the writer committed while the backup ran")
        let copy = try RawDatabase(path: target, readOnly: true)
        XCTAssertEqual(try copy.scalarText("PRAGMA integrity_check"), "ok")
        XCTAssertEqual(try copy.scalarInt("SELECT count(*) FROM settings WHERE key LIKE 'filler-%'"), 4500)
    }
}

/// A flag shared between the test and a writer thread.
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set(_ newValue: Bool) { lock.lock(); value = newValue; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}

/// A count shared between the test and a writer thread.
final class ManagedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

/// Collects failures from concurrent workers.
final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String] = []

    func add(_ entry: String) { lock.lock(); entries.append(entry); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return entries }
}

extension TrackerRunner {
    /// The schema this binary ships, less its newest step.
    static var previousMigrations: [String] { Array(RawDatabase.migrationNames.dropLast()) }

    /// One round of a parallel upgrade: a new database one schema version
    /// behind (with one official), opened by `processes` commands at once,
    /// half reading and half writing. Failed commands go to `failures`;
    /// returns the database's path and the pre-upgrade copies beside it.
    func parallelUpgradeRound(_ round: Int, processes: Int, failures: FailureLog) throws -> (path: String, copies: [String]) {
        let folder = self.folder + "/upgrade-\(round)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let path = folder + "/tracker.db"
        do {
            let connection = try RawDatabase(path: path)
            try connection.migrate(Self.previousMigrations)
            try connection.run("INSERT INTO officials (name) VALUES ('朱家福')")
        }
        DispatchQueue.concurrentPerform(iterations: processes) { worker in
            let command = worker % 2 == 0 ? ["official", "list"] : ["official", "add", "干部\(worker)", "--unit", "单位"]
            let result = run(command + ["--db", path])
            if result.status != 0 { failures.add("round \(round) worker \(worker): \(result.status) \(result.stderr)") }
        }
        return (path, try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".bak") })
    }
}
