import TestSupport
import XCTest
@testable import SQLiteKit

/// `defineSortKey` remembers the keys of the last few texts: every text
/// still gets its own key, whether it was remembered, pushed out or new.
final class SortKeyFunctionTests: XCTestCase {
    private func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return byte < 16 ? "0" + digits : digits
    }

    func testEveryTextGetsItsOwnKeyWhateverTheOrderOfRepeats() throws {
        let directory = TemporaryFolder(prefix: "sortkey")
        let connection = try Connection(path: directory.file("keys.db"))
        // A key that shows its text: the byte count, then the bytes reversed.
        try connection.defineSortKey("k") { text in [UInt8(text.utf8.count)] + text.utf8.reversed() }
        try connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
        // Two names every row asks for, names that come once, a run that is
        // longer than what is remembered, texts that differ only in length
        // or in one byte, the empty text and NULL.
        var names: [String?] = []
        for row in 0..<12 {
            names += ["陈集镇", "丹阳村", "户主\(row)", "32\(row)"]
            if row % 5 == 0 { names += ["a", "b", "c", "d", "e", "f", "陈集", "陈集镇镇", "丹阴村", "", nil] }
        }
        for (id, name) in names.enumerated() {
            try connection.run("INSERT INTO t (id, name) VALUES (:id, :name)", ["id": Int64(id), "name": name])
        }
        let keys = try connection.query("SELECT name, hex(k(name)) AS key FROM t ORDER BY id")
        XCTAssertEqual(keys.count, names.count)
        for (row, name) in zip(keys, names) {
            let expected = name.map { ([UInt8($0.utf8.count)] + $0.utf8.reversed()).map(hex).joined() }
            XCTAssertEqual(row.text("key"), expected ?? "", "\(name ?? "NULL")")  // hex(NULL) is empty
        }
    }
}
