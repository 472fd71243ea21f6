import Bilingual
import Platform
import TrackerDomain
import TrackerStore

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a whole file or nothing: a report holds personal data and is
/// handed on, so a crash, a full disk or a concurrent writer must never
/// leave half of one behind, and nobody but its owner may read it.
///
/// The bytes go to a hidden temporary file in the same folder (a rename is
/// only atomic within one file system), owner-only (0600), are fsync'ed,
/// and then take the final name. Without `replacing`, the final step is
/// `link(2)`, which fails when the name exists, so a file that appears
/// between our check and our write is not clobbered either.
enum AtomicFile {
    /// Refuses early, before any work, when `path` exists and may not be replaced.
    static func checkWritable(_ path: String, replacing: Bool) throws(TrackerError) {
        if !replacing && exists(path) { throw alreadyExists(path) }
        if replacing { try FileSystem.requireReplaceable(path) }
    }

    static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws(TrackerError) {
        let folder = FileSystem.parentDirectory(of: path)
        let (temporary, descriptor) = try createTemporary(near: path)
        var done = false
        defer { if !done { unlink(temporary) } }

        if let code = FileSystem.writeAll(bytes, to: descriptor) {
            close(descriptor)
            throw TrackerError.io(path: path, reason: FileSystem.errorText(code))
        }
        // The data must be on disk before the name points at it, or a crash
        // right after the rename could leave an empty file under the name.
        if fsync(descriptor) != 0 {
            let reason = FileSystem.lastErrorText()
            close(descriptor)
            throw TrackerError.io(path: path, reason: reason)
        }
        if close(descriptor) != 0 { throw TrackerError.io(path: path, reason: FileSystem.lastErrorText()) }

        if replacing {
            // Checked again right before the rename: the name may have changed since.
            try FileSystem.requireReplaceable(path)
            if rename(temporary, path) != 0 { throw TrackerError.io(path: path, reason: FileSystem.lastErrorText()) }
        } else if link(temporary, path) == 0 {
            unlink(temporary)
        } else {
            switch errno {
            case EEXIST:
                throw alreadyExists(path)
            case EPERM, EOPNOTSUPP, EXDEV, EMLINK:
                // A file system without hard links: check, then rename.
                if exists(path) { throw alreadyExists(path) }
                if rename(temporary, path) != 0 { throw TrackerError.io(path: path, reason: FileSystem.lastErrorText()) }
            default:
                throw TrackerError.io(path: path, reason: FileSystem.lastErrorText())
            }
        }
        done = true
        syncDirectory(folder)
    }

    private static func createTemporary(near path: String) throws(TrackerError) -> (String, Int32) {
        let folder = FileSystem.parentDirectory(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? "report"
        for _ in 0..<100 {
            let candidate = "\(folder)/.\(name).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 {
                // open() applies the umask, which can only remove bits; make sure.
                fchmod(descriptor, 0o600)
                return (candidate, descriptor)
            }
            if errno != EEXIST { throw TrackerError.io(path: path, reason: FileSystem.lastErrorText()) }
        }
        throw TrackerError.io(path: path, reason: LocalizedText(en: "could not create a temporary file in \(folder)", zh: "无法在 \(folder) 中创建临时文件"))
    }

    /// Makes the new name itself durable (the rename lives in the folder).
    private static func syncDirectory(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func alreadyExists(_ path: String) -> TrackerError {
        TrackerError(
            .refused, en: "\(path) already exists; add --force to overwrite it",
            zh: "\(path) 已存在；如需覆盖请加 --force")
    }

    /// lstat, not stat: a dangling symlink at the target still counts as taken.
    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}
