import XCTest

final class TrackerCLITestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}
