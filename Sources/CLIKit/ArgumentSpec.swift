import Bilingual

/// A positional argument of a command, declared as data so that parsing,
/// usage lines and help all come from the same declaration.
///
/// Within one command, required arguments come first, then optional ones, and
/// at most one repeating argument comes last; anything else would make the
/// assignment of values ambiguous, so `CommandParser` refuses such specs.
public struct ArgumentSpec: Sendable {
    /// The key under which `ParsedCommand` reports the value(s).
    public var name: String
    /// How the argument is shown in usage and help; defaults to the upper-cased name.
    public var valueName: String
    public var help: LocalizedText
    public var isOptional: Bool
    /// Takes all remaining positional values (one or more, or zero or more if optional).
    public var isRepeating: Bool

    public init(
        _ name: String,
        valueName: String? = nil,
        optional: Bool = false,
        repeating: Bool = false,
        help: LocalizedText
    ) {
        self.name = name
        self.valueName = valueName ?? name.uppercased()
        self.help = help
        self.isOptional = optional
        self.isRepeating = repeating
    }

    /// The argument as it appears in a usage line: `NAME`, `[NAME]`, `NAME...`.
    var usageFragment: String {
        let base = isRepeating ? valueName + "..." : valueName
        return isOptional ? "[" + base + "]" : base
    }
}
