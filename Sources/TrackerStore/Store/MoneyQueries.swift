internal import SQLiteKit
import TrackerDomain

/// Reading incomes (with the line of their year) and measures.
enum MoneyQueries {
    /// Incomes with the line of their year. The national line applies
    /// unless a regional one is configured for that year (the most recently
    /// entered regional line wins).
    private static let incomesWithLines = """
        SELECT i.year, i.wage_fen, i.business_fen, i.property_fen, i.transfer_fen, i.household_size,
               l.year AS line_year, l.region, l.amount_fen, l.approximate, l.note, i.household_id
        FROM incomes i
        LEFT JOIN poverty_lines l ON l.id = (
            SELECT id FROM poverty_lines WHERE year = i.year ORDER BY region = 'national', id DESC LIMIT 1)
        """

    private static func readIncome(_ row: Statement) -> IncomeYear {
        let line = row.isNull("line_year") ? nil : PovertyLine(
            year: row.int("line_year"), region: row.text("region"), amount: Money(fen: row.int64("amount_fen")),
            approximate: row.int("approximate") != 0, note: row.optionalText("note"))
        return IncomeYear(
            year: row.int("year"), wage: Money(fen: row.int64("wage_fen")), business: Money(fen: row.int64("business_fen")),
            property: Money(fen: row.int64("property_fen")), transfer: Money(fen: row.int64("transfer_fen")),
            householdSize: row.int("household_size"), line: line)
    }

    static func incomes(of household: Int64, in connection: Connection) throws -> [IncomeYear] {
        try incomes(household: household, year: nil, in: connection).map(\.income)
    }

    /// Every household's income of `year`, by household id.
    static func incomes(year: Int, in connection: Connection) throws -> [Int64: IncomeYear] {
        var byHousehold: [Int64: IncomeYear] = [:]
        for (household, income) in try incomes(household: nil, year: year, in: connection) { byHousehold[household] = income }
        return byHousehold
    }

    /// Incomes of one household or of all (nil), of one year or of all,
    /// each with its household's id; by household, newest year first.
    static func incomes(household: Int64?, year: Int?, in connection: Connection) throws
        -> [(householdID: Int64, income: IncomeYear)] {
        var incomes: [(householdID: Int64, income: IncomeYear)] = []
        try connection.forEach(incomesWithLines + """
             WHERE (:household_id IS NULL OR i.household_id = :household_id) AND (:year IS NULL OR i.year = :year)
            ORDER BY i.household_id, i.year DESC
            """, ["household_id": household, "year": year]) { row in
            incomes.append((row.int64("household_id"), readIncome(row)))
        }
        return incomes
    }

    /// Measures of one household or of all (nil), of one year or of all;
    /// by household, newest year first.
    static func measures(of household: Int64?, year: Int? = nil, in connection: Connection) throws -> [Measure] {
        var measures: [Measure] = []
        try connection.forEach("""
            SELECT id, household_id, year, kind, note, amount_fen FROM measures
            WHERE (:household_id IS NULL OR household_id = :household_id) AND (:year IS NULL OR year = :year)
            ORDER BY household_id, year DESC, id
            """, ["household_id": household, "year": year]) { row in
            measures.append(Measure(
                id: row.int64("id"), householdID: row.int64("household_id"), year: row.int("year"),
                kind: MeasureKind(rawValue: row.text("kind")) ?? .industry, note: row.text("note"),
                amount: row.optionalInt64("amount_fen").map { Money(fen: $0) }))

        }
        return measures
    }
}
