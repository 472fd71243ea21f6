/// The outcome of a successful parse: which command was meant and what it was given.
///
/// Values are kept as strings: converting and validating them (dates, known
/// checklist items) is the app's job, where messages can name the fix.
///
/// Reading an option or argument the command does not declare is a
/// programmer error (a misspelt `value("vilage")` would otherwise be nil
/// forever): it stops debug builds, naming the command and the name.
public struct ParsedCommand<Context>: Sendable {
    /// Subcommand names below the root, e.g. `["household", "add"]`.
    public var path: [String]
    /// The spec of the command the path leads to.
    public var command: CommandSpec<Context>
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
    /// Long names of the options the command accepts: its own and the globals.
    public var declaredOptions: Set<String>

    public init(
        path: [String],
        command: CommandSpec<Context>,
        globalOptions: [OptionSpec] = [],
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
        self.declaredOptions = Set((command.options + globalOptions).map(\.long))
    }

    /// A stable key for the command: the path joined by dots
    /// (`"household.add"`; the root is `""`).
    public var id: String { path.joined(separator: ".") }

    /// The last value of an option, or nil when it was not given.
    public func value(_ long: String) -> String? {
        assert(undeclaredRead(option: long) == nil, undeclaredRead(option: long) ?? "")
        return options[long]?.last
    }

    /// All values of an option in the order given (empty when not given).
    public func values(_ long: String) -> [String] {
        assert(undeclaredRead(option: long) == nil, undeclaredRead(option: long) ?? "")
        return options[long] ?? []
    }

    /// Whether a flag was given.
    public func isSet(_ long: String) -> Bool {
        assert(undeclaredRead(option: long) == nil, undeclaredRead(option: long) ?? "")
        return flags.contains(long)
    }

    /// The value of a single positional argument, or nil when it was omitted.
    public func argument(_ name: String) -> String? {
        assert(undeclaredRead(argument: name) == nil, undeclaredRead(argument: name) ?? "")
        return arguments[name]?.first
    }

    /// All values of a (repeating) positional argument.
    public func argumentValues(_ name: String) -> [String] {
        assert(undeclaredRead(argument: name) == nil, undeclaredRead(argument: name) ?? "")
        return arguments[name] ?? []
    }

    /// Whether the command (or the root, for globals) declares the option,
    /// for code shared by commands that read an option only where it exists.
    public func declares(option long: String) -> Bool { declaredOptions.contains(long) }

    /// Whether the command declares the positional argument.
    public func declares(argument name: String) -> Bool { command.arguments.contains { $0.name == name } }

    /// Why reading option `long` is a mistake here, or nil when the command declares it.
    public func undeclaredRead(option long: String) -> String? {
        declares(option: long) ? nil : "command '\(displayPath)' reads option --\(long), which it does not declare"
    }

    /// Why reading argument `name` is a mistake here, or nil when the command declares it.
    public func undeclaredRead(argument name: String) -> String? {
        declares(argument: name) ? nil : "command '\(displayPath)' reads argument \(name), which it does not declare"
    }

    private var displayPath: String { path.isEmpty ? command.name : path.joined(separator: " ") }
}
