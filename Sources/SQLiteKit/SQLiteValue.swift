import SQLCore

/// SQLite's five storage classes are exactly the values both stores share
/// (`SQLCore.SQLValue`): one type, so nothing converts between two copies.
public typealias SQLiteValue = SQLValue

/// A Swift value that can be bound to a statement parameter.
public typealias SQLiteBindable = SQLBindable
