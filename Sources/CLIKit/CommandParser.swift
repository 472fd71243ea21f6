import Bilingual

/// Turns argv into a `ParsedCommand` by walking a `CommandSpec` tree.
///
/// Rules, in the order they matter to users:
/// - LocalizedText select subcommands while the current command is a group, and are
///   positional arguments once a leaf is reached.
/// - Global options (declared on the root) are accepted at any depth, before
///   or after subcommand names; other options only after their own command.
/// - `--opt value`, `--opt=value` and `-x value` all work. A value option
///   always takes the next element, even one starting with `-` (`--note -5`),
///   so `--note --help` sets the note rather than asking for help.
/// - `--` ends options: everything after it is positional.
/// - A word such as `-5` that is not a declared short option is positional,
///   so negative numbers need no `--`.
/// - `--help` / `-h` anywhere (before `--`) wins over every error but an
///   unknown subcommand and asks for help on the deepest command named in argv.
/// - A group given no subcommand is refused (`UsageError.Kind.missingSubcommand`)
///   rather than treated as a help request, so scripts see exit 64; the app
///   may still choose to print help for that kind.
/// - A single-value option given twice is refused rather than silently
///   keeping one value.
public struct CommandParser<Context>: Sendable {
    public let root: CommandSpec<Context>

    /// Checks the spec tree once: clashing names or a badly ordered argument
    /// list are programmer errors and stop the program.
    public init(root: CommandSpec<Context>) {
        Self.validate(root, globals: root.globalOptions, path: [root.name])
        self.root = root
    }

    /// Parses arguments without the program name (`CommandLine.arguments.dropFirst()`).
    public func parse<Arguments: Collection>(_ arguments: Arguments) throws(UsageError) -> ParsedCommand<Context>
    where Arguments.Element == String {
        var state = ParseState<Context>(root: root)
        state.scan(Array(arguments))
        return try state.finish()
    }

    private static func validate(_ command: CommandSpec<Context>, globals: [OptionSpec], path: [String]) {
        let location = path.joined(separator: " ")
        let all = command.options + globals
        var longs = Set<String>()
        var shorts = Set<Character>()
        for option in all {
            precondition(
                !option.long.isEmpty && !option.long.hasPrefix("-"), "\(location): bad option name '\(option.long)'")
            precondition(option.long != "help" && option.short != "h", "\(location): --help and -h are built in")
            precondition(longs.insert(option.long).inserted, "\(location): option --\(option.long) declared twice")
            if let short = option.short {
                precondition(short != "-", "\(location): bad short name for --\(option.long)")
                precondition(shorts.insert(short).inserted, "\(location): short -\(short) declared twice")
            }
            precondition(!(option.isStandalone && option.kind != .flag), "\(location): only flags can be standalone")
        }
        precondition(
            command.subcommands.isEmpty || command.arguments.isEmpty,
            "\(location): a command has subcommands or arguments, not both")
        precondition(
            command.isGroup || command.run != nil || path.count == 1,
            "\(location): a command needs subcommands or a run")
        var seenOptional = false
        for (index, argument) in command.arguments.enumerated() {
            precondition(!(seenOptional && !argument.isOptional), "\(location): required argument after optional one")
            precondition(
                !argument.isRepeating || index == command.arguments.count - 1,
                "\(location): repeating argument must be last")
            seenOptional = seenOptional || argument.isOptional
        }
        var names = Set<String>()
        for sub in command.subcommands {
            precondition(names.insert(sub.name).inserted, "\(location): subcommand \(sub.name) declared twice")
            precondition(
                !sub.name.isEmpty && !sub.name.hasPrefix("-"), "\(location): bad subcommand name '\(sub.name)'")
            validate(sub, globals: globals, path: path + [sub.name])
        }
    }
}

/// The mutable walk over argv; kept apart so `CommandParser` stays a value
/// with no state between calls.
private struct ParseState<Context> {
    let root: CommandSpec<Context>
    var current: CommandSpec<Context>
    var path: [String] = []
    var positionals: [String] = []
    var options: [String: [String]] = [:]
    var flags: Set<String> = []
    var occurrences: [OptionOccurrence] = []
    var helpRequested = false
    /// The first error in argv order; scanning goes on so a later `--help`
    /// can still win and the deepest command can still be found.
    var firstError: UsageError?
    /// After an unknown subcommand, further words cannot be placed.
    var lost = false

    init(root: CommandSpec<Context>) {
        self.root = root
        self.current = root
    }

    mutating func scan(_ argv: [String]) {
        var index = 0
        var optionsEnded = false
        while index < argv.count {
            let token = argv[index]
            index += 1
            if optionsEnded {
                word(token)
            } else if token == "--" {
                optionsEnded = true
            } else if token == "--help" || token == "-h" {
                helpRequested = true
            } else if token.hasPrefix("--") {
                longOption(token, argv: argv, index: &index)
            } else if token.count > 1, token.hasPrefix("-") {
                shortOption(token, argv: argv, index: &index)
            } else {
                word(token)
            }
        }
    }

    /// Options valid here: the current command's own, then the globals.
    private var visibleOptions: [OptionSpec] { current.options + root.globalOptions }

    private mutating func longOption(_ token: String, argv: [String], index: inout Int) {
        let body = token.dropFirst(2)
        let name: String
        let inline: String?
        if let equals = body.firstIndex(of: "=") {
            name = String(body[..<equals])
            inline = String(body[body.index(after: equals)...])
        } else {
            name = String(body)
            inline = nil
        }
        if name == "help" {
            // `--help=x` is a flag given a value; report it like any other.
            if inline != nil {
                record(.unexpectedValue(OptionSpec.flag("help", help: ""), path: path))
            } else {
                helpRequested = true
            }
            return
        }
        guard let option = visibleOptions.first(where: { $0.long == name }) else {
            let candidates = visibleOptions.map(\.long) + ["help"]
            let suggestion = closestMatch(to: name, among: candidates).map { "--" + $0 }
            let shown = inline == nil ? token : "--" + name
            record(.unknownOption(shown, suggestion: suggestion, path: path))
            return
        }
        take(option, inline: inline, argv: argv, index: &index)
    }

    private mutating func shortOption(_ token: String, argv: [String], index: inout Int) {
        let body = token.dropFirst()
        if body.count == 1, let option = visibleOptions.first(where: { $0.short == body.first }) {
            take(option, inline: nil, argv: argv, index: &index)
            return
        }
        if body.first.map({ $0.isNumber || $0 == "." }) == true {
            word(token)  // a negative number, not an option
            return
        }
        // `-town` is most likely `--town`; offer the long form when it exists.
        let longs = visibleOptions.map(\.long) + ["help"]
        let name = String(body)
        let suggestion = (longs.contains(name) ? name : closestMatch(to: name, among: longs)).map { "--" + $0 }
        record(.unknownOption(token, suggestion: suggestion, path: path))
    }

    private mutating func take(_ option: OptionSpec, inline: String?, argv: [String], index: inout Int) {
        switch option.kind {
        case .flag:
            if inline != nil {
                record(.unexpectedValue(option, path: path))
            } else {
                flags.insert(option.long)
            }
        case .single, .repeatable:
            let value: String
            if let inline {
                value = inline
            } else if index < argv.count {
                value = argv[index]
                index += 1
            } else {
                record(.missingValue(option, path: path))
                return
            }
            if option.kind == .single, options[option.long] != nil {
                record(.duplicateOption(option, path: path))
            }
            options[option.long, default: []].append(value)
            occurrences.append(OptionOccurrence(name: option.long, value: value))
        }
    }

    private mutating func word(_ token: String) {
        if lost { return }
        guard current.isGroup else {
            positionals.append(token)
            return
        }
        if let sub = current.subcommand(named: token) {
            current = sub
            path.append(token)
            return
        }
        let suggestion = closestMatch(to: token, among: current.subcommands.map(\.name))
        record(.unknownSubcommand(token, suggestion: suggestion, path: path))
        lost = true
    }

    private mutating func record(_ error: UsageError) {
        if firstError == nil { firstError = error }
    }

    /// Validates what the walk found, in the order a user fixes things:
    /// bad tokens first, then the missing subcommand, arguments and options.
    mutating func finish() throws(UsageError) -> ParsedCommand<Context> {
        // Help for a command that does not exist is still a typo: showing
        // the parent's help with exit 0 would hide it from scripts.
        if helpRequested, var error = firstError, error.kind == .unknownSubcommand {
            error.seenOptions = options
            throw error
        }
        if helpRequested {
            return ParsedCommand(
                path: path, command: current, globalOptions: root.globalOptions, positionals: positionals,
                options: options, flags: flags, helpRequested: true)
        }
        if var error = firstError {
            error.seenOptions = options
            throw error
        }
        let standalone = visibleOptions.contains { $0.isStandalone && flags.contains($0.long) }
        var arguments: [String: [String]] = [:]
        do throws(UsageError) {
            if !standalone {
                if current.isGroup {
                    throw .missingSubcommand(current.subcommands.map(\.name), path: path)
                }
                arguments = try assignPositionals()
                for option in visibleOptions where option.isRequired && options[option.long] == nil {
                    throw .missingRequiredOption(option, path: path)
                }
            }
        } catch {
            var error = error
            error.seenOptions = options
            throw error
        }
        return ParsedCommand(
            path: path, command: current, globalOptions: root.globalOptions, positionals: positionals, arguments: arguments,
            options: options, flags: flags, helpRequested: false, occurrences: occurrences)
    }

    private func assignPositionals() throws(UsageError) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var remaining = positionals[...]
        for argument in current.arguments {
            if argument.isRepeating {
                if remaining.isEmpty, !argument.isOptional { throw .missingArgument(argument, path: path) }
                if !remaining.isEmpty { result[argument.name] = Array(remaining) }
                remaining = []
            } else if let value = remaining.popFirst() {
                result[argument.name] = [value]
            } else if !argument.isOptional {
                throw .missingArgument(argument, path: path)
            }
        }
        if let extra = remaining.first {
            throw .unexpectedArgument(extra, path: path)
        }
        return result
    }
}
