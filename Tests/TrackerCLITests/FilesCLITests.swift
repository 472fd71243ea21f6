import Foundation
import TrackerStore
import XCTest

/// What tracker does to files other than its database: stdout that cannot
/// be written, targets that are not regular files, folders that do not
/// exist, other programs' SQLite files and paths with no database at all.
final class FilesCLITests: XCTestCase {
    /// Runs tracker with stdout going to `stdout` (a device or a pipe) instead of a file.
    private func run(_ tracker: TrackerRunner, _ arguments: [String], stdout: FileHandle) throws -> (status: Int32, signalled: Bool, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TrackerRunner.binary)
        process.arguments = arguments
        process.environment = tracker.environment
        let errors = Pipe()
        process.standardOutput = stdout
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal, text)
    }

    func testAFullDiskOnStdoutExits74WithAMessage() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let full = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
        for arguments in [["household", "list", "--csv"], ["report", "monthly", "--month", "2020-03"], ["--help"]] {
            let result = try run(tracker, arguments, stdout: full)
            XCTAssertEqual(result.status, 74, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("Error: could not write the output"), "\(arguments): \(result.stderr)")
        }
    }

    func testAClosedPipeEndsQuietly() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()  // like `| head` that has read enough
        let result = try run(tracker, ["household", "list", "--csv"], stdout: pipe.fileHandleForWriting)
        XCTAssertEqual(result.stderr, "", "a reader that went away is not an error")
        XCTAssertTrue(result.status == 0 || (result.signalled && result.status == SIGPIPE), "exit \(result.status)")
    }

    func testForceReplacesOnlyARegularFileOrASymlinkItself() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let fifo = tracker.folder + "/fifo"
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        let folder = tracker.folder + "/a-folder"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        for target in [fifo, folder] {
            try tracker.expectFailure(["report", "monthly", "--month", "2020-03", "--out", target, "--force"], status: 1,
                                      message: "--force replaces only a regular file")
            try tracker.expectFailure(["backup", target, "--force"], status: 1, message: "--force replaces only a regular file")
        }
        var info = stat()
        XCTAssertEqual(lstat(fifo, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "the FIFO is still a FIFO")
        XCTAssertEqual(lstat(folder, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFDIR)

        // A symlink is replaced itself; the file it pointed to stays as it was.
        let pointee = tracker.folder + "/pointee.txt", link = tracker.folder + "/link.csv"
        try "keep me".write(toFile: pointee, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: pointee)
        XCTAssertEqual(tracker.run("report", "monthly", "--month", "2020-03", "--out", link, "--force").status, 0)
        XCTAssertEqual(lstat(link, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFREG)
        XCTAssertEqual(try String(contentsOfFile: pointee, encoding: .utf8), "keep me")
    }

    func testBackupIntoAMissingFolderIsRefused() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let missing = tracker.folder + "/usb-typo/backups"
        try tracker.expectFailure(["backup", missing + "/b.db"], status: 74, message: "does not exist")
        XCTAssertFalse(FileManager.default.fileExists(atPath: tracker.folder + "/usb-typo"), "no folder was made")
        try tracker.expectFailure(["report", "monthly", "--month", "2020-03", "--out", missing + "/r.csv"], status: 74, message: "usb-typo")
    }

    func testBackupLeavesNothingButTheBackup() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let folder = tracker.folder + "/backups"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        XCTAssertEqual(tracker.run("backup", folder + "/b.db").status, 0)
        XCTAssertEqual(tracker.run("backup", folder + "/b.db", "--force").status, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["b.db"])
        // The copy is one self-contained file: reading it leaves no -wal/-shm either.
        let copy = try RawDatabase(path: folder + "/b.db", readOnly: true)
        XCTAssertEqual(try copy.scalarText("PRAGMA journal_mode"), "delete")
        XCTAssertEqual(try copy.scalarInt("SELECT count(*) FROM households"), 4)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["b.db"])
    }

    func testAnotherProgramsSQLiteFileIsRefusedUntouched() throws {
        let tracker = TrackerRunner()
        for (name, sql) in [("shop.db", "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'x');"),
                            ("clash.db", "CREATE TABLE households (id INTEGER PRIMARY KEY, owner TEXT);")] {
            let path = tracker.folder + "/" + name
            do {
                let connection = try RawDatabase(path: path, walJournal: false)
                try connection.execute(sql)
            }
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            for arguments in [["household", "list"], ["household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村"], ["init"]] {
                try tracker.expectFailure(arguments + ["--db", path], status: 74, message: "not a tracker database")
                XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before, "\(name) changed after \(arguments)")
                XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"), "\(name) got a -wal")
            }
        }
    }

    func testReadCommandsNeverCreateADatabase() throws {
        let tracker = TrackerRunner()
        let path = tracker.folder + "/typo/tracker.db"
        tracker.environment["TRACKER_DB"] = path
        let reads: [[String]] = [
            ["household", "list"], ["household", "show", "赵丁先"], ["official", "list"], ["visit", "list"], ["visit", "show", "1"],
            ["followup", "list"], ["followup", "show", "1"], ["report", "monthly", "--month", "2020-03"],
            ["report", "summary", "--month", "2020-03"], ["report", "page", "--month", "2020-03"], ["pension", "due"], ["line", "list"], ["config", "get", "visit-interval"],
            ["config", "list"], ["income", "list", "赵丁先"], ["measure", "list", "赵丁先"],
            ["db", "status"], ["log"], ["check"], ["backup", tracker.folder + "/b.db"],
        ]
        for arguments in reads {
            let result = tracker.run(arguments)
            XCTAssertEqual(result.status, 1, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("Error: there is no tracker database at \(path)"), "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("tracker init"), "\(arguments): \(result.stderr)")
            XCTAssertFalse(FileManager.default.fileExists(atPath: tracker.folder + "/typo"), "\(arguments) made the folder")
        }
        // An empty file is no database either (and stays empty).
        try FileManager.default.createDirectory(atPath: tracker.folder + "/typo", withIntermediateDirectories: false)
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
        XCTAssertEqual(tracker.run("household", "list").status, 1)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber, 0)
        // Commands that write still create it: the README's first command is `tracker seed`.
        try FileManager.default.removeItem(atPath: tracker.folder + "/typo")
        XCTAssertEqual(tracker.run("seed").status, 0)
        XCTAssertEqual(tracker.run("household", "list").status, 0)
    }

    /// A database file the user may read but not write, in a folder they
    /// may write: read commands answer and leave no -wal/-shm files behind
    /// (SQLite would make them, 0400, and never remove them); a command
    /// that writes is refused, 74, before touching anything.
    func testAReadOnlyDatabaseLeavesNoStrayFiles() throws {
        let tracker = TrackerRunner()
        XCTAssertEqual(tracker.run("seed").status, 0)
        let folder = tracker.folder + "/shared"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        XCTAssertEqual(chmod(folder, 0o777), 0)
        let path = folder + "/ro.db"
        try FileManager.default.copyItem(atPath: tracker.databasePath, toPath: path)
        XCTAssertEqual(chmod(path, 0o444), 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // Root may write any file: run as nobody to meet the permissions.
        func run(_ arguments: [String]) -> TrackerRunner.Result {
            guard getuid() == 0 else { return tracker.run(arguments + ["--db", path]) }
            return tracker.run(["--reuid=65534", "--regid=65534", "--clear-groups", TrackerRunner.binary] + arguments + ["--db", path],
                               binary: "/usr/bin/setpriv")
        }
        let list = run(["household", "list"])
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains("赵丁先"), list.stdout)
        let check = run(["check"])
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["ro.db"])

        let add = run(["household", "add", "王五", "--town", "陈集镇", "--village", "焦庄村"])
        XCTAssertEqual(add.status, 74, add.stderr)
        XCTAssertTrue(add.stderr.hasPrefix("Error: ") && add.stderr.contains("read-only"), add.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["ro.db"])
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }
}
