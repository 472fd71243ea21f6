import Glibc
import Platform
import TrackerDomain
import XCTest

/// `alongside`: the side work runs on another thread, both results come
/// back, and an error on either side is thrown only after both have ended.
final class AlongsideTests: XCTestCase {
    func testBothResultsComeBackAndTheSideRunsOnAnotherThread() throws {
        let caller = UInt(pthread_self())
        let (side, main) = try alongside({ () throws(TrackerError) in UInt(pthread_self()) },
                                         while: { () throws(TrackerError) in UInt(pthread_self()) })
        XCTAssertEqual(main, caller)
        XCTAssertNotEqual(side, caller)
    }

    func testASideErrorIsThrownAfterTheMainWorkHasFinished() {
        var mainFinished = false
        XCTAssertThrowsError(try alongside({ () throws(TrackerError) -> Int in
            throw TrackerError(.io, en: "side failed", zh: "旁路失败")
        }, while: { () throws(TrackerError) in
            usleep(20_000)
            mainFinished = true
        })) { error in
            XCTAssertEqual((error as? TrackerError)?.message.en, "side failed")
        }
        XCTAssertTrue(mainFinished)
    }

    func testTheMainErrorWinsAndTheSideStillEnds() {
        let sideEnded = SideFlag()
        XCTAssertThrowsError(try alongside({ () throws(TrackerError) -> Int in
            usleep(20_000)
            sideEnded.set()
            throw TrackerError(.io, en: "side failed", zh: "旁路失败")
        }, while: { () throws(TrackerError) -> Int in
            throw TrackerError(.invalidInput, en: "main failed", zh: "主路失败")
        })) { error in
            XCTAssertEqual((error as? TrackerError)?.message.en, "main failed")
        }
        // Joined before the throw: the side's work is over when alongside returns.
        XCTAssertTrue(sideEnded.isSet)
    }
}

/// Set by the side thread, read after the join (which orders the two).
private final class SideFlag: @unchecked Sendable {
    private(set) var isSet = false
    func set() { isSet = true }
}
