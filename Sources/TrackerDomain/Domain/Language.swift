/// The language labels and messages are shown in.
///
/// The domain stores English keys and never prints; it hands the CLI text in
/// whichever language the user asked for (`--lang`, or the locale). The raw
/// values match CLIKit's `Language`, so the CLI converts with
/// `TrackerDomain.Language(rawValue: language.rawValue)`.
public enum Language: String, CaseIterable, Hashable, Sendable {
    /// Simplified Chinese, the language of the records and their users.
    case zh
    /// English.
    case en
}
