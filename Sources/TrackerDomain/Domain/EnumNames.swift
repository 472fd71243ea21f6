import Bilingual

/// The display label and accepted spellings of one enumeration case.
///
/// Each domain enum describes its cases with one of these per case, so the
/// parsing, listing and labelling logic lives once in `DomainEnum` instead of
/// in a long switch per enum.
public struct EnumNames: Hashable, Sendable {
    /// The label in both languages; the Chinese one as the forms and rosters write it.
    public var label: LocalizedText
    /// The terse spelling users type (吃, ok), shown beside the label in
    /// "expected one of" lists; nil when the key serves.
    public var short: String?
    /// Further spellings accepted on input (old forms, roster variants).
    public var aliases: [String]

    public init(en: String, zh: String, short: String? = nil, aliases: [String] = []) {
        self.label = LocalizedText(en: en, zh: zh)
        self.short = short
        self.aliases = aliases
    }

    /// The label in `language`.
    public func label(in language: Language) -> String { label.text(in: language) }
}
