internal import SQLiteKit
import TrackerDomain

/// Configuration kept in the database (`settings`, key → text), so every
/// user of one database works to the same rules.
public struct SettingsStore {
    let database: TrackerDatabase

    /// The key of the visit interval (text as `VisitInterval.description` writes it).
    public static let visitIntervalKey = "visit_interval"

    public init(_ database: TrackerDatabase) { self.database = database }

    /// The configured visit interval, `VisitInterval.standard` when none is set.
    public func visitInterval() throws(TrackerError) -> VisitInterval {
        try database.read { connection in try Self.visitInterval(in: connection) }
    }

    /// Stores the visit interval; setting the value already stored writes nothing.
    public func setVisitInterval(_ interval: VisitInterval) throws(TrackerError) {
        try database.write { connection in
            try Self.setValue(interval.description, for: Self.visitIntervalKey, in: connection)
        }
    }

    /// The province or county this database's households are in, whose
    /// monitoring threshold applies when their county has none; nil when unset.
    public func monitoringRegion() throws(TrackerError) -> String? {
        try database.read { connection in try Self.value(for: ThresholdStore.regionKey, in: connection) }
    }

    /// Stores the monitoring region; the value already stored writes nothing.
    public func setMonitoringRegion(_ region: String) throws(TrackerError) {
        guard !TextRules.canonical(region).isEmpty else {
            throw TrackerError(.invalidInput, en: "region must name a province or county, e.g. 云南省",
                               zh: "region 须为省或县的名称，如 云南省")
        }
        let region = try TextRules.line(region, field: "region", limit: 50)
        try database.write { connection in try Self.setValue(region, for: ThresholdStore.regionKey, in: connection) }
    }

    static func visitInterval(in connection: Connection) throws -> VisitInterval {
        guard let text = try value(for: visitIntervalKey, in: connection) else { return .standard }
        do {
            return try VisitInterval(text)
        } catch {
            // Only an edit outside the tool can store a bad value; say how to replace it.
            throw TrackerError(.invalidInput,
                en: "the stored visit interval '\(text)' is not understood; set it again to one of: \(VisitInterval.acceptedForms.en)",
                zh: "数据库中保存的走访频次“\(text)”无法识别；请重新设置为以下之一：\(VisitInterval.acceptedForms.zh)")
        }
    }

    static func value(for key: String, in connection: Connection) throws -> String? {
        try connection.scalarText("SELECT value FROM settings WHERE key = :key", ["key": key])
    }

    static func setValue(_ value: String, for key: String, in connection: Connection) throws {
        if try Self.value(for: key, in: connection) == value { return }
        try connection.run("""
            INSERT INTO settings (key, value) VALUES (:key, :value) ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """, ["key": key, "value": value])

    }
}
