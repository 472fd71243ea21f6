import Bilingual

/// A named option of a command (`--town T`, `-n TEXT`, `--json`).
///
/// Options are data so help and usage can be generated from them. Which
/// values are allowed is deliberately not declared here: the app validates
/// values, because it knows the synonyms (达标 / ok) and can name the fix.
public struct OptionSpec: Sendable {
    /// How an option consumes argv.
    public enum Kind: Sendable, Equatable {
        /// Present or absent; giving it a value (`--json=1`) is refused.
        case flag
        /// Takes exactly one value; giving it twice is refused rather than
        /// silently keeping one of them.
        case single
        /// Takes one value per occurrence; the order of occurrences is kept.
        case repeatable
    }

    /// The long name without dashes: `town` for `--town`.
    public var long: String
    /// An optional one-character short name: `n` for `-n`.
    public var short: Character?
    public var kind: Kind
    /// How the value is shown in usage and help (`DATE`, `YYYY-MM`).
    public var valueName: String
    public var help: LocalizedText
    /// Refused when missing, unless help or a standalone flag was requested.
    public var isRequired: Bool
    /// A flag that answers on its own, like `--version`: when it is given,
    /// missing subcommands, arguments and required options are not errors.
    public var isStandalone: Bool

    public init(
        _ long: String,
        short: Character? = nil,
        kind: Kind = .single,
        valueName: String? = nil,
        required: Bool = false,
        standalone: Bool = false,
        help: LocalizedText
    ) {
        self.long = long
        self.short = short
        self.kind = kind
        self.valueName = valueName ?? long.uppercased()
        self.help = help
        self.isRequired = required
        self.isStandalone = standalone
    }

    /// A flag: `--json`.
    public static func flag(
        _ long: String, short: Character? = nil, standalone: Bool = false, help: LocalizedText
    ) -> OptionSpec {
        OptionSpec(long, short: short, kind: .flag, standalone: standalone, help: help)
    }

    /// An option taking one value: `--town T`.
    public static func value(
        _ long: String, short: Character? = nil, valueName: String? = nil, required: Bool = false,
        help: LocalizedText
    ) -> OptionSpec {
        OptionSpec(long, short: short, kind: .single, valueName: valueName, required: required, help: help)
    }

    /// An option that may be given many times: `--cause 因病 --cause 因残`.
    public static func repeatable(
        _ long: String, short: Character? = nil, valueName: String? = nil, required: Bool = false,
        help: LocalizedText
    ) -> OptionSpec {
        OptionSpec(long, short: short, kind: .repeatable, valueName: valueName, required: required, help: help)
    }

    /// The option as it appears in a usage line: `--town TOWN` or `--json`.
    var usageFragment: String {
        kind == .flag ? "--" + long : "--" + long + " " + valueName
    }

    /// The option as it appears in the left column of help: `-n, --note TEXT`.
    var helpLabel: String {
        let prefix = short.map { "-\($0), " } ?? ""
        return prefix + usageFragment
    }
}
