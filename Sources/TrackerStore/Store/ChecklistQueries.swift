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
                WHERE v.household_id = ?1 AND (?2 IS NULL OR v.visit_date <= ?2) AND c.result <> 'unrecorded'
                  AND v.voided_on IS NULL
            ) WHERE rank = 1
            """, [household, date?.description]) { row in
            guard let item = ChecklistItem(rawValue: row.text(0)) else { return }
            byItem[item] = ItemStatus(item: item, result: CheckResult(rawValue: row.text(1)),
                                      resultDate: CalendarDate.parse(row.text(3)), note: row.optionalText(2))
        }
        try connection.forEach("""
            SELECT c.item, max(v.visit_date) FROM checklist_results c JOIN visits v ON v.id = c.visit_id
            WHERE v.household_id = ?1 AND (?2 IS NULL OR v.visit_date <= ?2) AND v.voided_on IS NULL
            GROUP BY c.item
            """, [household, date?.description]) { row in
            guard let item = ChecklistItem(rawValue: row.text(0)) else { return }
            byItem[item, default: ItemStatus(item: item)].lastChecked = CalendarDate.parse(row.text(1))
        }
        return ChecklistItem.allCases.map { byItem[$0] ?? ItemStatus(item: $0) }
    }
}
