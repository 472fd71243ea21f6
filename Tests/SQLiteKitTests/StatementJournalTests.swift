import Foundation
import TestSupport
import XCTest
@testable import SQLiteKit

/// A statement journal (the pages one statement changes, kept so that the
/// statement alone can be undone) stays in memory even when temporary files
/// go to disk, as they do while a roster import parks its rows: SQLite's
/// default sent it to a file past 64 KiB, for the rest of the transaction,
/// and every later row then wrote each page it touched twice.
final class StatementJournalTests: XCTestCase {
    /// SQLite's temporary files this process has open (unlinked, so seen only here).
    private func openTemporaryFiles() throws -> Int {
        let descriptors = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")
        return descriptors.filter { descriptor in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + descriptor))?
                .contains("etilqs_") ?? false
        }.count
    }

    func testALargeStatementJournalStaysInMemoryWithTemporaryFilesOnDisk() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/proc/self/fd"), "needs /proc")
        let directory = TemporaryFolder(prefix: "sqlitekit")
        let connection = try Connection(path: directory.file("journal.db"))
        try connection.execute("PRAGMA temp_store = FILE")
        try connection.execute("CREATE TABLE big (id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE) STRICT")
        try connection.transaction { () throws -> Void in
            try connection.run("""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
                INSERT INTO big (id, value) SELECT i, printf('%0200d', i) FROM n
                """)
            let before = try openTemporaryFiles()
            // Changes every page of the table and its index: about 1 MiB of
            // journal, past the old 64 KiB and within the 4 MiB kept in memory.
            try connection.run("UPDATE big SET value = value || 'x'")
            XCTAssertEqual(try openTemporaryFiles(), before, "the statement journal went to a file")
        }
        XCTAssertEqual(try connection.scalarInt("SELECT count(*) FROM big WHERE value LIKE '%x'"), 2000)
    }
}
