import Foundation
import TrackerDomain
import TrackerStore
import XCTest

/// The README's reliability figures, at full size. Too slow for every run of
/// the suite (the quick versions live in ConcurrencyCLITests, CrashCLITests
/// and FilesCLITests), so they run only when asked:
///
///     TRACKER_RELIABILITY_FIGURES=1 swift test --filter ReliabilityFiguresTests
///
/// Each test prints one `FIGURE:` line and fails when the promise does not hold.
final class ReliabilityFiguresTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["TRACKER_RELIABILITY_FIGURES"] == "1",
                          "set TRACKER_RELIABILITY_FIGURES=1 to measure the README's reliability figures")
    }

    private func figure(_ text: String) {
        print("FIGURE: " + text)
    }

    /// 8 processes × 50 commands each, on a path with no database yet.
    func testParallelFirstUseEightProcessesFiftyCommands() throws {
        let tracker = TrackerRunner()
        let path = tracker.folder + "/new/tracker.db"
        let failures = FailureLog()
        let processes = 8, commands = 50
        let started = Date()
        DispatchQueue.concurrentPerform(iterations: processes) { worker in
            for step in 0..<commands {
                let command: [String]
                switch step % 4 {
                case 0: command = step == 0 ? ["init"] : ["household", "list", "--csv"]
                case 1: command = ["household", "add", "户主\(worker)-\(step)", "--town", "陈集镇", "--village", "焦庄村", "--code", "P\(worker)C\(step)"]
                case 2: command = ["official", "add", "干部\(worker)-\(step)", "--unit", "单位"]
                default: command = ["db", "status"]
                }
                let result = tracker.run(command + ["--db", path])
                if result.status != 0 { failures.add("worker \(worker) step \(step): \(result.status) \(result.stderr)") }
            }
        }
        let seconds = Date().timeIntervalSince(started)
        let total = processes * commands
        figure("parallel first use: \(total - failures.all.count) of \(total) commands succeeded "
               + "(\(processes) processes × \(commands) commands on a new path, \(String(format: "%.1f", seconds)) s)")
        XCTAssertEqual(failures.all, [])
    }

    /// 20 rounds: a database one schema version behind, opened by 8 commands at once.
    func testParallelUpgradeTwentyRounds() throws {
        let tracker = TrackerRunner()
        let previous = TrackerRunner.previousMigrations
        let failures = FailureLog()
        let rounds = 20, processes = 8
        var copies: [Int] = []
        for round in 0..<rounds {
            copies.append(try tracker.parallelUpgradeRound(round, processes: processes, failures: failures).copies.count)
        }
        let total = rounds * processes
        figure("parallel upgrade from schema \(previous.count) to \(previous.count + 1): \(total - failures.all.count) of \(total) commands "
               + "succeeded in \(rounds) rounds of \(processes); pre-upgrade copies per round: \(Set(copies).sorted())")
        XCTAssertEqual(failures.all, [])
        XCTAssertEqual(Set(copies), [1])
    }

    /// A backup of a large database while another process (the sqlite3
    /// shell) commits one row at a time, as fast as it can, for the whole run.
    func testBackupCompletesWhileAnotherProcessWritesAtFullSpeed() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        try tracker.addBulk(rows: 16_000)
        let megabytes = Double((try FileManager.default.attributesOfItem(atPath: tracker.databasePath)[.size] as? NSNumber)?.intValue ?? 0) / 1_048_576

        // One autocommit INSERT per line, each its own commit; no fsync, so
        // the writer commits as fast as SQLite can.
        let script = tracker.folder + "/writes.sql"
        var lines = ["PRAGMA busy_timeout = 15000;", "PRAGMA synchronous = OFF;"]
        for index in 0..<300_000 { lines.append("INSERT INTO settings (key, value) VALUES ('w\(index)', 'x');") }
        try lines.joined(separator: "\n").write(toFile: script, atomically: true, encoding: .utf8)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        writer.arguments = ["sqlite3", tracker.databasePath]
        writer.standardInput = FileHandle(forReadingAtPath: script)
        writer.standardOutput = FileHandle.nullDevice
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        defer { if writer.isRunning { writer.terminate() } }
        let reader = try RawDatabase(path: tracker.databasePath, readOnly: true)
        func written() throws -> Int { try reader.scalarInt("SELECT count(*) FROM settings WHERE key LIKE 'w%'") ?? 0 }
        while try written() < 100 { usleep(10_000) }  // the writer is up to speed

        let before = try written()
        let started = Date()
        let result = tracker.run("backup", tracker.folder + "/during-writes.db")
        let seconds = Date().timeIntervalSince(started)
        let during = try written() - before
        XCTAssertTrue(writer.isRunning, "the writer wrote for the whole backup")
        writer.terminate()
        XCTAssertEqual(result.status, 0, result.stderr)
        let copy = try RawDatabase(path: tracker.folder + "/during-writes.db", readOnly: true)
        XCTAssertEqual(try copy.scalarText("PRAGMA integrity_check"), "ok")
        figure(String(format: "backup of a %.0f MB database completed in %.1f s (exit %d) while another process committed %d writes (%.0f/s)",
                      megabytes, seconds, result.status, during, Double(during) / seconds))
        XCTAssertGreaterThan(during, 0)
    }

    /// A full disk on stdout (/dev/full) gives exit 74 and a message, for every kind of output.
    func testFullDiskOnStdoutGives74() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let commands = [["household", "list", "--csv"], ["household", "list", "--json"], ["household", "show", "赵丁先"],
                        ["report", "monthly", "--month", "2020-03"], ["log"], ["--help"]]
        var codes: [Int32] = []
        for command in commands {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TrackerRunner.binary)
            process.arguments = command
            process.environment = tracker.environment
            process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            codes.append(process.terminationStatus)
        }
        figure("full disk on stdout (> /dev/full): exit codes \(codes) for \(commands.count) commands")
        XCTAssertEqual(Set(codes), [74])
    }
}
