import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

final class HouseholdEditTests: XCTestCase {
    /// Editing another field of a lifted household keeps the year it was lifted.
    func testEditKeepsTheLiftedYear() throws {
        let test = try TestDatabase()
        var lifted = fields(name: "赵丁先")
        lifted.status = .lifted
        lifted.liftedYear = 2019
        let household = try HouseholdStore(test.database).add(lifted)
        XCTAssertEqual(household.liftedYear, 2019)
        var change = HouseholdFields()
        change.phone = "13812345678"
        let edited = try HouseholdStore(test.database).edit(household, change)
        XCTAssertEqual(edited.liftedYear, 2019)
        XCTAssertEqual(edited.phone, "13812345678")
    }
}
