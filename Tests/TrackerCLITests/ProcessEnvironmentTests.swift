import Glibc
import XCTest

@testable import tracker

/// The environment as tracker reads it at start: split at the first "=",
/// values with "=" and UTF-8 kept whole.
final class ProcessEnvironmentTests: XCTestCase {
    func testVariablesAreSplitAtTheFirstEqualsSign() {
        setenv("TRACKER_TEST_VALUE", "a=b=c 陈集镇", 1)
        setenv("TRACKER_TEST_EMPTY", "", 1)
        defer {
            unsetenv("TRACKER_TEST_VALUE")
            unsetenv("TRACKER_TEST_EMPTY")
        }
        let environment = ProcessEnvironment.current()
        XCTAssertEqual(environment["TRACKER_TEST_VALUE"], "a=b=c 陈集镇")
        XCTAssertEqual(environment["TRACKER_TEST_EMPTY"], "")
        XCTAssertEqual(environment["PATH"], String(cString: getenv("PATH")))
    }
}
