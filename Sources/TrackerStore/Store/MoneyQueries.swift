internal import SQLiteKit
import TrackerDomain

/// Reading incomes (with the line of their year) and measures.
enum MoneyQueries {
    /// Incomes with the line of their year. The national line applies
    /// unless a regional one is configured for that year (the most recently
    /// entered regional line wins).
    private static let incomesWithLines = """
        SELECT i.year, i.wage_fen, i.business_fen, i.property_fen, i.transfer_fen, i.household_size,
               l.id AS line_id, l.year AS line_year, l.region, l.amount_fen, l.approximate, l.note, i.household_id
        FROM incomes i
        LEFT JOIN poverty_lines l ON l.id = (
            SELECT id FROM poverty_lines WHERE year = i.year ORDER BY region = 'national', id DESC LIMIT 1)
        """

    /// `lines` keeps each poverty line read so far by id: a county's incomes
    /// share a handful of lines, and reading each line's texts again for
    /// every household made the report's incomes a tenth of its time.
    private static func readIncome(_ row: Statement, lines: inout [Int64: PovertyLine]) -> IncomeYear {
        var line: PovertyLine?
        if !row.isNull("line_id") {
            let id = row.int64("line_id")
            line = lines[id] ?? PovertyLine(
                year: row.int("line_year"), region: row.text("region"), amount: Money(fen: row.int64("amount_fen")),
                approximate: row.int("approximate") != 0, note: row.optionalText("note"))
            lines[id] = line
        }
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
        let (sql, values) = incomesQuery(household: household, year: year)
        var lines: [Int64: PovertyLine] = [:]
        try connection.forEach(sql, values.mapValues { $0 as any SQLiteBindable }) { row in
            incomes.append((row.int64("household_id"), readIncome(row, lines: &lines)))
        }
        return incomes
    }

    /// Measures of one household or of all (nil), of one year or of all;
    /// by household, newest year first.
    static func measures(of household: Int64?, year: Int? = nil, in connection: Connection) throws -> [Measure] {
        var measures: [Measure] = []
        let (sql, values) = measuresQuery(household: household, year: year)
        try connection.forEach(sql, values.mapValues { $0 as any SQLiteBindable }) { row in
            measures.append(Measure(
                id: row.int64("id"), householdID: row.int64("household_id"), year: row.int("year"),
                kind: MeasureKind(rawValue: row.text("kind")) ?? .industry, note: row.text("note"),
                amount: row.optionalInt64("amount_fen").map { Money(fen: $0) }))

        }
        return measures
    }

    /// The conditions for the filters given, and their values. A filter
    /// written `(?1 IS NULL OR household_id = ?1)` can use no index, so
    /// adding one household's income read every household's (quadratic in
    /// a county build); a filter not given is left out of the SQL instead.
    static func filter(household: Int64?, year: Int?, table: String) -> (String, [String: Int64]) {
        var conditions: [String] = []
        var values: [String: Int64] = [:]
        if let household {
            values["household_id"] = household
            conditions.append("\(table)household_id = :household_id")
        }
        if let year {
            values["year"] = Int64(year)
            conditions.append("\(table)year = :year")
        }
        return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), values)
    }

    /// The incomes statement for these filters, and its values.
    static func incomesQuery(household: Int64?, year: Int?) -> (String, [String: Int64]) {
        let (condition, values) = filter(household: household, year: year, table: "i.")
        return (incomesWithLines + " WHERE \(condition) ORDER BY i.household_id, i.year DESC", values)
    }

    /// The measures statement for these filters, and its values.
    static func measuresQuery(household: Int64?, year: Int?) -> (String, [String: Int64]) {
        let (condition, values) = filter(household: household, year: year, table: "")
        return ("""
            SELECT id, household_id, year, kind, note, amount_fen FROM measures
            WHERE \(condition)
            ORDER BY household_id, year DESC, id
            """, values)
    }
}
