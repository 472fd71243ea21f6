import SQLCore
import XCTest
@testable import SQLiteKit

final class SHA256Tests: XCTestCase {
    func testKnownVectors() {
        // FIPS 180-4 examples, plus a two-block message.
        XCTAssertEqual(SHA256.hexDigest("".utf8), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hexDigest("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hexDigest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func testDigestMatchesSystemTool() throws {
        let text = "CREATE TABLE 户 (名 TEXT);\n" + String(repeating: "x", count: 1000)
        let expected = try XCTUnwrap(runSha256sum(text))
        XCTAssertEqual(SHA256.hexDigest(text.utf8), expected)
    }

    /// The system library (libcrypto) and the Swift code give the same
    /// digest for every length around the block and padding boundaries.
    func testSystemLibraryAgreesWithTheSwiftCode() throws {
        // libcrypto comes with libpq5, which the build needs: under CI its absence is a failure.
        guard SHA256.preferSystemLibrary() else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { XCTFail("libcrypto.so.3 did not load") }
            throw XCTSkip("no libcrypto")
        }
        var bytes: [UInt8] = []
        var state: UInt32 = 2020
        for length in 0...300 {
            var system = [UInt8](repeating: 0, count: 32), portable = [UInt8](repeating: 0, count: 32)
            bytes.withUnsafeBytes { message in
                system.withUnsafeMutableBytes { SHA256.digest(message, into: $0) }
                portable.withUnsafeMutableBytes { SHA256.portableDigest(message, into: $0) }
            }
            XCTAssertEqual(system, portable, "length \(length)")
            state = state &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        XCTAssertEqual(SHA256.hexDigest("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    private func runSha256sum(_ text: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: "/usr/bin/sha256sum") else { throw XCTSkip("no sha256sum") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init)
    }
}

final class ChainHashTests: XCTestCase {
    /// The SQL function (used by the triggers) and the statement-side encoder
    /// (used by the check) must produce the same hash for every storage class.
    func testSQLFunctionAndColumnEncodingAgree() throws {
        let connection = try Connection(path: ":memory:")
        let sql = "SELECT NULL, 42, -7, 2.5, 'text 文字', x'00ff10', ''"
        let statement = try connection.prepare(sql)
        XCTAssertTrue(try statement.step())
        var input = ChainHashInput()
        for column in 0..<statement.columnCount { statement.appendColumn(column, to: &input) }
        let fromSQL = try connection.query("SELECT chain_sha256(NULL, 42, -7, 2.5, 'text 文字', x'00ff10', '')")
        XCTAssertEqual(fromSQL.first?[0], .blob(input.digest()))
        XCTAssertEqual(input.digest().count, 32)
        // The previous hash is part of the link.
        let linked = try connection.query("SELECT chain_sha256(x'01', 42), chain_sha256(x'02', 42), chain_sha256('42')")
        XCTAssertNotEqual(linked.first?[0], linked.first?[1])
        XCTAssertNotEqual(linked.first?[0], linked.first?[2])
    }

    /// Different values never encode alike: text '1' is not integer 1, and
    /// ('ab', 'c') is not ('a', 'bc').
    func testEncodingIsUnambiguous() throws {
        let connection = try Connection(path: ":memory:")
        let rows = try connection.query("SELECT chain_sha256('1'), chain_sha256(1), chain_sha256('ab', 'c'), chain_sha256('a', 'bc'), chain_sha256(NULL), chain_sha256('')")
        let values = try XCTUnwrap(rows.first).values
        XCTAssertEqual(Set(values).count, values.count)
    }

    func testDigestAtBlockBoundariesMatchesKnownValues() throws {
        guard FileManager.default.fileExists(atPath: "/usr/bin/sha256sum") else { throw XCTSkip("no sha256sum") }
        for length in [55, 56, 63, 64, 65, 119, 120, 128] {
            let text = String(repeating: "a", count: length)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            input.fileHandleForWriting.write(Data(text.utf8))
            try input.fileHandleForWriting.close()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let expected = String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init)
            XCTAssertEqual(SHA256.hexDigest(text.utf8), expected, "length \(length)")
        }
    }
}
