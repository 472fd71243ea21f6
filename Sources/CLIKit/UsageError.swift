import Bilingual

/// A command line that cannot be run as typed.
///
/// It carries the message in both languages and the command path reached, so
/// the renderer can print the right usage line and `See '… --help'` hint in
/// whichever language the app settles on after the failed parse.
public struct UsageError: Error, Sendable, Equatable {
    /// What went wrong, so apps and tests can tell cases apart without
    /// matching message text.
    public enum Kind: Sendable, Equatable {
        case unknownOption
        case unknownSubcommand
        case missingSubcommand
        case missingValue
        case unexpectedValue
        case duplicateOption
        case unexpectedArgument
        case missingArgument
        case missingRequiredOption
    }

    public var kind: Kind
    /// The full message, including any "Did you mean …?" suggestion.
    public var message: LocalizedText
    /// Subcommand names below the root that had been matched, e.g. `["household"]`.
    public var path: [String]
    /// The suggested replacement (`household`, `--village`), if any.
    public var suggestion: String?
    /// Option values seen anywhere in argv, so the app can still honour
    /// `--lang` (and `--json`-style choices) when reporting this error.
    public var seenOptions: [String: [String]]

    public init(
        kind: Kind,
        message: LocalizedText,
        path: [String],
        suggestion: String? = nil,
        seenOptions: [String: [String]] = [:]
    ) {
        self.kind = kind
        self.message = message
        self.path = path
        self.suggestion = suggestion
        self.seenOptions = seenOptions
    }
}

extension UsageError {
    static func unknownOption(_ token: String, suggestion: String?, path: [String]) -> UsageError {
        UsageError(
            kind: .unknownOption,
            message: withSuggestion(
                LocalizedText(en: "unknown option '\(token)'", zh: "未知选项 '\(token)'"), suggestion),
            path: path, suggestion: suggestion)
    }

    static func unknownSubcommand(_ word: String, suggestion: String?, path: [String]) -> UsageError {
        UsageError(
            kind: .unknownSubcommand,
            message: withSuggestion(
                LocalizedText(en: "unknown subcommand '\(word)'", zh: "未知子命令 '\(word)'"), suggestion),
            path: path, suggestion: suggestion)
    }

    static func missingSubcommand(_ choices: [String], path: [String]) -> UsageError {
        let list = choices.joined(separator: ", ")
        return UsageError(
            kind: .missingSubcommand,
            message: LocalizedText(
                en: "missing subcommand; expected one of: \(list)",
                zh: "缺少子命令，可选：\(list)"),
            path: path)
    }

    static func missingValue(_ option: OptionSpec, path: [String]) -> UsageError {
        UsageError(
            kind: .missingValue,
            message: LocalizedText(
                en: "option '--\(option.long)' needs a value (\(option.valueName))",
                zh: "选项 '--\(option.long)' 缺少值（\(option.valueName)）"),
            path: path)
    }

    static func unexpectedValue(_ option: OptionSpec, path: [String]) -> UsageError {
        UsageError(
            kind: .unexpectedValue,
            message: LocalizedText(
                en: "flag '--\(option.long)' does not take a value",
                zh: "开关 '--\(option.long)' 不接受值"),
            path: path)
    }

    static func duplicateOption(_ option: OptionSpec, path: [String]) -> UsageError {
        UsageError(
            kind: .duplicateOption,
            message: LocalizedText(
                en: "option '--\(option.long)' may be given only once",
                zh: "选项 '--\(option.long)' 只能给一次"),
            path: path)
    }

    static func unexpectedArgument(_ value: String, path: [String]) -> UsageError {
        UsageError(
            kind: .unexpectedArgument,
            message: LocalizedText(
                en: "unexpected argument '\(value)'",
                zh: "多余的参数 '\(value)'"),
            path: path)
    }

    static func missingArgument(_ argument: ArgumentSpec, path: [String]) -> UsageError {
        UsageError(
            kind: .missingArgument,
            message: LocalizedText(
                en: "missing argument \(argument.valueName)",
                zh: "缺少参数 \(argument.valueName)"),
            path: path)
    }

    static func missingRequiredOption(_ option: OptionSpec, path: [String]) -> UsageError {
        UsageError(
            kind: .missingRequiredOption,
            message: LocalizedText(
                en: "missing required option '\(option.usageFragment)'",
                zh: "缺少必填选项 '\(option.usageFragment)'"),
            path: path)
    }

    private static func withSuggestion(_ base: LocalizedText, _ suggestion: String?) -> LocalizedText {
        guard let suggestion else { return base }
        return LocalizedText(
            en: base.en + ". Did you mean '\(suggestion)'?",
            zh: base.zh + "。是否要输入 '\(suggestion)'？")
    }
}
