/// A command or command group, declared as data.
///
/// The whole command tree of an app is one value: the root spec names the
/// program (`tracker`), declares the global options and lists the subcommands.
/// Parsing, usage lines, help and error messages are all derived from it, so
/// they cannot drift apart.
///
/// A command either has subcommands (a group such as `household`) or
/// positional arguments (a leaf such as `household add`), not both: a word
/// after a group name is always read as a subcommand name.
public struct CommandSpec: Sendable {
    /// The word typed on the command line; for the root, the program name.
    public var name: String
    /// A stable key for dispatch; `ParsedCommand.id` falls back to the path.
    public var id: String?
    /// One line, shown in the parent's subcommand list and at the top of help.
    public var abstract: LocalizedText
    /// Longer text shown in this command's own help only.
    public var discussion: LocalizedText?
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    /// Options accepted at any depth, before or after subcommand names.
    /// Only the root's global options are used.
    public var globalOptions: [OptionSpec]
    public var subcommands: [CommandSpec]

    public init(
        _ name: String,
        id: String? = nil,
        abstract: LocalizedText,
        discussion: LocalizedText? = nil,
        arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [],
        globalOptions: [OptionSpec] = [],
        subcommands: [CommandSpec] = []
    ) {
        self.name = name
        self.id = id
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.globalOptions = globalOptions
        self.subcommands = subcommands
    }

    /// Whether this command only groups subcommands.
    public var isGroup: Bool { !subcommands.isEmpty }

    /// The direct subcommand with this name.
    public func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }

    /// The command reached by following `path` from here (empty path: self).
    public func descendant(at path: [String]) -> CommandSpec? {
        var current = self
        for name in path {
            guard let next = current.subcommand(named: name) else { return nil }
            current = next
        }
        return current
    }
}
