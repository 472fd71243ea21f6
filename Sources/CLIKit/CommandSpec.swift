import Bilingual

/// A command or command group, declared as data together with what it runs.
///
/// The whole command tree of an app is one value: the root spec names the
/// program (`tracker`), declares the global options and lists the subcommands.
/// Parsing, usage lines, help and error messages are all derived from it, so
/// they cannot drift apart; and a leaf carries its `run`, so a command cannot
/// exist without its implementation or be dispatched by a key that must match
/// a string elsewhere.
///
/// A command either has subcommands (a group such as `household`) or
/// positional arguments and a `run` (a leaf such as `household add`), not
/// both: a word after a group name is always read as a subcommand name. The
/// two initialisers keep that apart at compile time.
///
/// `Context` is what the app hands a command when it runs (tracker's
/// `CommandContext`); CLIKit never calls `run` itself.
public struct CommandSpec<Context>: Sendable {
    /// A leaf's implementation.
    public typealias Run = @Sendable (Context) throws -> Void

    /// The word typed on the command line; for the root, the program name.
    public var name: String
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
    /// What a leaf does; nil for a group.
    public var run: Run?

    /// A leaf: a command that runs.
    public init(
        _ name: String,
        abstract: LocalizedText,
        discussion: LocalizedText? = nil,
        arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [],
        run: @escaping Run
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.globalOptions = []
        self.subcommands = []
        self.run = run
    }

    /// A group of subcommands, or the root of the tree (which alone declares
    /// global options).
    public init(
        _ name: String,
        abstract: LocalizedText,
        discussion: LocalizedText? = nil,
        options: [OptionSpec] = [],
        globalOptions: [OptionSpec] = [],
        subcommands: [CommandSpec]
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = []
        self.options = options
        self.globalOptions = globalOptions
        self.subcommands = subcommands
        self.run = nil
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

    /// Every leaf below this command (itself when it is one), in declaration
    /// order, with its path below this command.
    public func leaves(path: [String] = []) -> [(path: [String], command: CommandSpec)] {
        guard isGroup else { return [(path, self)] }
        return subcommands.flatMap { $0.leaves(path: path + [$0.name]) }
    }
}
