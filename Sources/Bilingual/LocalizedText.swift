/// A piece of user-facing text in both languages: the one type for it, from
/// the domain's errors and enum labels to the CLI's help and table headers.
///
/// Text is worded where the facts are (an error is raised, a command is
/// declared) before anyone knows which language it will be shown in, so it
/// carries both; the language is only chosen when something is rendered.
/// English comes first in every initialiser. A plain string literal means
/// "the same text in both languages", which keeps declarations short for
/// names, codes and examples.
public struct LocalizedText: Sendable, Hashable, ExpressibleByStringInterpolation {
    public var en: String
    public var zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The same text in both languages.
    public init(_ both: String) {
        self.en = both
        self.zh = both
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(stringInterpolation: DefaultStringInterpolation) {
        self.init(String(stringInterpolation: stringInterpolation))
    }

    /// The text for one language.
    public func text(in language: Language) -> String {
        switch language {
        case .en: return en
        case .zh: return zh
        }
    }
}
