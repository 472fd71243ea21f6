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
