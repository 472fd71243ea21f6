import Foundation
import SeededRNG
import TestSupport
import XCTest
import ZipKit

final class ZipArchiveTests: XCTestCase {
    func testCRC32IsTheZipPolynomial() {
        // The standard check value of CRC-32/ISO-HDLC.
        XCTAssertEqual(crc32(of: Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(crc32(of: []), 0)
    }

    func testEntriesComeBackAsWritten() throws {
        var random = SplitMix64(seed: 18)
        let noise = (0..<100_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        let text = Array(String(repeating: "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>", count: 2000).utf8)
        let entries: [(String, [UInt8], ZipWriter.Method)] = [
            ("[Content_Types].xml", text, .deflated), ("empty", [], .deflated), ("noise.bin", noise, .deflated),
            ("stored.txt", text, .stored), ("名单/花名册.xml", Array("户编号".utf8), .deflated),
        ]
        var writer = ZipWriter()
        for (name, data, method) in entries { try writer.add(name, data, method: method) }
        let bytes = try writer.bytes()
        XCTAssertLessThan(bytes.count, text.count * 2 + noise.count + 1000, "repetitive XML is deflated")

        let archive = try ZipArchive(bytes)
        XCTAssertEqual(archive.entries.map(\.name), entries.map(\.0))
        for (name, data, _) in entries {
            XCTAssertEqual(try archive.contents(of: try XCTUnwrap(archive.entry(named: name))), data, name)
        }
    }

    func testTheSameContentsGiveTheSameBytes() throws {
        func archive() throws -> [UInt8] {
            var writer = ZipWriter()
            try writer.add("a.xml", Array("<a/>".utf8))
            return try writer.bytes()
        }
        XCTAssertEqual(try archive(), try archive())
    }

    func testPythonZipfileReadsTheArchive() throws {
        guard let python = Executables.python3 else { throw XCTSkip("python3 not found on PATH") }
        var writer = ZipWriter()
        try writer.add("xl/workbook.xml", Array(String(repeating: "户编号,", count: 500).utf8))
        try writer.add("stored", Array("plain".utf8), method: .stored)
        let folder = TemporaryFolder(prefix: "zipkit")
        let file = URL(fileURLWithPath: folder.file("test.zip"))
        try Data(try writer.bytes()).write(to: file)
        let script = """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1]) as z:
                assert z.testzip() is None
                print(z.namelist())
                print(len(z.read('xl/workbook.xml').decode('utf-8')))
            """
        let output = try Self.run(python, ["-c", script, file.path])
        XCTAssertEqual(output, "['xl/workbook.xml', 'stored']\n2000\n")
    }

    // MARK: Damaged and hostile archives

    func testEveryTruncationIsAnErrorNotACrash() throws {
        let bytes = try Self.sample()
        for length in 0..<bytes.count {
            XCTAssertThrowsError(try Self.readAll(Array(bytes[..<length])), "cut at \(length)")
        }
    }

    func testRandomDamageIsAnErrorOrTheRightBytesNeverACrash() throws {
        let bytes = try Self.sample()
        var random = SplitMix64(seed: 11)
        for _ in 0..<3000 {
            var damaged = bytes
            for _ in 0..<(1 + random.below(4)) {
                damaged[random.below(damaged.count)] = UInt8(truncatingIfNeeded: random.next())
            }
            // Either refused, or (damage in an unused byte) read correctly: the CRC guards the contents.
            if let contents = try? Self.readAll(damaged) {
                XCTAssertEqual(contents, try Self.readAll(bytes))
            }
        }
    }

    func testAnEntryDeclaringMoreThanTheLimitIsRefusedBeforeInflating() throws {
        var writer = ZipWriter()
        try writer.add("xl/worksheets/sheet1.xml", [UInt8](repeating: 0x20, count: 5000))
        let limits = ZipLimits(maximumEntrySize: 4096, maximumTotalSize: 1 << 20, maximumEntries: 10)
        XCTAssertThrowsError(try ZipArchive(try writer.bytes(), limits: limits)) { error in
            XCTAssertEqual(error as? ZipError, .entryTooLarge(entry: "xl/worksheets/sheet1.xml", limit: 4096))
        }
    }

    func testAllEntriesTogetherAreLimitedToo() throws {
        var writer = ZipWriter()
        for index in 0..<5 { try writer.add("part\(index)", [UInt8](repeating: 0x20, count: 3000)) }
        let limits = ZipLimits(maximumEntrySize: 4096, maximumTotalSize: 10_000, maximumEntries: 10)
        XCTAssertThrowsError(try ZipArchive(try writer.bytes(), limits: limits)) { error in
            guard case .archiveTooLarge? = error as? ZipError else { return XCTFail("\(error)") }
        }
        let few = ZipLimits(maximumEntrySize: 4096, maximumTotalSize: 1 << 20, maximumEntries: 4)
        XCTAssertThrowsError(try ZipArchive(try writer.bytes(), limits: few))
    }

    /// A bomb that lies: 20 MB of zeros declared as 1,000 bytes. Inflating
    /// stops one byte past the declared size, so memory stays bounded.
    func testABombThatUnderstatesItsSizeStopsAtTheDeclaredSize() throws {
        var writer = ZipWriter()
        try writer.add("xl/sharedStrings.xml", [UInt8](repeating: 0, count: 20 << 20))
        var bytes = try writer.bytes()
        XCTAssertLessThan(bytes.count, 100_000)
        let directory = Self.centralDirectoryOffset(bytes)
        Self.patch(&bytes, at: directory + 24, value: 1000)  // uncompressed size in the central directory
        let archive = try ZipArchive(bytes)
        XCTAssertThrowsError(try archive.contents(of: archive.entries[0])) { error in
            guard case .corrupt(let detail)? = error as? ZipError else { return XCTFail("\(error)") }
            XCTAssertTrue(detail.contains("more than the 1000 bytes"), detail)
        }
    }

    func testACorruptedEntryFailsItsCRC() throws {
        var writer = ZipWriter()
        try writer.add("a", Array("hello, 户编号".utf8), method: .stored)
        var bytes = try writer.bytes()
        bytes[30 + 1] ^= 0x01  // one bit of the stored data (after the 30-byte header and the 1-byte name)
        let archive = try ZipArchive(bytes)
        XCTAssertThrowsError(try archive.contents(of: archive.entries[0])) { error in
            XCTAssertEqual(error as? ZipError, .corrupt("a fails its CRC check"))
        }
    }

    func testEncryptionZip64AndUnknownMethodsAreRefusedByName() throws {
        var writer = ZipWriter()
        try writer.add("a", Array("hello".utf8), method: .stored)
        let bytes = try writer.bytes()
        let directory = Self.centralDirectoryOffset(bytes)

        var encrypted = bytes
        encrypted[directory + 8] |= 0x01
        let archive = try ZipArchive(encrypted)
        XCTAssertThrowsError(try archive.contents(of: archive.entries[0])) { error in
            XCTAssertEqual(error as? ZipError, .encrypted(entry: "a"))
        }

        var zip64 = bytes
        Self.patch(&zip64, at: directory + 24, value: 0xFFFF_FFFF)
        XCTAssertThrowsError(try ZipArchive(zip64)) { error in XCTAssertEqual(error as? ZipError, .unsupported("ZIP64")) }

        var bzip2 = bytes
        bzip2[directory + 10] = 12
        let other = try ZipArchive(bzip2)
        XCTAssertThrowsError(try other.contents(of: other.entries[0])) { error in
            guard case .unsupported(let what)? = error as? ZipError else { return XCTFail("\(error)") }
            XCTAssertTrue(what.contains("method 12"), what)
        }
    }

    func testTextIsNotAZip() {
        XCTAssertThrowsError(try ZipArchive(Array("户编号,乡镇,村\r\n".utf8))) { error in
            XCTAssertEqual(error as? ZipError, .notAZip)
        }
        XCTAssertThrowsError(try ZipArchive([])) { error in XCTAssertEqual(error as? ZipError, .notAZip) }
    }

    // MARK: Helpers

    static func sample() throws -> [UInt8] {
        var writer = ZipWriter()
        try writer.add("[Content_Types].xml", Array(String(repeating: "<Override/>", count: 20).utf8))
        try writer.add("xl/workbook.xml", Array("<workbook>户编号</workbook>".utf8), method: .stored)
        return try writer.bytes()
    }

    static func readAll(_ bytes: [UInt8]) throws -> [[UInt8]] {
        let archive = try ZipArchive(bytes)
        guard archive.entries.count == 2 else { throw ZipError.corrupt("entries lost") }
        return try archive.entries.map { try archive.contents(of: $0) }
    }

    static func centralDirectoryOffset(_ bytes: [UInt8]) -> Int {
        let end = bytes.count - 22
        return Int(bytes[end + 16]) | Int(bytes[end + 17]) << 8 | Int(bytes[end + 18]) << 16 | Int(bytes[end + 19]) << 24
    }

    static func patch(_ bytes: inout [UInt8], at offset: Int, value: UInt32) {
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
    }

    static func run(_ executable: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self)
    }
}
