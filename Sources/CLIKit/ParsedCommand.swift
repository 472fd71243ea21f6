/// The outcome of a successful parse: which command was meant and what it was given.
///
/// Values are kept as strings: converting and validating them (dates, known
/// checklist items) is the app's job, where messages can name the fix.
public struct ParsedCommand: Sendable {
    /// Subcommand names below the root, e.g. `["household", "add"]`.
    public var path: [String]
    /// The spec of the command the path leads to.
    public var command: CommandSpec
    /// Positional values in the order given.
    public var positionals: [String]
    /// Positional values by argument name; a repeating argument may hold many.
    public var arguments: [String: [String]]
    /// Option values by long name, in the order given.
    public var options: [String: [String]]
    /// Every value-taking option in command-line order, for commands whose
    /// options pair up by position (see `OptionOccurrence`).
    public var occurrences: [OptionOccurrence]
    /// Long names of the flags that were given.
    public var flags: Set<String>
    /// `--help` or `-h` was given. When true, only `path` and `command` are
    /// meaningful: the app should print help and exit 0, and nothing was validated.
    public var helpRequested: Bool

    public init(
        path: [String],
        command: CommandSpec,
        positionals: [String] = [],
        arguments: [String: [String]] = [:],
        options: [String: [String]] = [:],
        flags: Set<String> = [],
        helpRequested: Bool = false,
        occurrences: [OptionOccurrence] = []
    ) {
        self.path = path
        self.command = command
        self.positionals = positionals
        self.arguments = arguments
        self.options = options
        self.flags = flags
        self.helpRequested = helpRequested
        self.occurrences = occurrences
    }

    /// The key to dispatch on: the spec's `id`, or the path joined by spaces
    /// (`"household add"`; the root is `""`).
    public var id: String { command.id ?? path.joined(separator: " ") }

    /// The last value of an option, or nil when it was not given.
    public func value(_ long: String) -> String? { options[long]?.last }

    /// All values of an option in the order given (empty when not given).
    public func values(_ long: String) -> [String] { options[long] ?? [] }

    /// Whether a flag was given.
    public func isSet(_ long: String) -> Bool { flags.contains(long) }

    /// The value of a single positional argument, or nil when it was omitted.
    public func argument(_ name: String) -> String? { arguments[name]?.first }

    /// All values of a (repeating) positional argument.
    public func argumentValues(_ name: String) -> [String] { arguments[name] ?? [] }
}
