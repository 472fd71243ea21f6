internal import SQLiteKit
import TrackerDomain

extension StoredValue {
    /// The domain's copy of a value SQLite returned.
    init(_ value: SQLiteValue) {
        switch value {
        case .null: self = .null
        case .integer(let number): self = .integer(number)
        case .real(let number): self = .real(number)
        case .text(let text): self = .text(text)
        case .blob(let bytes): self = .blob(bytes)
        }
    }
}
