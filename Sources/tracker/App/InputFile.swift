#if canImport(Glibc)
import Glibc
#endif
import TrackerCore

/// Reads a whole input file (or standard input for "-") as bytes.
enum InputFile {
    static func read(_ path: String) throws -> [UInt8] {
        let handle: UnsafeMutablePointer<FILE>?
        if path == "-" {
            handle = fdopen(dup(STDIN_FILENO), "rb")
        } else {
            handle = fopen(path, "rb")
        }
        guard let handle else {
            throw TrackerError.io(path: path, reason: FileSystem.lastErrorText())
        }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&buffer, 1, buffer.count, handle)
            if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
            if count < buffer.count {
                if ferror(handle) != 0 { throw TrackerError.io(path: path, reason: FileSystem.lastErrorText()) }
                break
            }
        }
        return bytes
    }
}
