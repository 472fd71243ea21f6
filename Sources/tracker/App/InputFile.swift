#if canImport(Glibc)
import Glibc
#endif
import Platform
import TrackerDomain
import TrackerStore

/// An input file (or standard input for "-") read as a stream of bytes.
///
/// A CSV roster is read through it piece by piece, so its size does not
/// matter. A workbook has to be read whole (a ZIP file's directory is at
/// its end) and is refused past a limit: `/dev/zero`, a runaway pipe or a
/// mistaken disk image must end in a message, not in a failed allocation.
final class InputFile {
    /// 128 MiB: Excel's sheets stop at 1,048,576 rows, far below this.
    static let maximumWorkbookBytes = 128 << 20
    /// How many bytes are looked at to tell a workbook from a CSV file.
    static let peekBytes = 8

    let path: String
    private let handle: UnsafeMutablePointer<FILE>
    /// The first bytes, read to tell the kind of file; handed out first.
    let head: [UInt8]
    private var headOffset = 0

    private init(path: String, handle: UnsafeMutablePointer<FILE>, head: [UInt8]) {
        self.path = path
        self.handle = handle
        self.head = head
    }

    deinit { fclose(handle) }

    static func open(_ path: String) throws -> InputFile {
        let handle: UnsafeMutablePointer<FILE>?
        if path == "-" {
            handle = fdopen(dup(STDIN_FILENO), "rb")
        } else {
            handle = fopen(path, "rb")
        }
        guard let handle else {
            throw TrackerError.io(path: path, reason: FileSystem.lastErrorText())
        }
        var head = [UInt8](repeating: 0, count: peekBytes)
        let count = fread(&head, 1, head.count, handle)
        if count < head.count && ferror(handle) != 0 {
            let reason = FileSystem.lastErrorText()
            fclose(handle)
            throw TrackerError.io(path: path, reason: reason)
        }
        return InputFile(path: path, handle: handle, head: Array(head[0..<count]))
    }

    /// The size of a regular file, when it is one.
    var size: Int? {
        var info = stat()
        guard fstat(fileno(handle), &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Fills `buffer` with the next bytes; 0 at the end.
    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        guard !buffer.isEmpty, let base = buffer.baseAddress else { return 0 }
        if headOffset < head.count {
            let count = min(buffer.count, head.count - headOffset)
            for index in 0..<count { buffer[index] = head[headOffset + index] }
            headOffset += count
            return count
        }
        let count = fread(base, 1, buffer.count, handle)
        if count < buffer.count && ferror(handle) != 0 {
            throw TrackerError.io(path: path, reason: FileSystem.lastErrorText())
        }
        return count
    }

    /// Everything left, up to `limit` bytes.
    func readAll(limit: Int = maximumWorkbookBytes) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try buffer.withUnsafeMutableBufferPointer { try read(into: $0) }
            if count == 0 { break }
            guard bytes.count + count <= limit else { throw Self.tooLarge(path, limit: limit) }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    static func tooLarge(_ path: String, limit: Int) -> TrackerError {
        let name = path == "-" ? "standard input" : path
        let megabytes = limit >> 20
        return TrackerError(.invalidInput,
            en: "\(name) is larger than \(megabytes) MiB, more than any workbook; check the file name, or split the roster by town and import each part",
            zh: "\(path == "-" ? "标准输入" : path) 超过 \(megabytes) MiB，远大于任何工作簿；请检查文件名，或按乡镇拆分后分别导入")
    }
}
