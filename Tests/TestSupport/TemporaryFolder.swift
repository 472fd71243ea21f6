import Foundation

/// A fresh folder under the system's temporary folder, removed with
/// everything in it when the value goes away.
public final class TemporaryFolder: @unchecked Sendable {
    public let path: String

    /// `prefix` names the folder after its user, so a leftover says whose it is.
    public init(prefix: String) {
        path = NSTemporaryDirectory() + prefix + "-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the folder.
    public func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
