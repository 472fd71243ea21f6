import Foundation
import TrackerStore
import XCTest

/// A tracker killed at any moment (SIGKILL: no cleanup runs) leaves a sound
/// database with each command's change either wholly there or not at all.
final class CrashCLITests: XCTestCase {
    /// Starts `tracker` with `arguments` and kills it after `delay` seconds.
    private func runAndKill(_ tracker: TrackerRunner, _ arguments: [String], after delay: Double) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TrackerRunner.binary)
        process.arguments = arguments
        process.environment = tracker.environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationStatus
    }

    func testVisitAddsKilledAtRandomMomentsLeaveWholeVisitsOnly() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for round in 0..<30 {
            let delay = Double.random(in: 0...0.04, using: &generator)
            let status = try runAndKill(tracker, ["visit", "add", "苏记拴", "--by", "李国珍", "--date", "2020-05-01",
                                                  "--check", "住房=不达标:墙体开裂", "--check", "饮水=达标",
                                                  "--need", "round \(round)"], after: delay)
            if status != 0 { killed += 1 }
            let check = tracker.run("check")
            XCTAssertEqual(check.status, 0, "round \(round): \(check.stderr)")
            let connection = try RawDatabase(path: tracker.databasePath, readOnly: true)
            // Every visit that exists is complete: its lead official, its two checks and its request.
            XCTAssertEqual(try connection.scalarInt("""
                SELECT count(*) FROM visits v WHERE v.household_id = (SELECT id FROM households WHERE head_name = '苏记拴')
                AND v.visit_date = '2020-05-01' AND (
                    (SELECT count(*) FROM visit_officials WHERE visit_id = v.id) <> 1 OR
                    (SELECT count(*) FROM checklist_results WHERE visit_id = v.id) <> 2 OR
                    (SELECT count(*) FROM visit_requests WHERE visit_id = v.id) <> 1)
                """), 0, "round \(round) left a partial visit")
            XCTAssertLessThanOrEqual(try connection.scalarInt("SELECT count(*) FROM rectifications WHERE status = 'open' AND item = 'housing'") ?? 0, 1)
        }
        XCTAssertGreaterThan(killed, 0, "no process was killed before finishing; the test proved nothing")
    }

    func testImportKilledAtRandomMomentsIsAllOrNothing() throws {
        let tracker = TrackerRunner()
        let roster = RosterGenerator.roster(households: 1600)
        let path = tracker.folder + "/county.csv"
        try roster.text.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(tracker.run("init").status, 0)
        // How long a whole import takes here, to spread the kills across it.
        let probe = TrackerRunner()
        let started = Date()
        XCTAssertEqual(probe.run("import", "households", path).status, 0)
        let duration = Date().timeIntervalSince(started)
        var generator = SystemRandomNumberGenerator()
        var interrupted = 0
        for round in 0..<12 where interrupted < 4 {
            let status = try runAndKill(tracker, ["import", "households", path],
                                        after: Double.random(in: 0...(duration * 0.7), using: &generator))
            if status != 0 { interrupted += 1 }
            XCTAssertEqual(tracker.run("check").status, 0, "round \(round)")
            let connection = try RawDatabase(path: tracker.databasePath, readOnly: true)
            let households = try connection.scalarInt("SELECT count(*) FROM households") ?? -1
            let members = try connection.scalarInt("SELECT count(*) FROM members") ?? -1
            XCTAssertTrue([0, 1600].contains(households), "round \(round): \(households) households — a partial import")
            XCTAssertEqual(members, households == 0 ? 0 : roster.persons, "round \(round)")
            if households > 0 {
                // It finished before the kill: start again from an empty database.
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: tracker.databasePath + suffix) }
                XCTAssertEqual(tracker.run("init").status, 0)
            }
        }
        XCTAssertGreaterThan(interrupted, 0, "no import was interrupted; the test proved nothing")
    }

    /// A backup stopped by Ctrl-C (SIGINT) or by the system (SIGTERM) leaves
    /// no partial copy of the personal data behind, and no target.
    func testBackupStoppedBySignalLeavesNoPartialCopy() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        try tracker.addBulk(rows: 4500)
        let folder = tracker.folder + "/backups"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        var stopped = 0
        for (round, signal) in [SIGINT, SIGTERM, SIGINT, SIGTERM, SIGINT, SIGTERM].enumerated() {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TrackerRunner.binary)
            process.arguments = ["backup", folder + "/b\(round).db"]
            process.environment = tracker.environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait until the copy has begun (its partial file exists), then stop it.
            func copyBegan() -> Bool {
                ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).contains { $0.contains(".partial-") }
            }
            while process.isRunning && !copyBegan() { usleep(500) }
            usleep(UInt32.random(in: 0...50_000))
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal {
                stopped += 1
                XCTAssertEqual(process.terminationStatus, signal, "round \(round) ended by its signal")
                XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), [], "round \(round) left files")
            }
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.hasSuffix(".db") {
                XCTFail("round \(round) left \(name)")
            }
        }
        XCTAssertGreaterThan(stopped, 0, "no backup was stopped before it finished; the test proved nothing")
    }
}
