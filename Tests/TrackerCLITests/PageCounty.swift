import CountyGenerator
import Foundation
import TrackerDomain
import TrackerStore
import XCTest

/// A county worth drawing for `report page`: a generated one (seeded: two
/// towns, 14 months of visits with items opened, closed and overdue), plus
/// a household, a town, a village and an official whose names are markup,
/// with an item overdue at the end of June.
enum PageCounty {
    static let month = "2020-06"
    static let monthEnd = "2020-06-30"
    static let today = "2020-07-15"
    static let hostileHead = "<script>alert(\"户\")</script>"
    static let hostileTown = "<b>&镇'"
    static let hostileVillage = "x\"><svg onload=alert(1)>村"
    static let hostileOfficial = "<img src=x onerror=alert(1)>干部"
    static let hostileProblem = "<iframe src=\"javascript:alert(1)\">漏雨"

    /// Builds the county into `tracker`'s database and pins its today.
    static func make(_ tracker: TrackerRunner, households: Int = 150) throws {
        tracker.environment["TRACKER_TODAY"] = today
        do {
            // Closed again before the commands below open the file.
            let database = try TrackerDatabase.open(path: tracker.databasePath, operatorName: "测试员")
            _ = try CountyBuilder(
                database,
                options: CountyBuilder.Options(
                    households: households, seed: 20_200_323, months: 14, today: try CalendarDate(today))
            ).build()
        }
        for arguments in [
            [
                "household", "add", hostileHead, "--town", hostileTown, "--village", hostileVillage,
                "--registered", "2020-01-01",
            ],
            ["official", "add", hostileOfficial, "--unit", "</td><td>单位"],
            [
                "visit", "add", hostileHead, "--by", hostileOfficial, "--date", "2020-05-02",
                "--check", "住房=不达标:" + hostileProblem,
            ],
        ] {
            let result = tracker.run(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
        }
    }
}
