import Bilingual

/// A failure the user can act on, worded in both languages at the place it
/// is raised (where the facts are), classified so the CLI can pick the exit code.
public struct TrackerError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The thing named does not exist (exit 1).
        case notFound
        /// A name matches several records (exit 1).
        case ambiguous
        /// A rule of the domain forbids it (exit 1).
        case refused
        /// The input data is malformed: a date, an ID number, a CSV row (exit 65).
        case invalidInput
        /// The database or a file could not be read or written (exit 74).
        case io
    }

    public let kind: Kind
    public let message: LocalizedText
    /// Extra lines shown under the message (candidates, per-row problems),
    /// in both languages like the message itself.
    public let detailLines: [LocalizedText]

    public init(_ kind: Kind, _ message: LocalizedText, detailLines: [LocalizedText] = []) {
        self.kind = kind
        self.message = message
        self.detailLines = detailLines
    }

    /// Builds the message from its two wordings (English first, as everywhere);
    /// `details` in English, `chineseDetails` when the lines are worded (not
    /// just names and numbers), else the same lines.
    public init(_ kind: Kind, en english: String, zh chinese: String, details: [String] = [],
                chineseDetails: [String]? = nil) {
        let zh = chineseDetails ?? details
        precondition(zh.count == details.count, "one Chinese detail line per English one")
        self.init(kind, LocalizedText(en: english, zh: chinese), detailLines: zip(details, zh).map { LocalizedText(en: $0, zh: $1) })
    }

    public init(_ kind: Kind, en english: String, zh chinese: String, detailLines: [LocalizedText]) {
        self.init(kind, LocalizedText(en: english, zh: chinese), detailLines: detailLines)
    }

    /// The detail lines in English.
    public var details: [String] { details(in: .en) }

    public func details(in language: Language) -> [String] { detailLines.map { $0.text(in: language) } }

    public var description: String { message.en }

    public static func io(path: String, reason: String) -> TrackerError {
        io(path: path, reason: LocalizedText(en: reason, zh: reason))
    }

    public static func io(path: String, reason: LocalizedText) -> TrackerError {
        TrackerError(.io, en: "cannot use \(path): \(reason.en)", zh: "无法使用 \(path)：\(reason.zh)")
    }
}
