internal import SQLiteKit
import TrackerDomain

/// The end of a case: the household leaves the monthly reports after the
/// month it closed in, and stays on record and searchable.
extension HouseholdStore {
    /// Refused: a household already closed, a date after `today`, before its
    /// registration or before its latest visit.
    public func close(_ household: Household, reason: HouseholdCloseReason, on date: CalendarDate, note: String?,
                      today: CalendarDate) throws(TrackerError) -> Household {
        if let closed = household.closedOn {
            throw TrackerError(.refused, en: "\(household.label) was already closed on \(closed)",
                               zh: "\(household.label(in: .zh)) 已于 \(closed) 销户")
        }
        if today < date {
            throw TrackerError(.invalidInput, en: "--date \(date) is after today (\(today)); close a case once it has ended",
                               zh: "--date \(date) 晚于今天（\(today)）；请在销户后再登记")
        }
        if let registered = household.registeredOn, date < registered {
            throw TrackerError(.invalidInput, en: "--date \(date) is before \(household.label) was registered (\(registered))",
                               zh: "--date \(date) 早于 \(household.label(in: .zh)) 的建档日期（\(registered)）")
        }
        // The stable key, so the log's JSON is the same in every language; it shows the label.
        let why = reason.key + (try TextRules.optionalNote(note, field: "--note").map { ": " + $0 } ?? "")
        return try database.write(reason: why) { connection in
            if let last = try connection.scalarText(
                "SELECT max(visit_date) FROM visits WHERE household_id = :household_id AND voided_on IS NULL",
                ["household_id": household.id]),
                date.description < last
            {
                throw TrackerError(.invalidInput,
                    en: "--date \(date) is before the household's last visit (\(last)); a case closes after its last visit",
                    zh: "--date \(date) 早于该户最近一次走访（\(last)）；销户日期不能早于最后一次走访")
            }
            try connection.run("UPDATE households SET closed_on = :closed_on, close_reason = :close_reason WHERE id = :id",
                               ["closed_on": date.description, "close_reason": reason.key, "id": household.id])

            return try Self.household(id: household.id, in: connection)
        }
    }
}
