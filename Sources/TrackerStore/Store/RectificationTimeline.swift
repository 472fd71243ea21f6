internal import SQLiteKit
import TrackerDomain

/// The history of the rectification items that can have been open at any
/// of several month ends, read once, so the trend's "open" and "overdue"
/// at twelve month ends cost one pass over the items instead of twelve runs
/// of `MonthlyReportQueries.openAtMonthEnd` (each of which looks up every
/// item closed since its month: most of a county's items for a year ago).
///
/// The state at a day follows the report's rule (`stateAtMonthEnd`): the
/// latest opened/closed/reopened event up to that day, later id first on
/// one day; an item without any event counts as opened on `opened_on`;
/// voided items count nowhere. `MonthAtAGlanceTests` holds each month's
/// figures to the summary's.
struct RectificationTimeline {
    struct Item {
        let householdID: Int64
        let openedOn: String
        let dueDate: String
        /// Opened/closed/reopened, oldest first (`verified` left out).
        var events: [(date: String, event: String)] = []
        /// Whether the item has any event at all, `verified` included.
        var hasEvents = false

        /// Open at the end of `day` (YYYY-MM-DD compares as text).
        func isOpen(on day: String) -> Bool {
            guard hasEvents else { return openedOn <= day }
            guard let latest = events.last(where: { $0.date <= day }) else { return false }
            return latest.event == "opened" || latest.event == "reopened"
        }
    }

    /// Items open now or closed or reopened after :earliest (the earliest day
    /// asked about): no other item was open on that day or later.
    static let statement = """
        SELECT r.id, r.household_id, r.opened_on, r.due_date, e.event, e.event_date
        FROM rectifications r
        LEFT JOIN rectification_events e ON e.rectification_id = r.id
        WHERE r.voided_on IS NULL AND r.id IN (
            SELECT id FROM rectifications WHERE status = 'open'
            UNION
            SELECT rectification_id FROM rectification_events
            WHERE event_date > :earliest AND event IN ('closed', 'reopened'))
        ORDER BY r.id, e.event_date, e.id
        """

    var items: [Item] = []

    /// The items that can have been open on `earliest` or any later day.
    init(from earliest: CalendarDate, in connection: Connection) throws {
        var lastID: Int64?
        try connection.forEach(Self.statement, ["earliest": earliest.description]) { row in
            let id = row.int64("id")
            if id != lastID {
                items.append(Item(householdID: row.int64("household_id"), openedOn: row.text("opened_on"),
                                  dueDate: row.text("due_date")))
                lastID = id
            }
            guard let event = row.optionalText("event"), let date = row.optionalText("event_date") else { return }

            items[items.count - 1].hasEvents = true
            if event != "verified" { items[items.count - 1].events.append((date, event)) }
        }
    }

    /// Items open at the end of `day` and, of those, past their deadline
    /// then (an item due that day is not yet overdue), over `counted` households.
    func openAndOverdue(on day: CalendarDate, counted: Set<Int64>) -> (open: Int, overdue: Int) {
        let text = day.description
        var open = 0
        var overdue = 0
        for item in items where counted.contains(item.householdID) && item.isOpen(on: text) {
            open += 1
            if item.dueDate < text { overdue += 1 }
        }
        return (open, overdue)
    }
}
