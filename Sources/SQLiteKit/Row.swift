/// One result row, read out of a statement so it outlives the next step.
///
/// Rows from a query know their column names (shared by every row of the
/// statement), so `row.text("head_name")` reads like the SELECT. Equality
/// compares the values only.
public struct Row: Sendable, Hashable {
    public let values: [SQLiteValue]
    /// The statement's columns by name; nil for a row built by hand.
    public let columns: ColumnIndex?

    public init(values: [SQLiteValue], columns: ColumnIndex? = nil) {
        self.values = values
        self.columns = columns
    }

    public subscript(_ index: Int) -> SQLiteValue { values[index] }
    public var count: Int { values.count }

    /// The value of the column called `name`; an unknown name traps with the SQL.
    public subscript(_ name: String) -> SQLiteValue {
        guard let columns else { preconditionFailure("Row built without column names cannot read column \"\(name)\"") }
        return values[Int(columns.position(of: name))]
    }

    /// The column as text; "" for NULL. Use `optionalText` where NULL matters.
    public func text(_ name: String) -> String { self[name].string ?? "" }
    public func optionalText(_ name: String) -> String? { self[name].string }
    public func int(_ name: String) -> Int { self[name].int ?? 0 }
    public func optionalInt(_ name: String) -> Int? { self[name].int }
    public func int64(_ name: String) -> Int64 { self[name].int64 ?? 0 }
    public func optionalInt64(_ name: String) -> Int64? { self[name].int64 }
    public func double(_ name: String) -> Double { self[name].double ?? 0 }
    public func optionalDouble(_ name: String) -> Double? { self[name].double }
    public func isNull(_ name: String) -> Bool { self[name].isNull }

    public static func == (lhs: Row, rhs: Row) -> Bool { lhs.values == rhs.values }
    public func hash(into hasher: inout Hasher) { hasher.combine(values) }
}
