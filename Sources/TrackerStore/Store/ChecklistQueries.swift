internal import SQLiteKit
import TrackerDomain

/// Current checklist standing: per item, the latest recorded outcome and the
/// last date the item was looked at, as of a given date.
enum ChecklistQueries {
    /// Every one of the six items for one household, in display order.
    static func status(of household: Int64, asOf date: CalendarDate?, in connection: Connection) throws -> [ItemStatus] {
        var byItem: [ChecklistItem: ItemStatus] = [:]
        // Latest outcome per item: the newest visit wins, then the newest row
        // (two visits on one day: the later-recorded one).
        try connection.forEach("""
            SELECT item, result, note, visit_date, last_checked FROM (
                SELECT c.item, c.result, c.note, v.visit_date,
                       row_number() OVER (PARTITION BY c.item ORDER BY v.visit_date DESC, v.id DESC) AS rank,
                       max(v.visit_date) OVER (PARTITION BY c.item) AS last_checked
                FROM checklist_results c JOIN visits v ON v.id = c.visit_id
                WHERE v.household_id = :household_id AND (:as_of IS NULL OR v.visit_date <= :as_of)
                  AND c.result <> 'unrecorded' AND v.voided_on IS NULL
            ) WHERE rank = 1
            """, ["household_id": household, "as_of": date?.description]) { row in
            guard let item = ChecklistItem(rawValue: row.text("item")) else { return }
            byItem[item] = ItemStatus(item: item, result: CheckResult(rawValue: row.text("result")),
                                      resultDate: CalendarDate.parse(row.text("visit_date")), note: row.optionalText("note"))
        }
        try connection.forEach("""
            SELECT c.item, max(v.visit_date) AS last_checked FROM checklist_results c JOIN visits v ON v.id = c.visit_id
            WHERE v.household_id = :household_id AND (:as_of IS NULL OR v.visit_date <= :as_of) AND v.voided_on IS NULL
            GROUP BY c.item
            """, ["household_id": household, "as_of": date?.description]) { row in
            guard let item = ChecklistItem(rawValue: row.text("item")) else { return }
            byItem[item, default: ItemStatus(item: item)].lastChecked = CalendarDate.parse(row.text("last_checked"))

        }
        return ChecklistItem.allCases.map { byItem[$0] ?? ItemStatus(item: $0) }
    }
}
