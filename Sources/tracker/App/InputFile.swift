#if canImport(Glibc)
import Glibc
#endif
import Platform
import TrackerDomain
import TrackerStore

/// Reads a whole input file (or standard input for "-") as bytes, up to a
/// limit: `/dev/zero`, a runaway pipe or a mistaken disk image must end in
/// a message, not in a failed allocation.
enum InputFile {
    /// 128 MiB: a county's roster of 100,000 people is about 20 MB; the
    /// importer holds a few copies of the text while it checks every row.
    static let maximumBytes = 128 << 20

    static func read(_ path: String, limit: Int = maximumBytes) throws -> [UInt8] {
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
            if count > 0 {
                guard bytes.count + count <= limit else { throw tooLarge(path, limit: limit) }
                bytes.append(contentsOf: buffer[0..<count])
            }
            if count < buffer.count {
                if ferror(handle) != 0 { throw TrackerError.io(path: path, reason: FileSystem.lastErrorText()) }
                break
            }
        }
        return bytes
    }

    static func tooLarge(_ path: String, limit: Int) -> TrackerError {
        let name = path == "-" ? "standard input" : path
        let megabytes = limit >> 20
        return TrackerError(.invalidInput,
            en: "\(name) is larger than \(megabytes) MiB, more than any roster; check the file name, or split the roster by town and import each part",
            zh: "\(path == "-" ? "标准输入" : path) 超过 \(megabytes) MiB，远大于任何花名册；请检查文件名，或按乡镇拆分后分别导入")
    }
}
