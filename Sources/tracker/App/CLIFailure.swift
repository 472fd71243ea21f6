import CLIKit

/// A usage problem found after parsing (a bad --format, --lang, a value the
/// parser cannot judge), reported like the parser's own usage errors.
struct CLIFailure: Error {
    let message: Words
    let path: [String]

    init(_ en: String, _ zh: String, path: [String]) {
        self.message = Words(en, zh)
        self.path = path
    }

    var usageError: UsageError {
        UsageError(kind: .unexpectedValue, message: LocalizedText(en: message.en, zh: message.zh), path: path)
    }
}
