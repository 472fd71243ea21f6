import Bilingual
import CLIKit

/// A usage problem found after parsing (a bad --format, --lang, a value the
/// parser cannot judge), reported like the parser's own usage errors.
struct CLIFailure: Error {
    let message: LocalizedText
    let path: [String]

    init(_ message: LocalizedText, path: [String]) {
        self.message = message
        self.path = path
    }

    var usageError: UsageError {
        UsageError(kind: .unexpectedValue, message: message, path: path)
    }
}
