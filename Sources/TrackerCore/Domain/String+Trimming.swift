extension String {
    /// The string without leading and trailing whitespace, full-width spaces
    /// (U+3000) and line breaks included.
    ///
    /// Foundation's `trimmingCharacters(in:)` is not available here: the
    /// domain avoids importing Foundation to keep the tool's start-up fast.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
