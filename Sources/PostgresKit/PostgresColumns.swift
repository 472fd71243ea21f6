import SQLCore

/// The result columns of one query by name: SQLCore's, shared with the
/// engine-neutral `SQLRecord`.
public typealias PostgresColumns = SQLColumnNames
