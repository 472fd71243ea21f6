#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Runs programs the way a user's shell does (whole process, stdout to a
/// file or /dev/null) and measures wall time with the monotonic clock.
enum Spawn {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// What one run of a program cost: wall time, and, when measured, its
    /// peak resident memory in KiB (0 when not).
    struct Cost {
        var seconds: Double
        var peakKiB: Int
    }

    /// When set, runs go through `/usr/bin/time -f %M -o peakFile` and
    /// report the program's peak resident memory (their times are then not
    /// figures). Our own `wait4` cannot tell it: posix_spawn starts the child
    /// in this process's memory (vfork), and the kernel counts that
    /// high-water mark for the child too.
    nonisolated(unsafe) static var peakFile: String?

    /// Runs `arguments[0]` (a path) and returns its wall time in seconds;
    /// throws when it does not exit 0. stdin comes from `input` (a file) or
    /// /dev/null; stdout goes to `output` (a file) or /dev/null; stderr to `errors`.
    @discardableResult
    static func run(
        _ arguments: [String], input: String? = nil, output: String? = nil, environment: [String: String] = [:],
        errors: String = "/dev/null"
    ) throws -> Double {
        try cost(arguments, input: input, output: output, environment: environment, errors: errors).seconds
    }

    private static func direct(
        _ arguments: [String], input: String?, output: String?, environment: [String: String], errors: String
    ) throws -> Cost {
        let saved = peakFile
        peakFile = nil
        defer { peakFile = saved }
        return try cost(arguments, input: input, output: output, environment: environment, errors: errors)
    }

    /// As `run`, with the child's peak memory as well.
    static func cost(
        _ arguments: [String], input: String? = nil, output: String? = nil, environment: [String: String] = [:],
        errors: String = "/dev/null"
    ) throws -> Cost {
        if let peakFile {
            unlink(peakFile)
            var cost = try direct(["/usr/bin/time", "-f", "%M", "-o", peakFile] + arguments, input: input, output: output,
                environment: environment, errors: errors)
            let text = (try? readText(peakFile)) ?? ""
            cost.peakKiB = Int(text.split(separator: "\n").last.map(String.init) ?? "") ?? 0
            return cost
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var variables: [String: String] = [:]
        var cursor = environ
        while let entry = cursor.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            cursor += 1
        }
        for (key, value) in environment { variables[key] = value }
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let started = now()
        let code = posix_spawn(&pid, arguments[0], &actions, nil, argv, envp)
        guard code == 0 else { throw Failure(description: "cannot start \(arguments[0]): error \(code)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let elapsed = now() - started
        // WIFEXITED and WEXITSTATUS are macros; spelled out here.
        if status & 0x7f != 0 || (status >> 8) & 0xff != 0 {
            let detail = (try? readText(errors)) ?? ""
            throw Failure(
                description: "\(arguments.joined(separator: " ")) failed (status \(status)): \(detail.prefix(600))")
        }
        return Cost(seconds: elapsed, peakKiB: 0)
    }

    /// Runs a program and returns what it printed on stdout (through a file in `folder`).
    static func capture(
        _ arguments: [String], input: String? = nil, environment: [String: String] = [:], folder: String
    ) throws -> String {
        let path = folder + "/captured.txt"
        defer { unlink(path) }
        try run(arguments, input: input, output: path, environment: environment, errors: folder + "/stderr.txt")
        return try readText(path)
    }

    static func readText(_ path: String) throws -> String {
        guard let file = fopen(path, "rb") else { throw Failure(description: "cannot read \(path)") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        guard let file = fopen(path, "wb") else { throw Failure(description: "cannot write \(path)") }
        defer { fclose(file) }
        guard fwrite(bytes, 1, bytes.count, file) == bytes.count else {
            throw Failure(description: "short write to \(path)")
        }
    }

    static func remove(database path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }

    /// The first executable named `name` on PATH.
    static func which(_ name: String) -> String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
