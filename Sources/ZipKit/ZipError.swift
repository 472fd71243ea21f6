/// Why a ZIP container could not be written or read.
///
/// Spreadsheets arrive by USB stick and e-mail, cut short or damaged, and a
/// hostile one may be a zip bomb: every such file becomes one of these
/// errors, never a crash and never an unbounded allocation.
public enum ZipError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No end-of-central-directory record: not a ZIP file, or cut short.
    case notAZip
    /// A record or an entry's data runs past the end of the file.
    case truncated
    /// A structure that contradicts itself (bad signature, bad sizes, bad CRC).
    case corrupt(String)
    /// A feature this reader does not handle (ZIP64, split archives, a method).
    case unsupported(String)
    /// The entry is encrypted (a password-protected workbook).
    case encrypted(entry: String)
    /// An entry inflates to more than the limit allows (a zip bomb, or simply too big).
    case entryTooLarge(entry: String, limit: Int)
    /// More entries, or more inflated bytes in all, than the limits allow.
    case archiveTooLarge(String)
    /// Writing: the archive would need ZIP64 (an entry or the whole over 4 GiB, or 65,535 entries).
    case tooLargeToWrite

    public var description: String {
        switch self {
        case .notAZip: "not a ZIP file (no end-of-archive record; the file may be cut short)"
        case .truncated: "the file is cut short (data runs past its end)"
        case .corrupt(let detail): "the file is damaged (\(detail))"
        case .unsupported(let feature): "unsupported ZIP feature: \(feature)"
        case .encrypted(let entry): "\(entry) is encrypted (password-protected)"
        case .entryTooLarge(let entry, let limit): "\(entry) inflates to more than \(limit) bytes"
        case .archiveTooLarge(let detail): "the archive is too large (\(detail))"
        case .tooLargeToWrite: "the archive would need ZIP64, which this writer does not produce"
        }
    }
}
