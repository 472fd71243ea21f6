import CSVKit
import SeededRNG
import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

/// The roster importer fed mutated files never traps: each run returns a
/// plan or throws a TrackerError, and a refused file writes nothing.
final class RosterFuzzTests: XCTestCase {

    func testMutatedRostersOnlyYieldPlansOrErrors() throws {
        let test = try TestDatabase()
        let seedBytes = RosterFixtures.bytes()
        let interesting: [UInt8] = Array(",\"\r\n\u{0}=".utf8) + [0xFF, 0xE8, 0x80, 0xB5]
        var random = SplitMix64(seed: 2020)
        var plans = 0, errors = 0
        let before = try test.dump()
        for _ in 0..<400 {
            var bytes = seedBytes
            for _ in 0..<(1 + random.below(6)) {
                let position = random.below(bytes.count)
                switch random.below(4) {
                case 0: bytes[position] = interesting[random.below(interesting.count)]
                case 1: bytes.insert(interesting[random.below(interesting.count)], at: position)
                case 2: bytes.remove(at: position)
                default: bytes[position] = UInt8(truncatingIfNeeded: random.next())
                }
                if bytes.isEmpty { bytes = [0x2C] }
            }
            do {
                _ = try RosterImporter(test.database, today: RosterFixtures.today).run(bytes, dryRun: true)
                plans += 1
            } catch {
                XCTAssertFalse(error.message.en.isEmpty)
                errors += 1
            }
        }
        XCTAssertEqual(try test.dump(), before, "dry runs write nothing")
        XCTAssertGreaterThan(plans, 0, "some mutations still make a valid roster")
        XCTAssertGreaterThan(errors, 100, "most mutations are caught")
    }
}
