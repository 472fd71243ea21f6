/// The current row read by column name, whichever engine produced it: an
/// SQLite statement stepping through its rows (no copy) or a PostgreSQL
/// `SQLRecord`. A store's `read(_:)` takes `some SQLColumnReading`, so one
/// function turns a row into a domain value on both.
public protocol SQLColumnReading {
    func text(_ name: String) -> String
    func optionalText(_ name: String) -> String?
    func int(_ name: String) -> Int
    func optionalInt(_ name: String) -> Int?
    func int64(_ name: String) -> Int64
    func optionalInt64(_ name: String) -> Int64?
    func double(_ name: String) -> Double
    func optionalDouble(_ name: String) -> Double?
    func isNull(_ name: String) -> Bool
}

extension SQLRecord: SQLColumnReading {}
