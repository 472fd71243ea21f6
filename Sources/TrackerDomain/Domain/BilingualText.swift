/// A piece of text in both display languages.
///
/// Errors are raised before anyone knows which language the message will be
/// shown in, so they carry both and the caller picks one. Named apart from
/// CLIKit's `BilingualText` so the CLI, which imports both modules, needs no
/// module prefixes.
public struct BilingualText: Hashable, Sendable {
    /// The Chinese text.
    public var zh: String
    /// The English text.
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }
}
