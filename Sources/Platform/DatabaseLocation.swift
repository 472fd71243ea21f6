/// Where the database lives when the user does not say.
public enum DatabaseLocation {
    /// `--db` wins, then `TRACKER_DB`, then `$XDG_DATA_HOME/tracker/tracker.db`,
    /// then `~/.local/share/tracker/tracker.db` (the XDG default).
    public static func resolve(explicit: String?, environment: [String: String]) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["TRACKER_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return dataHome + "/tracker/tracker.db"
        }
        if let home = environment["HOME"], !home.isEmpty {
            return home + "/.local/share/tracker/tracker.db"
        }
        return nil
    }
}
