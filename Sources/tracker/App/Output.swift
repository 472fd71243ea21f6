#if canImport(Glibc)
import Glibc
#endif
import Platform

/// Where a command's text goes: data to stdout, diagnostics to stderr.
///
/// Collected in memory and written in one go at the end, so a command that
/// fails half-way prints no half table; tests capture both streams.
final class Output {
    private(set) var standardOutput: [UInt8] = []
    private(set) var standardError: [UInt8] = []

    func print(_ text: String = "") {
        standardOutput.append(contentsOf: text.utf8)
        standardOutput.append(0x0A)
    }

    func write(_ text: String) { standardOutput.append(contentsOf: text.utf8) }
    func writeBytes(_ bytes: [UInt8]) { standardOutput.append(contentsOf: bytes) }

    func error(_ text: String) {
        standardError.append(contentsOf: text.utf8)
        if !text.hasSuffix("\n") { standardError.append(0x0A) }
    }

    /// Writes to stderr at once, bypassing the buffer: a question must be on
    /// screen before the answer is typed.
    func promptNow(_ text: String) {
        Self.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Drops what was printed so far (a failed command prints only its error).
    func discardOutput() { standardOutput.removeAll() }

    /// Writes both buffers to the real streams. Returns the C library's text
    /// for a failed write to stdout (a full disk, an I/O error), so the
    /// caller can say so and exit 74 instead of reporting success on a
    /// truncated file. A reader that went away (EPIPE, as with `| head`) is
    /// not a failure: like other Unix tools, tracker then stops quietly.
    @discardableResult
    func flush() -> String? {
        let failure = Self.writeAll(standardOutput, to: STDOUT_FILENO)
        standardOutput.removeAll()
        Self.writeAll(standardError, to: STDERR_FILENO)
        standardError.removeAll()
        return failure
    }

    /// The C library's text for a failed write, nil when all was written
    /// or the reader went away (EPIPE).
    @discardableResult
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        guard let code = FileSystem.writeAll(bytes, to: descriptor), code != EPIPE else { return nil }
        return String(cString: strerror(code))
    }
}
