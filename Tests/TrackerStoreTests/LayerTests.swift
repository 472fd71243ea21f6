import Foundation
import XCTest

/// The layers of issue 15. The compiler keeps most of them: each target may
/// import only what Package.swift lists, and the store imports SQLiteKit
/// `internal`ly, so no public store API can show a SQLite type. SwiftPM still
/// lets a target import any module its dependencies built, so this test
/// keeps the rest by reading the sources.
final class LayerTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// Every .swift file under `folder` (relative to the package root), with its text.
    private func sources(under folder: String) throws -> [(path: String, text: String)] {
        let base = Self.root + "/" + folder
        let files = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
        XCTAssertFalse(files.isEmpty, "no sources under \(base)")
        return try files.filter { $0.hasSuffix(".swift") }.sorted().map { file in
            (folder + "/" + file, try String(contentsOfFile: base + "/" + file, encoding: .utf8))
        }
    }

    /// The modules a file imports, whatever access level or attribute the import has.
    private func imports(_ text: String) -> Set<String> {
        var modules: Set<String> = []
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                  words[..<index].allSatisfy({ $0.hasPrefix("@") || ["internal", "package", "public", "private", "fileprivate"].contains($0) })
            else { continue }
            modules.insert(String(words[index + 1]))
        }
        return modules
    }

    func testOnlyTheStoreAndSQLiteKitItselfImportSQLiteKit() throws {
        let allowed = ["Sources/SQLiteKit/", "Sources/TrackerStore/", "Tests/SQLiteKitTests/"]
        var offenders: [String] = []
        for folder in ["Sources", "Tests", "Benchmarks"] {
            for file in try sources(under: folder) where imports(file.text).contains("SQLiteKit") {
                if !allowed.contains(where: file.path.hasPrefix) { offenders.append(file.path) }
            }
        }
        XCTAssertEqual(offenders, [], "go through a store API (or RawDatabase in tests) instead")
    }

    /// PostgreSQL is reached the same way: through the store, never from the CLI.
    func testOnlyTheStoreAndPostgresKitItselfImportPostgresKit() throws {
        let allowed = ["Sources/PostgresKit/", "Sources/TrackerStore/", "Tests/PostgresKitTests/",
                       "Tests/PostgresTestSupport/", "Tests/TrackerPostgresTests/"]
        var offenders: [String] = []
        for folder in ["Sources", "Tests", "Benchmarks"] {
            for file in try sources(under: folder) where !imports(file.text).isDisjoint(with: ["PostgresKit", "CLibPQ"]) {
                if !allowed.contains(where: file.path.hasPrefix) { offenders.append(file.path) }
            }
        }
        XCTAssertEqual(offenders, [], "go through a store API instead")
    }

    /// The C library stays allowed: "today" is read from its clock.
    func testTheDomainNeitherStoresNorTouchesFiles() throws {
        for file in try sources(under: "Sources/TrackerDomain") {
            let forbidden = imports(file.text).intersection(["SQLiteKit", "TrackerStore", "Platform", "Foundation"])
            XCTAssertEqual(forbidden, [], file.path)
        }
    }

    /// Raw SQL is for tests and the benchmark; the command line asks the stores.
    func testTheCommandLineNeverReachesRawSQL() throws {
        for file in try sources(under: "Sources/tracker") {
            for word in ["RawDatabase", "writeRaw", ".connection"] {
                XCTAssertFalse(file.text.contains(word), "\(file.path) uses \(word)")
            }
        }
    }

    /// One writer per record (issue 15, item 1): each table's INSERT is
    /// written in its store's file and nowhere else in the sources or the
    /// benchmark (the audited floor takes the households' one from its
    /// writer), so the seed, the importer and `household add` cannot drift.
    func testEachRecordHasOneWriter() throws {
        let writers = [
            "households": "Sources/TrackerStore/Store/HouseholdStore+Writer.swift",
            "members": "Sources/TrackerStore/Store/MemberStore.swift",
            "officials": "Sources/TrackerStore/Store/OfficialStore.swift",
            "assignments": "Sources/TrackerStore/Store/AssignmentStore.swift",
        ]
        let files = try sources(under: "Sources") + sources(under: "Benchmarks/CountyGenerator")
        for (table, writer) in writers.sorted(by: { $0.key < $1.key }) {
            let found = files.filter { $0.text.contains("INSERT INTO \(table) ") }.map(\.path)
            XCTAssertEqual(found, [writer], "INSERT INTO \(table)")
        }
        let bench = try sources(under: "Benchmarks/TrackerBench")
        XCTAssertEqual(bench.filter { $0.text.contains("INSERT INTO households") }.map(\.path), [],
                       "the audited floor takes the households' INSERT from HouseholdStore.insertSelectSQL")
    }
}
