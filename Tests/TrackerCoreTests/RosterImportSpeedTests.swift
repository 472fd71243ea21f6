import Foundation
import XCTest
@testable import TrackerCore

/// Times a large generated roster. Skipped unless TRACKER_ROSTER_ROWS is set
/// (e.g. 100000), since the figure only means something in a release build:
/// `TRACKER_ROSTER_ROWS=100000 swift test -c release -Xswiftc -enable-testing --filter RosterImportSpeed`.
final class RosterImportSpeedTests: XCTestCase {
    func testLargeRosterImportSpeed() throws {
        guard let rows = ProcessInfo.processInfo.environment["TRACKER_ROSTER_ROWS"].flatMap(Int.init) else {
            throw XCTSkip("set TRACKER_ROSTER_ROWS to time a generated roster")
        }
        var text = RosterFixtures.header + "\r\n"
        let relations = ["户主", "配偶", "之子", "之女"]
        for person in 0..<rows {
            let household = person / 4
            let birth = "19\(50 + household % 40)0\(1 + household % 9)1\(household % 9)"
            let number = RosterFixtures.id(birth, person % 1000, area: "37\(1000 + household / 1000 % 9000)".prefix(6).description)
            text += "H\(household),镇\(household % 20),村\(household % 400),姓名\(person),\(relations[person % 4]),\(number),,,健康,小学,普通劳动力,一般贫困户,因病,未脱贫,,x\r\n"
        }
        let bytes = Array(text.utf8)
        let test = try TestDatabase()
        let importer = RosterImporter(test.database, today: RosterFixtures.today)
        var start = Date()
        let plan = try importer.run(bytes)
        let first = Date().timeIntervalSince(start)
        start = Date()
        let again = try importer.run(bytes)
        let second = Date().timeIntervalSince(start)
        XCTAssertEqual(plan.membersToAdd.count, rows)
        XCTAssertEqual(again.membersUnchanged, rows)
        print("roster import: \(rows) persons, first import \(String(format: "%.2f", first)) s "
              + "(\(Int(Double(rows) / first)) persons/s), re-import \(String(format: "%.2f", second)) s")
    }
}
