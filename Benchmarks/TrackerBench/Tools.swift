#if canImport(Glibc)
    import Glibc
#endif

/// The two programs compared, and how the runner asks them things outside
/// the timed rounds: tracker's output, and rows from sqlite3.
struct Tools {
    let tracker: String
    let sqlite3: String
    /// The folder for scripts and captured output.
    let work: String
    let environment: [String: String]

    /// Rows of a query run by the sqlite3 shell, fields split on tabs (NULL as empty).
    func rows(_ database: String, _ sql: String) throws -> [[String]] {
        let script = work + "/query.sql"
        defer { unlink(script) }
        try Spawn.write(Array((".mode tabs\n" + sql + "\n").utf8), to: script)
        return try Spawn.capture([sqlite3, database], input: script, folder: work)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The one value a query returns.
    func value(_ database: String, _ sql: String) throws -> String {
        try rows(database, sql).first?.first ?? ""
    }

    /// What tracker prints on stdout for `arguments` (after the binary's path).
    func tracker(_ arguments: [String]) throws -> String {
        try Spawn.capture([tracker] + arguments, environment: environment, folder: work)
    }

    /// What the sqlite3 shell prints for a script file.
    func sqlite(_ database: String, script: String) throws -> String {
        try Spawn.capture([sqlite3, database], input: script, folder: work)
    }

    /// Copies a database (and its WAL, if any) byte for byte.
    func copy(database source: String, to target: String) throws {
        Spawn.remove(database: target)
        for suffix in ["", "-wal"] where access(source + suffix, F_OK) == 0 {
            try Spawn.run(["/bin/cp", "--reflink=auto", source + suffix, target + suffix])
        }
    }
}
