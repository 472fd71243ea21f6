internal import SQLiteKit
import TrackerDomain

/// Assistance measures (帮扶措施) a household received, by year.
public struct MeasureStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// Records a measure. Several of one kind in a year are normal (two
    /// 公益岗位 jobs), so nothing is merged; `note` says what it was.
    public func add(household: Household, year: Int, kind: MeasureKind, note: String, amount: Money? = nil)
        throws(TrackerError) -> Measure {
        let note = try Self.checked(year: year, note: note, amount: amount)
        return try database.write { connection in
            try Self.insert(household: household.id, year: year, kind: kind, note: note, amount: amount, in: connection)
        }
    }

    /// The note as stored, once year, note and amount pass their rules.
    static func checked(year: Int, note: String, amount: Money?) throws(TrackerError) -> String {
        try MoneyRules.checkYear(year)
        guard !TextRules.canonical(note).isEmpty else {
            throw TrackerError(.invalidInput, en: "--note must say what the measure was (e.g. 扶贫车间 job, 3 months)",
                               zh: "--note 须说明帮扶内容（如 扶贫车间务工 3 个月）")
        }
        if let amount { try MoneyRules.checkAmount(amount, option: "--amount") }
        return try TextRules.note(note, field: "--note")
    }

    /// Inserts a checked measure inside the caller's transaction (a monitoring
    /// case ties it to a risk in the same one).
    static func insert(household: Int64, year: Int, kind: MeasureKind, note: String, amount: Money?,
                       in connection: Connection) throws -> Measure {
        try connection.run("""
            INSERT INTO measures (household_id, year, kind, note, amount_fen)
            VALUES (:household_id, :year, :kind, :note, :amount_fen)
            """, ["household_id": household, "year": year, "kind": kind.key, "note": note, "amount_fen": amount?.fen])
        return Measure(id: connection.lastInsertRowID, householdID: household, year: year, kind: kind,
                       note: note, amount: amount)
    }

    /// The household's measures (every household's when nil), newest year
    /// first; only `year`'s when given.
    public func list(of household: Household?, year: Int? = nil) throws(TrackerError) -> [Measure] {
        try database.read { connection in try MoneyQueries.measures(of: household?.id, year: year, in: connection) }
    }
}
