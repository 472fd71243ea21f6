package import SQLCore

extension TrackerDatabase {
    /// The open SQLite connection as the engine-neutral `SQLConnection`
    /// that stores moving to PostgreSQL take (issue 16; docs/postgresql.md).
    package var sqlConnection: any SQLConnection { connection }
}
