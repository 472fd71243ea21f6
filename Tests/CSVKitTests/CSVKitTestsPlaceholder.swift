import XCTest

final class CSVKitTestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}
