import XCTest

final class CLIKitTestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}
