import Bilingual
internal import SQLiteKit
import TrackerDomain

/// 监测范围 by year and region: data, set locally each year.
///
/// A household's threshold for a year is its county's, else that of the
/// region the database is set to (`config set region`), else the national
/// one; a year without any uses the latest year before it.
public struct ThresholdStore {
    let database: TrackerDatabase

    /// The settings key naming the province or county of this database's households.
    public static let regionKey = "monitoring_region"
    public static let national = "national"

    public init(_ database: TrackerDatabase) { self.database = database }

    /// Sets the threshold of `year` for `region`, replacing one recorded
    /// (an example becomes a local figure); identical values write nothing.
    public func set(year: Int, region: String, amount: Money, note: String?) throws(TrackerError) -> MonitoringThreshold {
        guard (2000...2100).contains(year) else {
            throw TrackerError(.invalidInput, en: "--year must be from 2000 to 2100 (got \(year))",
                               zh: "--year 须在 2000 到 2100 之间（输入为 \(year)）")
        }
        guard amount.fen > 0 else {
            throw TrackerError(.invalidInput, en: "the threshold must be more than zero (got \(amount))",
                               zh: "监测范围须大于零（输入为 \(amount)）")
        }
        try MoneyRules.checkAmount(amount, option: "the threshold", limit: MoneyRules.maximumLine)
        guard !TextRules.canonical(region).isEmpty else {
            throw TrackerError(.invalidInput, en: "--region must be 'national' or a province's or county's name",
                               zh: "--region 须为 national 或省、县名称")
        }
        let region = try TextRules.line(region, field: "--region", limit: 50)
        let note = try TextRules.optionalNote(note, field: "--note")
        let threshold = MonitoringThreshold(year: year, region: region, amount: amount, example: false, note: note)
        return try database.write { connection in
            if try Self.thresholds(in: connection).contains(threshold) { return threshold }
            try connection.run("""
                INSERT INTO monitoring_thresholds (year, region, amount_fen, example, note)
                VALUES (:year, :region, :amount_fen, 0, :note)
                ON CONFLICT (year, region) DO UPDATE SET amount_fen = :amount_fen, example = 0, note = :note
                """, ["year": year, "region": region, "amount_fen": amount.fen, "note": note])
            return threshold
        }
    }

    /// Every threshold, by year, the national one first within a year.
    public func list() throws(TrackerError) -> [MonitoringThreshold] {
        try database.read { connection in try Self.thresholds(in: connection) }
    }

    static func thresholds(in connection: Connection) throws -> [MonitoringThreshold] {
        var thresholds: [MonitoringThreshold] = []
        try connection.forEach("""
            SELECT year, region, amount_fen, example, note FROM monitoring_thresholds
            ORDER BY year, region <> 'national', region
            """) { row in
            thresholds.append(MonitoringThreshold(year: row.int("year"), region: row.text("region"),
                                                  amount: Money(fen: row.int64("amount_fen")),
                                                  example: row.int("example") != 0, note: row.optionalText("note")))
        }
        return thresholds
    }

    /// The threshold that applies to a household in `year`.
    static func threshold(for household: Int64, year: Int, in connection: Connection) throws -> MonitoringThreshold? {
        let rows = try connection.query("""
            SELECT t.year, t.region, t.amount_fen, t.example, t.note FROM monitoring_thresholds t
            WHERE t.year <= :year AND t.region IN (
                (SELECT c.name FROM households h JOIN places v ON v.id = h.village_id JOIN places tw ON tw.id = v.parent_id
                 JOIN places c ON c.id = tw.parent_id WHERE h.id = :household_id),
                (SELECT value FROM settings WHERE key = '\(regionKey)'), 'national')
            ORDER BY t.year DESC,
                CASE t.region WHEN 'national' THEN 2
                    WHEN (SELECT value FROM settings WHERE key = '\(regionKey)') THEN 1 ELSE 0 END
            LIMIT 1
            """, ["household_id": household, "year": year])
        guard let row = rows.first else { return nil }
        return MonitoringThreshold(year: row["year"].int!, region: row["region"].string!,
                                   amount: Money(fen: row["amount_fen"].int64!),
                                   example: row["example"].int == 1, note: row.optionalText("note"))
    }
}
