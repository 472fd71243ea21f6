import TrackerDomain

/// Where the database is: an SQLite file (the default) or a PostgreSQL
/// server (issue 16).
public enum DatabaseTarget: Sendable, Equatable {
    case file(path: String)
    /// `conninfo` goes to libpq as it is ("" when the PG* variables or the
    /// service file say everything); `shown` names the server in messages,
    /// with any password masked.
    case postgresql(conninfo: String, shown: String)
}

extension DatabaseLocation {
    /// Where the database is.
    ///
    /// `--db` wins, then `TRACKER_DB`: a `postgresql://` or `postgres://`
    /// URL selects PostgreSQL (libpq fills in what it leaves out from the
    /// usual PG* variables, the service file and ~/.pgpass), anything else
    /// is a file path. Without either, PGSERVICE or PGDATABASE in the
    /// environment select PostgreSQL as libpq's variables describe it;
    /// otherwise the SQLite file in the XDG data folder (`resolve`).
    /// A malformed URL is refused (exit 65) naming the fix, never its password.
    public static func target(explicit: String?, environment: [String: String]) throws(TrackerError) -> DatabaseTarget? {
        if let explicit, !explicit.isEmpty { return try target(explicit, source: "--db") }
        if let fromEnvironment = environment["TRACKER_DB"], !fromEnvironment.isEmpty {
            return try target(fromEnvironment, source: "TRACKER_DB")
        }
        for variable in ["PGSERVICE", "PGDATABASE"] {
            if let value = environment[variable], !value.isEmpty {
                return .postgresql(conninfo: "", shown: "\(variable)=\(value)")
            }
        }
        return resolve(explicit: nil, environment: environment).map { .file(path: $0) }
    }

    private static func target(_ text: String, source: String) throws(TrackerError) -> DatabaseTarget {
        guard PostgresURL.looksLikeOne(text) else { return .file(path: text) }
        let shown = try PostgresURL.checked(text, source: source)
        return .postgresql(conninfo: text, shown: shown)
    }
}
