import Bilingual

/// An enumeration of the domain, stored in SQL as a stable English key and
/// shown and typed in Chinese or English.
///
/// The database schema fixes the keys (`rawValue`); users type whatever the
/// forms, rosters and their habits say (不愁吃, 吃, food). Conforming types
/// only supply a table of names per case; parsing, labels and the "expected
/// one of" lists for error messages are shared here.
public protocol DomainEnum: RawRepresentable, CaseIterable, Hashable, Sendable, CustomStringConvertible
where RawValue == String, AllCases == [Self] {
    /// What a value of this enum fills, for error messages ("检查结果", "check result").
    static var fieldName: LocalizedText { get }
    /// The cases offered to users in "expected one of" lists. Defaults to
    /// every case; an enum may hide one that only the tool itself records.
    static var offeredCases: [Self] { get }
    /// Labels and accepted spellings of this case.
    var names: EnumNames { get }
}

extension DomainEnum {
    public static var offeredCases: [Self] { allCases }

    /// The key stored in SQL.
    public var key: String { rawValue }

    /// The key, so that interpolating a value into SQL or JSON is stable.
    public var description: String { rawValue }

    /// The display label in `language`.
    public func label(in language: Language) -> String {
        names.label(in: language)
    }

    /// Every spelling this case accepts: key, Chinese and English labels,
    /// short form and aliases.
    public var spellings: [String] {
        let names = self.names
        var all = [rawValue, names.label.zh, names.label.en]
        if let short = names.short { all.append(short) }
        all.append(contentsOf: names.aliases)
        return all
    }

    /// The case `text` names, or nil.
    ///
    /// Surrounding whitespace is ignored; ASCII letters match in any case,
    /// and a space or hyphen matches an underscore, so `Not met`, `not-met`
    /// and `not_met` are one spelling.
    public static func parse(_ text: String) -> Self? {
        let wanted = SpellingKey(text)
        guard !wanted.isEmpty else { return nil }
        for value in allCases where value.spellings.contains(where: { SpellingKey($0) == wanted }) {
            return value
        }
        return nil
    }

    /// The case `text` names; throws `DomainError.unrecognised` naming the
    /// field, the value and the accepted spellings.
    public init(parsing text: String, field: LocalizedText = Self.fieldName) throws(DomainError) {
        guard let value = Self.parse(text) else {
            throw .unrecognised(
                field: field,
                value: text,
                expected: LocalizedText(en: Self.acceptedSpellings(in: .en), zh: Self.acceptedSpellings(in: .zh)))
        }
        self = value
    }

    /// The offered cases for an "expected one of" message:
    /// `met (ok), not met (fail), not applicable (na)` and `达标（ok）、不达标（fail）、不适用（na）`.
    ///
    /// Each label is followed by the short form, or else the key, when that
    /// differs from the label; in English only ASCII forms are added.
    public static func acceptedSpellings(in language: Language) -> String {
        offeredCases.map { value in
            let label = value.label(in: language)
            let hint = [value.names.short, value.rawValue].lazy.compactMap { $0 }.first { candidate in
                SpellingKey(candidate) != SpellingKey(label)
                    && (language == .zh || candidate.unicodeScalars.allSatisfy(\.isASCII))
            }
            guard let hint else { return label }
            return language == .zh ? "\(label)（\(hint)）" : "\(label) (\(hint))"
        }.joined(separator: language == .zh ? "、" : ", ")
    }
}
