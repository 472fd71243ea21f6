/// One result row, read out of a statement so it outlives the next step.
public struct Row: Sendable, Hashable {
    public let values: [SQLiteValue]

    public init(values: [SQLiteValue]) { self.values = values }

    public subscript(_ index: Int) -> SQLiteValue { values[index] }
    public var count: Int { values.count }
}
