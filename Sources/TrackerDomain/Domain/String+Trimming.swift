extension String {
    /// The string without leading and trailing whitespace, full-width spaces
    /// (U+3000) and line breaks included.
    ///
    /// Foundation's `trimmingCharacters(in:)` is not available here: the
    /// domain avoids importing Foundation to keep the tool's start-up fast.
    package func trimmingWhitespace() -> String {
        // Fast path, the common case in rosters: starts and ends with a
        // visible ASCII character, so there is nothing to trim.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return self
        }
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
