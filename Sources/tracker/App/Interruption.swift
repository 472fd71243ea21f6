#if canImport(Glibc)
    import Glibc
#endif

/// Removes a command's half-written files when the user stops it (Ctrl-C,
/// SIGINT) or the system does (SIGTERM, SIGHUP), then lets the signal end
/// the process as usual.
///
/// A backup's temporary copy is personal data; a killed backup must not
/// leave tens of megabytes of it lying beside the target. The handler may
/// only call async-signal-safe functions, so the paths are copied into C
/// buffers beforehand and the handler does nothing but unlink(2) them,
/// restore the default action and raise the signal again.
enum Interruption {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let slots = 4
    static let capacity = 4096

    /// While `body` runs, a stopping signal removes `paths` (at most four) first.
    static func removing<T>(_ paths: [String], _ body: () throws -> T) rethrows -> T {
        precondition(paths.count <= slots)
        for index in 0..<slots {
            let bytes = index < paths.count ? Array(paths[index].utf8.prefix(capacity - 1)) : []
            for (offset, byte) in bytes.enumerated() { cleanupPaths[index * capacity + offset] = CChar(bitPattern: byte) }
            cleanupPaths[index * capacity + bytes.count] = 0
        }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = removeAndReraise
        sigemptyset(&action.sa_mask)
        for signal in signals { sigaction(signal, &action, nil) }
        defer {
            for signal in signals { Glibc.signal(signal, SIG_DFL) }
            cleanupPaths[0] = 0
        }
        return try body()
    }
}

/// `slots` NUL-terminated paths, written before the handler is installed.
private nonisolated(unsafe) let cleanupPaths: UnsafeMutablePointer<CChar> = {
    let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: Interruption.slots * Interruption.capacity)
    buffer.initialize(repeating: 0, count: Interruption.slots * Interruption.capacity)
    return buffer
}()

private func removeAndReraise(_ signal: Int32) {
    for index in 0..<4 {
        let path = cleanupPaths + index * 4096
        if path[0] != 0 { unlink(path) }
    }
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
}
