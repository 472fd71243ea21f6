/// One result row, typed by its columns' types and readable by column name:
/// `row.text("head_name")` reads like the SELECT. Equality compares values.
public struct PostgresRow: Sendable, Hashable {
    public let values: [PostgresValue]
    public let columns: PostgresColumns

    public init(values: [PostgresValue], columns: PostgresColumns) {
        self.values = values
        self.columns = columns
    }

    public subscript(_ index: Int) -> PostgresValue { values[index] }
    public var count: Int { values.count }

    /// The value of the column called `name`; an unknown name traps with the SQL.
    public subscript(_ name: String) -> PostgresValue { values[columns.position(of: name)] }

    /// The column as text; "" for NULL. Use `optionalText` where NULL matters.
    public func text(_ name: String) -> String { self[name].string ?? "" }
    public func optionalText(_ name: String) -> String? { self[name].string }
    public func int(_ name: String) -> Int { self[name].int ?? 0 }
    public func optionalInt(_ name: String) -> Int? { self[name].int }
    public func int64(_ name: String) -> Int64 { self[name].int64 ?? 0 }
    public func optionalInt64(_ name: String) -> Int64? { self[name].int64 }
    public func double(_ name: String) -> Double { self[name].double ?? 0 }
    public func optionalDouble(_ name: String) -> Double? { self[name].double }
    public func bool(_ name: String) -> Bool { self[name].bool ?? false }
    public func optionalBool(_ name: String) -> Bool? { self[name].bool }
    /// The column's bytes; [] for NULL.
    public func bytes(_ name: String) -> [UInt8] { self[name].bytes ?? [] }
    public func isNull(_ name: String) -> Bool { self[name].isNull }

    public static func == (lhs: PostgresRow, rhs: PostgresRow) -> Bool { lhs.values == rhs.values }
    public func hash(into hasher: inout Hasher) { hasher.combine(values) }
}
