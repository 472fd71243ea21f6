import TrackerDomain

/// One row `RawDatabase.query` returned, its columns in SELECT order.
package struct RawRow: Sendable, Hashable {
    package let values: [StoredValue]

    package subscript(_ index: Int) -> StoredValue { values[index] }
    package var count: Int { values.count }
}

extension StoredValue {
    /// The value as a whole number: an integer, or a real with no fraction.
    package var int64: Int64? {
        switch self {
        case .integer(let value): value
        case .real(let value) where value.rounded() == value && abs(value) < 9.2e18: Int64(value)
        default: nil
        }
    }

    package var int: Int? { int64.map { Int($0) } }
}
