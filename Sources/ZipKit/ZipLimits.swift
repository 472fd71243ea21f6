/// How much a ZIP reader may inflate before it refuses the file.
///
/// A zip bomb is a few kilobytes that inflate to gigabytes. Sizes are checked
/// against these limits before anything is inflated, and inflating never
/// produces more than the entry declared, so memory stays bounded whatever
/// the file says about itself.
public struct ZipLimits: Sendable, Equatable {
    /// The most bytes one entry may inflate to.
    public var maximumEntrySize: Int
    /// The most bytes all entries together may inflate to.
    public var maximumTotalSize: Int
    /// The most entries the central directory may list.
    public var maximumEntries: Int

    public init(maximumEntrySize: Int, maximumTotalSize: Int, maximumEntries: Int) {
        self.maximumEntrySize = maximumEntrySize
        self.maximumTotalSize = maximumTotalSize
        self.maximumEntries = maximumEntries
    }

    /// Enough for a 200,000-person roster sheet (about 120 MB of XML), far
    /// below what would exhaust a county office's PC.
    public static let standard = ZipLimits(
        maximumEntrySize: 128 << 20, maximumTotalSize: 256 << 20, maximumEntries: 10_000)
}
