import SQLCore
import XCTest
@testable import TrackerStore

/// The checksums MigrationEmbedder computes at build time are the ones the
/// migrator would compute from the text (and records in schema_migrations),
/// for both engines' migrations: a database set up before the checksums
/// moved to build time still opens, and an edited step is still refused.
final class EmbeddedChecksumTests: XCTestCase {
    func testEveryEmbeddedChecksumIsTheSHA256OfItsText() {
        let all = TrackerDatabase.migrator.migrations + PostgresTrackerDatabase.migrator.migrations
        XCTAssertGreaterThanOrEqual(all.count, 30)
        for migration in all {
            XCTAssertEqual(migration.checksum, Migration(name: migration.name, sql: migration.sql).checksum, migration.name)
            XCTAssertEqual(migration.checksum.count, 64, migration.name)
        }
    }
}
