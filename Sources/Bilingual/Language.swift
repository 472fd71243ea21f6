/// The language of labels, help and messages.
///
/// Two languages only: the people who use `tracker` read Chinese, and the
/// people who maintain it or script it may prefer English. The domain stores
/// English keys and never prints; it hands the CLI text in whichever language
/// the user asked for (`--lang`, or the locale).
public enum Language: String, Sendable, Hashable, CaseIterable {
    case en
    case zh

    /// A strict reading of a `--lang` value, so the app can refuse `--lang fr`.
    ///
    /// Accepts `en`, `zh` and locale-like spellings such as `zh_CN.UTF-8` or
    /// `en-US` (case-insensitive); anything else is nil.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("zh") {
            self = .zh
        } else if lowered.hasPrefix("en") {
            self = .en
        } else {
            return nil
        }
    }

    /// Picks the language the way `tracker` promises in CLI.md.
    ///
    /// An explicit `--lang` value wins. Otherwise the POSIX locale variables are
    /// consulted in their precedence order (`LC_ALL`, then `LC_MESSAGES`, then
    /// `LANG`); the first one that is set and non-empty decides, and a value
    /// starting with `zh` means Chinese. Everything else (`C`, `POSIX`, unset)
    /// means English. The environment is a parameter so tests need not mutate
    /// the process environment.
    public static func resolve(explicit: String?, environment: [String: String]) -> Language {
        if let explicit, !explicit.isEmpty {
            return explicit.lowercased().hasPrefix("zh") ? .zh : .en
        }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}
