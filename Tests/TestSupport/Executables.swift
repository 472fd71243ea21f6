import Foundation

/// Programs on PATH that tests use as independent judges (python3's csv and
/// json, unzip, LibreOffice), found the way a shell finds them.
public enum Executables {
    /// The first executable named `name` in PATH's folders, nil when there is none.
    public static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// python3, nil when it is not installed.
    public static var python3: URL? { find("python3") }
}
