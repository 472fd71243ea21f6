/// The display labels and accepted spellings of one enumeration case.
///
/// Each domain enum describes its cases with one of these per case, so the
/// parsing, listing and labelling logic lives once in `DomainEnum` instead of
/// in a long switch per enum.
public struct EnumNames: Hashable, Sendable {
    /// The Chinese label, as the forms and rosters write it.
    public var zh: String
    /// The English label.
    public var en: String
    /// The terse spelling users type (吃, ok), shown beside the label in
    /// "expected one of" lists; nil when the key serves.
    public var short: String?
    /// Further spellings accepted on input (old forms, roster variants).
    public var aliases: [String]

    public init(_ zh: String, _ en: String, short: String? = nil, aliases: [String] = []) {
        self.zh = zh
        self.en = en
        self.short = short
        self.aliases = aliases
    }

    /// The label in `language`.
    public func label(in language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }
}
