/// One stored cell as the audit trail recorded it: the domain's own copy
/// of the five kinds of value a database column holds, so that readers of
/// the trail (the CLI) need not know which database stored it.
public enum StoredValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    public var isNull: Bool { if case .null = self { true } else { false } }

    /// The value as text: numbers spelled out, nil for NULL and blobs.
    public var string: String? {
        switch self {
        case .text(let value): value
        case .integer(let value): String(value)
        case .real(let value): String(value)
        default: nil
        }
    }
}
