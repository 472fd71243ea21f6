internal import SQLiteKit
import TrackerDomain

/// Per-person yearly poverty lines: data, because they change by year and,
/// from 2021, by province.
public struct PovertyLineStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// Sets the line of `year` for `region` ("national" or a province),
    /// replacing the one recorded (an audited UPDATE; identical values write nothing).
    public func set(year: Int, amount: Money, region: String = "national", approximate: Bool = false,
                    note: String? = nil) throws(TrackerError) -> PovertyLine {
        try MoneyRules.checkYear(year)
        guard amount.fen > 0 else {
            throw TrackerError(.invalidInput, en: "the line must be more than zero (got \(amount))",
                               zh: "贫困线须大于零（输入为 \(amount)）")
        }
        try MoneyRules.checkAmount(amount, option: "the line", limit: MoneyRules.maximumLine)
        guard !TextRules.canonical(region).isEmpty else {
            throw TrackerError(.invalidInput, en: "--region must be 'national' or a province's name",
                               zh: "--region 须为 national 或省份名称")
        }
        let region = try TextRules.line(region, field: "--region", limit: 50)
        let note = try TextRules.optionalNote(note, field: "--note")
        let line = PovertyLine(year: year, region: region, amount: amount, approximate: approximate, note: note)
        return try database.write { connection in
            if try Self.lines(in: connection).contains(line) { return line }
            try connection.run("""
                INSERT INTO poverty_lines (year, region, amount_fen, approximate, note)
                VALUES (:year, :region, :amount_fen, :approximate, :note)
                ON CONFLICT (year, region) DO UPDATE SET amount_fen = :amount_fen, approximate = :approximate, note = :note
                """, ["year": year, "region": region, "amount_fen": amount.fen, "approximate": approximate, "note": note])
            return line
        }
    }

    /// Every line, by year, the national one first within a year.
    public func list() throws(TrackerError) -> [PovertyLine] {
        try database.read { connection in try Self.lines(in: connection) }
    }

    static func lines(in connection: Connection) throws -> [PovertyLine] {
        var lines: [PovertyLine] = []
        try connection.forEach("""
            SELECT year, region, amount_fen, approximate, note FROM poverty_lines
            ORDER BY year, region <> 'national', region
            """) { row in
            lines.append(PovertyLine(year: row.int("year"), region: row.text("region"),
                                     amount: Money(fen: row.int64("amount_fen")),
                                     approximate: row.int("approximate") != 0, note: row.optionalText("note")))

        }
        return lines
    }
}
