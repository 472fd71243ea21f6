/// The text encodings a roster or report file can be in.
///
/// Offices keep rosters in Excel, and Excel in China saves "CSV" as GB18030
/// (code page 936) by default, or as UTF-8 with a byte order mark when the
/// user picks "CSV UTF-8". We therefore need exactly these three, and no more.
public enum TextEncoding: String, Sendable, Equatable, CaseIterable {
    /// UTF-8 without a byte order mark.
    case utf8
    /// UTF-8 preceded by the byte order mark EF BB BF. Excel needs the mark to
    /// recognise UTF-8; without it Excel guesses the local code page.
    case utf8BOM
    /// GB18030, the Chinese national standard encoding (a superset of GBK /
    /// code page 936), converted through the system's iconv.
    case gb18030

    /// How people name it: "UTF-8", "GB18030".
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8BOM: "UTF-8 (with BOM)"
        case .gb18030: "GB18030"
        }
    }

    /// The UTF-8 byte order mark.
    static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}
