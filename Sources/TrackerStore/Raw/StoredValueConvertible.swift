internal import SQLiteKit
import TrackerDomain

/// A Swift value `RawDatabase` can bind to a statement parameter.
package protocol StoredValueConvertible: Sendable {
    var storedValue: StoredValue { get }
}

extension StoredValueConvertible {
    var sqlValue: SQLiteValue {
        switch storedValue {
        case .null: .null
        case .integer(let number): .integer(number)
        case .real(let number): .real(number)
        case .text(let text): .text(text)
        case .blob(let bytes): .blob(bytes)
        }
    }
}

extension StoredValue: StoredValueConvertible {
    package var storedValue: StoredValue { self }
}

extension Int: StoredValueConvertible {
    package var storedValue: StoredValue { .integer(Int64(self)) }
}

extension Int64: StoredValueConvertible {
    package var storedValue: StoredValue { .integer(self) }
}

extension Double: StoredValueConvertible {
    package var storedValue: StoredValue { .real(self) }
}

extension String: StoredValueConvertible {
    package var storedValue: StoredValue { .text(self) }
}

extension Array: StoredValueConvertible where Element == UInt8 {
    package var storedValue: StoredValue { .blob(self) }
}

extension Optional: StoredValueConvertible where Wrapped: StoredValueConvertible {
    package var storedValue: StoredValue { self?.storedValue ?? .null }
}
