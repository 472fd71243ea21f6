extension Array where Element == UInt8 {
    /// Whether these bytes are exactly `bytes` (SQLite's own buffer, read in
    /// place): the column-name table and the sort-key cache compare this
    /// way for every row, without making a String or an Array of the buffer.
    func holdsTheSameBytes(as bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == bytes.count else { return false }
        return withUnsafeBufferPointer { stored in
            var index = 0
            while index < bytes.count {
                guard stored[index] == bytes[index] else { return false }
                index += 1
            }
            return true
        }
    }
}
