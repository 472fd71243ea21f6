import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

final class RosterProgressTests: XCTestCase {
    final class Stages: @unchecked Sendable { var seen: [RosterImportStage] = [] }

    func testStagesAreReportedInOrderAndDryRunsDoNotCommit() throws {
        let test = try TestDatabase()
        let stages = Stages()
        var importer = RosterImporter(test.database, today: RosterFixtures.today)
        importer.progress = { stages.seen.append($0) }
        _ = try importer.run(RosterFixtures.bytes(), dryRun: true)
        XCTAssertEqual(stages.seen, [.read(rows: 4), .checked(households: 2)])
        stages.seen = []
        _ = try importer.run(RosterFixtures.bytes())
        XCTAssertEqual(stages.seen, [.read(rows: 4), .checked(households: 2), .committing])
    }
}
