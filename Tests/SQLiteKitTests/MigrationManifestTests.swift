import SQLCore
import Foundation
import XCTest
@testable import SQLiteKit

/// Every shipped migration is pinned by its SHA-256 in
/// Migrations/manifest.sha256 (the format of `sha256sum`, so
/// `cd Migrations && sha256sum -c manifest.sha256` checks it too).
/// A database records each step's checksum and refuses one whose text
/// changed, so a shipped step must never change (issue 15, item 4).
final class MigrationManifestTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Migrations")

    func testEveryShippedMigrationIsUnchangedAndEveryNewOneIsInTheManifest() throws {
        let manifest = try String(contentsOf: Self.folder.appendingPathComponent("manifest.sha256"), encoding: .utf8)
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".sql") }
        XCTAssertGreaterThanOrEqual(names.count, 13, "the migrations were not found at \(Self.folder.path)")
        var files: [String: [UInt8]] = [:]
        for name in names {
            files[name] = Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        }
        for problem in ManifestCheck.problems(manifest: manifest, files: files) {
            XCTFail(problem)
        }
    }

    /// The PostgreSQL dialect (issue 16) is pinned the same way, in its own
    /// manifest, and has exactly the SQLite steps' names: the same numbering
    /// and meaning, so a database's history reads alike on either store.
    func testEveryPostgreSQLMigrationIsUnchangedAndNamedAsItsSQLiteStep() throws {
        let folder = Self.folder.appendingPathComponent("postgresql")
        let manifest = try String(contentsOf: folder.appendingPathComponent("manifest.sha256"), encoding: .utf8)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".sql") }
        var files: [String: [UInt8]] = [:]
        for name in names {
            files[name] = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
        }
        for problem in ManifestCheck.problems(manifest: manifest, files: files, folder: "Migrations/postgresql") {
            XCTFail(problem)
        }
        let sqlite = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".sql") }
        XCTAssertEqual(names.sorted(), sqlite.sorted(),
                       "every step needs its PostgreSQL dialect under Migrations/postgresql, with the same file name")
    }

    func testAnEditedPostgreSQLStepIsNamedWithItsFolder() {
        var edited = shipped
        edited["0002_phone.sql"] = Array("ALTER TABLE people ADD COLUMN mobile text;\n".utf8)
        let problems = ManifestCheck.problems(manifest: shippedManifest, files: edited, folder: "Migrations/postgresql")
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].contains("Migrations/postgresql/0002_phone.sql has changed"), problems[0])
    }

    // MARK: The check itself

    let shipped: [String: [UInt8]] = [
        "0001_people.sql": Array("CREATE TABLE people (id INTEGER PRIMARY KEY) STRICT;\n".utf8),
        "0002_phone.sql": Array("ALTER TABLE people ADD COLUMN phone TEXT;\n".utf8),
    ]

    private var shippedManifest: String {
        shipped.keys.sorted().map { "\(SHA256.hexDigest(shipped[$0]!))  \($0)\n" }.joined()
    }

    func testAMatchingFolderHasNoProblem() {
        XCTAssertEqual(ManifestCheck.problems(manifest: shippedManifest, files: shipped), [])
    }

    func testAnEditedStepIsNamedAndTheFixSaid() {
        var edited = shipped
        edited["0002_phone.sql"] = Array("ALTER TABLE people ADD COLUMN mobile TEXT;\n".utf8)
        let problems = ManifestCheck.problems(manifest: shippedManifest, files: edited)
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].contains("Migrations/0002_phone.sql has changed"), problems[0])
        XCTAssertTrue(problems[0].contains("a shipped migration never changes; add a new step"), problems[0])
    }

    func testAWhitespaceOnlyEditStillCounts() {
        var edited = shipped
        edited["0001_people.sql"] = Array("CREATE TABLE people (id INTEGER PRIMARY KEY) STRICT;\n\n".utf8)
        XCTAssertEqual(ManifestCheck.problems(manifest: shippedManifest, files: edited).count, 1)
    }

    func testARemovedStepIsNamed() {
        var removed = shipped
        removed["0001_people.sql"] = nil
        let problems = ManifestCheck.problems(manifest: shippedManifest, files: removed)
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].contains("Migrations/0001_people.sql is missing"), problems[0])
        XCTAssertTrue(problems[0].contains("a shipped migration never changes; add a new step"), problems[0])
    }

    func testANewStepNeedsItsLineAndTheLineIsGiven() {
        var added = shipped
        let sql = Array("CREATE TABLE visits (id INTEGER PRIMARY KEY) STRICT;\n".utf8)
        added["0003_visits.sql"] = sql
        let problems = ManifestCheck.problems(manifest: shippedManifest, files: added)
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].contains("Migrations/0003_visits.sql is not in Migrations/manifest.sha256"), problems[0])
        XCTAssertTrue(problems[0].contains("\(SHA256.hexDigest(sql))  0003_visits.sql"), problems[0])
    }

    func testAMalformedLineIsReported() {
        let problems = ManifestCheck.problems(manifest: shippedManifest + "not a line\n", files: shipped)
        XCTAssertEqual(problems, ["Migrations/manifest.sha256 line 3 is not \"SHA256  FILE.sql\": not a line"])
    }
}

/// Compares the migration files with the manifest, one message per problem.
enum ManifestCheck {
    static func problems(manifest: String, files: [String: [UInt8]], folder: String = "Migrations") -> [String] {
        var problems: [String] = []
        var pinned: [String: String] = [:]
        for (offset, line) in manifest.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].count == 64, parts[1].hasPrefix(" "), parts[1].hasSuffix(".sql") else {
                problems.append("\(folder)/manifest.sha256 line \(offset + 1) is not \"SHA256  FILE.sql\": \(line)")
                continue
            }
            pinned[String(parts[1].dropFirst())] = String(parts[0])
        }
        for (name, digest) in pinned.sorted(by: { $0.key < $1.key }) {
            guard let bytes = files[name] else {
                problems.append("\(folder)/\(name) is missing but has shipped: a shipped migration never changes; add a new step (restore the file)")
                continue
            }
            let actual = SHA256.hexDigest(bytes)
            if actual != digest {
                problems.append("\(folder)/\(name) has changed since it shipped (manifest \(digest), file \(actual)): a shipped migration never changes; add a new step instead, and restore this file")
            }
        }
        for name in files.keys.sorted() where pinned[name] == nil {
            problems.append("\(folder)/\(name) is not in \(folder)/manifest.sha256: a new migration needs its line there; add: \(SHA256.hexDigest(files[name]!))  \(name)")
        }
        return problems
    }
}
