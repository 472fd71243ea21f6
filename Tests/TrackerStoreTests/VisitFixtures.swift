import TestSupport
import XCTest
@testable import TrackerDomain
@testable import TrackerStore

/// Households, officials and dates for the visit tests, written plainly.
extension TestDatabase {
    func household(_ name: String, town: String = "陈集镇", village: String = "焦庄村") throws -> Household {
        try HouseholdStore(database).add(fields(name: name, town: town, village: village))
    }

    func official(_ name: String, unit: String? = nil) throws -> Official {
        try OfficialStore(database).add(name: name, unit: unit, title: nil, phone: nil)
    }
}

/// A date the test spells out; a typo stops the test rather than hiding.
func day(_ text: String) -> CalendarDate {
    guard let date = CalendarDate.parse(text) else { fatalError("bad test date \(text)") }
    return date
}

/// Runs `body`, expects a `TrackerError` and checks the database did not change.
func assertRefused(_ test: TestDatabase, kind: TrackerError.Kind, mentioning text: String,
                   file: StaticString = #filePath, line: UInt = #line,
                   _ body: () throws -> Void) throws {
    let before = try test.dump()
    do {
        try body()
        XCTFail("expected a refusal mentioning \(text)", file: file, line: line)
    } catch let error as TrackerError {
        XCTAssertEqual(error.kind, kind, "\(error)", file: file, line: line)
        XCTAssertTrue(error.message.en.contains(text), "English message: \(error.message.en)", file: file, line: line)
        XCTAssertFalse(error.message.zh.isEmpty, file: file, line: line)
    }
    XCTAssertEqual(try test.dump(), before, "a refusal changed the database", file: file, line: line)
}
