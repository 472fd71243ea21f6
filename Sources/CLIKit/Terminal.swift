#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the process can learn about the terminal it writes to.
///
/// Tables are the default output only on a terminal, progress goes to stderr
/// only when it is a terminal, and tables fit the window's width; these
/// answers come from the kernel, not from guessing at environment variables.
public enum Terminal {
    /// Whether the file descriptor is a terminal (`isatty`).
    public static func isTerminal(_ fileDescriptor: Int32) -> Bool {
        isatty(fileDescriptor) == 1
    }

    /// Whether stdout is a terminal.
    public static var stdoutIsTerminal: Bool { isTerminal(STDOUT_FILENO) }

    /// Whether stderr is a terminal.
    public static var stderrIsTerminal: Bool { isTerminal(STDERR_FILENO) }

    /// The width in columns of the terminal behind the descriptor (stdout by
    /// default), or nil when it is not a terminal or reports no size.
    public static func width(of fileDescriptor: Int32 = STDOUT_FILENO) -> Int? {
        guard isTerminal(fileDescriptor) else { return nil }
        var size = winsize()
        guard ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
