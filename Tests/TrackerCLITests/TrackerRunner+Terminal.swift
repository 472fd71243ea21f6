import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

extension TrackerRunner {
    /// Runs tracker with stdin and stdout on a pseudo-terminal, as a person
    /// at a terminal would: `typed` is what they type, all of it queued
    /// before the program reads (the line discipline keeps it), and
    /// "\u{04}" at the start of a line is Ctrl-D, end of input. stderr goes
    /// to a file so the error line can be told from the prompts' echo.
    func runOnTerminal(_ arguments: [String], typed: String) throws -> Result {
        // posix_openpt and friends are hidden from Swift's Glibc module, so
        // the pair is opened the way they do it: /dev/ptmx, unlock, ask the number.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { throw XCTSkip("no pseudo-terminal available") }
        defer { close(master) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, Self.setPTYLock, &unlock) == 0, ioctl(master, Self.getPTYNumber, &number) == 0 else {
            throw XCTSkip("cannot unlock the pseudo-terminal")
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw XCTSkip("cannot open /dev/pts/\(number)") }
        defer { close(slave) }

        let errPath = folder + "/.stderr-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        let err = FileHandle(forWritingAtPath: errPath)!
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = err
        try process.run()
        let bytes = Array(typed.utf8)
        XCTAssertEqual(bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }, bytes.count)
        process.waitUntilExit()
        try? err.close()

        // The slave stays open until the screen is read: its buffer is kept,
        // and a non-blocking read ends with EAGAIN once it is empty.
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        var screen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            screen += buffer[0..<count]
        }
        let shown = String(decoding: screen, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        let errData = FileManager.default.contents(atPath: errPath) ?? Data()
        return Result(status: process.terminationStatus, stdout: shown,
                      stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: Data(screen))
    }

    /// `TIOCSPTLCK` and `TIOCGPTN` (asm-generic ioctls, the same on x86-64
    /// and arm64); their C macros are function-like, so Swift does not see them.
    private static let setPTYLock = UInt(0x4004_5431)
    private static let getPTYNumber = UInt(0x8004_5430)
}
