internal import SQLiteKit
import TrackerDomain

/// Yearly household income (工资性, 生产经营性, 财产性, 转移性).
///
/// One row per household and year. Adding a year that is already recorded
/// replaces it as a whole (components not given become zero): rosters and
/// forms are re-entered when corrected, and refusing would only make the user
/// delete first. The replacement is an UPDATE, so the audit log keeps the
/// old values; identical values write nothing.
public struct IncomeStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// Records `household`'s income for `year`, replacing any row of that year.
    ///
    /// `size` defaults to the household's recorded size, else its number of
    /// members; with neither, the call is refused asking for `--size`. At
    /// least one component must be given; business may be negative (a loss).
    public func add(household: Household, year: Int, wage: Money? = nil, business: Money? = nil,
                    property: Money? = nil, transfer: Money? = nil, size: Int? = nil)
        throws(TrackerError) -> IncomeChange {
        try MoneyRules.checkYear(year)
        guard wage != nil || business != nil || property != nil || transfer != nil else {
            throw TrackerError(.invalidInput, en: "give at least one of --wage, --business, --property, --transfer",
                               zh: "请至少给出 --wage、--business、--property、--transfer 之一")
        }
        try MoneyRules.checkAmount(wage ?? .zero, option: "--wage")
        try MoneyRules.checkAmount(business ?? .zero, option: "--business", mayBeNegative: true)
        try MoneyRules.checkAmount(property ?? .zero, option: "--property")
        try MoneyRules.checkAmount(transfer ?? .zero, option: "--transfer")
        if let size, !(1...99).contains(size) {
            throw TrackerError(.invalidInput, en: "--size must be between 1 and 99 (got \(size))",
                               zh: "--size 须在 1 到 99 之间（输入为 \(size)）")
        }
        return try database.write { connection in
            let people: Int
            if let size {
                people = size
            } else if let recorded = try connection.scalarInt("SELECT size FROM households WHERE id = :id",
                                                              ["id": household.id]) {
                people = recorded
            } else if let counted = try connection.scalarInt(
                "SELECT count(*) FROM members WHERE household_id = :household_id AND left_on IS NULL",
                ["household_id": household.id]),
                (1...99).contains(counted) {
                people = counted
            } else {
                throw TrackerError(.refused,
                    en: "\(household.label) has no recorded size and no members; give --size for the per-capita income",
                    zh: "\(household.label(in: .zh)) 未登记人口数也没有成员；请用 --size 给出家庭人口以计算人均收入")
            }
            let previous = try MoneyQueries.incomes(of: household.id, in: connection).first { $0.year == year }
            let values: [String: any SQLiteBindable] = [
                "household_id": household.id, "year": year, "wage_fen": (wage ?? .zero).fen,
                "business_fen": (business ?? .zero).fen, "property_fen": (property ?? .zero).fen,
                "transfer_fen": (transfer ?? .zero).fen, "household_size": people,
            ]
            let unchanged = previous.map {
                $0.wage == (wage ?? .zero) && $0.business == (business ?? .zero) && $0.property == (property ?? .zero)
                    && $0.transfer == (transfer ?? .zero) && $0.householdSize == people
            } ?? false
            if !unchanged {
                // UNIQUE (household_id, year): the upsert turns a second add
                // into an UPDATE, which the audit trigger records with old values.
                try connection.run("""
                    INSERT INTO incomes (household_id, year, wage_fen, business_fen, property_fen, transfer_fen, household_size)
                    VALUES (:household_id, :year, :wage_fen, :business_fen, :property_fen, :transfer_fen, :household_size)
                    ON CONFLICT (household_id, year) DO UPDATE SET
                        wage_fen = :wage_fen, business_fen = :business_fen, property_fen = :property_fen,
                        transfer_fen = :transfer_fen, household_size = :household_size

                    """, values)
            }
            let stored = try MoneyQueries.incomes(of: household.id, in: connection).first { $0.year == year }!
            return IncomeChange(income: stored, replaced: previous, changed: !unchanged)
        }
    }

    /// The household's incomes, newest year first, each with its year's line.
    public func list(of household: Household) throws(TrackerError) -> [IncomeYear] {
        try database.read { connection in try MoneyQueries.incomes(of: household.id, in: connection) }
    }

    /// Incomes of every household (or of `year` only), each with its
    /// household's id and its year's line; by household, newest year first.
    public func list(year: Int?) throws(TrackerError) -> [(householdID: Int64, income: IncomeYear)] {
        try database.read { connection in try MoneyQueries.incomes(household: nil, year: year, in: connection) }
    }
}
