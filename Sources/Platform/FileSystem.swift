#if canImport(Glibc)
import Bilingual
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TrackerDomain

/// The few file operations the store (and the CLI's file output) need,
/// through the C library so nothing pulls in Foundation (start-up time).
public enum FileSystem {
    package static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Whether this process may write the file (access(2) with W_OK: the
    /// real user's permissions, so root may write anything).
    package static func isWritable(_ path: String) -> Bool {
        access(path, W_OK) == 0
    }

    package static func size(_ path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int64(info.st_size)
    }

    /// The permission bits of a file (e.g. 0o600), nil when it does not exist.
    static func mode(_ path: String) -> UInt32? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return UInt32(info.st_mode) & 0o777
    }

    public static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let parent = String(path[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    /// Creates `path` and its missing parents, owner-only for the ones it makes.
    package static func createDirectories(_ path: String) throws(TrackerError) {
        if path.isEmpty || exists(path) { return }
        try createDirectories(parentDirectory(of: path))
        if mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw TrackerError.io(path: path, reason: lastErrorText())
        }
    }

    /// Creates an empty file readable by its owner only, unless it exists.
    /// SQLite gives its -wal and -shm files the mode of the database file,
    /// so creating the database this way keeps them private too.
    package static func createPrivateFile(_ path: String) throws(TrackerError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor < 0 {
            if errno == EEXIST { return }
            throw TrackerError.io(path: path, reason: lastErrorText())
        }
        // open() applies the umask; make sure no group/other bit survived.
        fchmod(descriptor, 0o600)
        close(descriptor)
    }

    package static var processID: Int32 { getpid() }

    /// Creates a new, empty owner-only file named `prefix` + a part that
    /// makes it unique + `suffix`, and returns its path. O_EXCL makes the
    /// claim atomic: two processes never get the same name.
    package static func createUniquePrivateFile(prefix: String, suffix: String) throws(TrackerError) -> String {
        for attempt in 0..<1000 {
            let candidate = attempt == 0 ? "\(prefix)-\(getpid())\(suffix)" : "\(prefix)-\(getpid())-\(attempt)\(suffix)"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 {
                fchmod(descriptor, 0o600)
                close(descriptor)
                return candidate
            }
            if errno != EEXIST { throw TrackerError.io(path: candidate, reason: lastErrorText()) }
        }
        throw TrackerError.io(path: prefix + suffix, reason: "no free name for a new file")
    }

    /// Refuses to write into a folder that does not exist, rather than
    /// creating it: a mistyped USB path must not put personal data on the
    /// local disk under a made-up folder.
    public static func requireParentFolder(of path: String) throws(TrackerError) {
        let folder = parentDirectory(of: path)
        var info = stat()
        guard stat(folder, &info) == 0 else {
            throw TrackerError(.io, en: "the folder \(folder) does not exist; check the path or create the folder first",
                               zh: "文件夹 \(folder) 不存在；请检查路径或先创建该文件夹")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw TrackerError(.io, en: "\(folder) is not a folder; check the path",
                               zh: "\(folder) 不是文件夹；请检查路径")
        }
    }

    /// Refuses to replace anything but a regular file or a symbolic link
    /// (which is replaced itself, not what it points to): `--force` over a
    /// FIFO, a device such as /dev/null or a folder is a mistake, not a wish.
    public static func requireReplaceable(_ path: String) throws(TrackerError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        let type = info.st_mode & S_IFMT
        if type == S_IFREG || type == S_IFLNK { return }
        let what = type == S_IFDIR ? ("a folder", "文件夹") : type == S_IFIFO ? ("a pipe (FIFO)", "管道(FIFO)")
            : type == S_IFCHR || type == S_IFBLK ? ("a device", "设备文件") : ("not a regular file", "非普通文件")
        throw TrackerError(.refused, en: "\(path) is \(what.0); --force replaces only a regular file, so choose another name",
                           zh: "\(path) 是\(what.1)；--force 只能覆盖普通文件，请换一个文件名")
    }

    /// Whether two paths name the same file (same device and inode).
    package static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// Atomically replaces `target` with `source` (same folder: one rename).
    package static func rename(_ source: String, to target: String) throws(TrackerError) {
        if Glibc.rename(source, target) != 0 {
            let reason = lastErrorText()
            remove(source)
            throw TrackerError.io(path: target, reason: reason)
        }
    }

    package static func remove(_ path: String) {
        unlink(path)
    }

    /// The C library's text for the current `errno`, and a Chinese one for
    /// the failures a user meets (the C library speaks only English here).
    public static func lastErrorText() -> LocalizedText {
        errorText(errno)
    }

    /// The text for one `errno` value, in both languages.
    public static func errorText(_ code: Int32) -> LocalizedText {
        let english = String(cString: strerror(code))
        let chinese: String? = switch code {
        case ENOENT: "没有该文件或目录"
        case EACCES, EPERM: "没有权限"
        case EEXIST: "文件已存在"
        case ENOTDIR: "路径中有一项不是目录"
        case EISDIR: "这是一个目录"
        case ENOSPC: "磁盘空间不足"
        case EROFS: "文件系统只读"
        case EIO: "输入输出错误"
        case ENAMETOOLONG: "文件名太长"
        case EDQUOT: "超出磁盘配额"
        default: nil
        }
        return LocalizedText(en: english, zh: chinese ?? english)
    }
}
