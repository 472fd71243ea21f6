import XCTest

final class TrackerCoreTestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}
