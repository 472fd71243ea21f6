import Bilingual

/// Formats a `UsageError` the way the house style asks: the error, the usage
/// line of the command reached, and where to find its help, so the user can
/// fix the line without opening the manual.
///
/// English output is exactly
/// ```
/// Error: <message>
/// Usage: <usage line>
/// See 'tracker household add --help'.
/// ```
/// and Chinese uses the same three lines with translated labels.
public struct UsageErrorRenderer<Context>: Sendable {
    public let root: CommandSpec<Context>
    public let language: Language

    public init(root: CommandSpec<Context>, language: Language) {
        self.root = root
        self.language = language
    }

    /// Three lines, each ending in a newline, for stderr.
    public func render(_ error: UsageError) -> String {
        let path = root.descendant(at: error.path) == nil ? [] : error.path
        let usage = HelpFormatter(root: root, language: language).usageLine(for: path)
        let invocation = ([root.name] + path + ["--help"]).joined(separator: " ")
        let message = error.message.text(in: language)
        switch language {
        case .en:
            return "Error: \(message)\nUsage: \(usage)\nSee '\(invocation)'.\n"
        case .zh:
            return "错误：\(message)\n用法：\(usage)\n运行 '\(invocation)' 查看帮助。\n"
        }
    }
}
