internal import SQLiteKit
import TrackerDomain

/// The SQL behind the monthly report: five set-based statements per report,
/// whatever the number of households, each reaching the rows it needs
/// through an index and a date bound.
///
/// Parameters are shared: :first_day the month's first day, :last_day its
/// last day, :town the town and :village the village (NULL: any); each
/// statement is bound with exactly the ones it uses. Dates are `YYYY-MM-DD`
/// text, so comparing them as text compares them as dates.
enum MonthlyReportQueries {
    /// Households in scope with what can be looked up per household by one
    /// index seek: the last visit up to month end (`visits_by_household`,
    /// SQLite's min/max optimisation), items opened in the month
    /// (`rectifications_by_household`) and each checklist item's standing:
    /// its latest result up to month end in `checklist_history`, filed by
    /// household, item and date, so the seek does not grow with the history.
    static let households: String = {
        let checks = ChecklistItem.allCases.map { item in
            // coalesce() evaluates its arguments lazily, so the "looked at
            // without an outcome" probe runs only when no outcome exists.
            """
            coalesce(
                  (SELECT x.result FROM checklist_history x
                   WHERE x.household_id = h.id AND x.item = '\(item.key)' AND x.visit_date <= :last_day AND x.result <> 'unrecorded'
                   ORDER BY x.visit_date DESC, x.visit_id DESC LIMIT 1),
                  (SELECT 'unrecorded' FROM checklist_history x
                   WHERE x.household_id = h.id AND x.item = '\(item.key)' AND x.visit_date <= :last_day LIMIT 1))
                AS check_\(item.key)
            """
        }
        // The household's dated facts as of the month's last day, so a past
        // month's report keeps what held then (see HouseholdFactQueries).
        // A size not given is counted from the members there at month end;
        // one who left in the month still counts in it.
        let value = HouseholdFactQueries.value
        return """
            SELECT h.id, h.code, h.head_name, t.name AS town, v.name AS village, h.attribute, h.status,
                   (SELECT max(lv.visit_date) FROM visits lv
                    WHERE lv.household_id = h.id AND lv.visit_date <= :last_day AND lv.voided_on IS NULL) AS last_visit,
                   (SELECT count(*) FROM rectifications r
                    WHERE r.household_id = h.id AND r.opened_on BETWEEN :first_day AND :last_day AND r.voided_on IS NULL)
                       AS opened,
                   \(checks.joined(separator: ",\n       ")),
                   coalesce(h.size, (SELECT nullif(count(*), 0) FROM members m WHERE m.household_id = h.id
                       AND (m.joined_on IS NULL OR m.joined_on <= :last_day) AND (m.left_on IS NULL OR m.left_on >= :first_day)))
                       AS size
            FROM (SELECT h.id, h.code, h.registered_on, h.closed_on,
                         \(value(.head, "head_name", nil, ":last_day")) AS head_name,
                         \(value(.village, "village_id", nil, ":last_day")) AS village_id,
                         \(value(.attribute, "attribute", "''", ":last_day")) AS attribute,
                         \(value(.status, "status", nil, ":last_day")) AS status,
                         \(value(.size, "size", "0", ":last_day")) AS size
                  FROM households h
                  WHERE \(inMonth)) h
            JOIN places v ON v.id = h.village_id
            JOIN places t ON t.id = v.parent_id
            WHERE \(inScope)
              AND (:among_towns IS NULL OR t.id IN (SELECT value FROM json_each(:among_towns)))
            ORDER BY sort_key(t.name), sort_key(v.name), sort_key(h.head_name), sort_key(h.code), h.id
            """
    }()

    /// Which households a month's report counts: registered by the month's
    /// last day (:last_day) and not closed before its first (:first_day). Shared by
    /// `households` and `householdIDs` (and written out again for one household in
    /// `RectificationTrendQueries.Registration`), so the report and the
    /// 12-month trend count the same households.
    static let inMonth = "(h.registered_on IS NULL OR h.registered_on <= :last_day) AND (h.closed_on IS NULL OR h.closed_on >= :first_day)"

    /// Of those, the ones in the town and village asked for (:town, :village; NULL:
    /// any), by where they lived at month end (`t` and `v`).
    static let inScope = "(:town IS NULL OR t.name = :town) AND (:village IS NULL OR v.name = :village)"

    /// The ids of the households `households` reads, without the per-household
    /// lookups: what the trend needs to drop rows outside the scope. Only
    /// the village is looked up as of month end, as `households` does.
    static let householdIDs = """
        SELECT h.id
        FROM (SELECT h.id,
                     coalesce(\(HouseholdFactQueries.asOf(.village, column: "village_id", day: ":last_day")), h.village_id)
                         AS village_id
              FROM households h
              WHERE \(inMonth)) h
        JOIN places v ON v.id = h.village_id
        JOIN places t ON t.id = v.parent_id
        WHERE \(inScope)
        """

    /// The month's visits, from the index `visits_counted_by_date` alone.
    static let visitsInMonth = """
        SELECT household_id, visit_date FROM visits
        WHERE visit_date BETWEEN :first_day AND :last_day AND voided_on IS NULL
        ORDER BY household_id, visit_date, id
        """

    /// Who was assigned on the last day of the month. `assignments` has no
    /// index on household_id (only the partial `assignments_one_current`,
    /// which cannot answer "as of a date"), so this is one pass over the
    /// table rather than a lookup per household.
    static let officialsAtMonthEnd = """
        SELECT a.household_id, o.name, a.role FROM assignments a JOIN officials o ON o.id = a.official_id
        WHERE (a.start_date IS NULL OR a.start_date <= :last_day) AND (a.end_date IS NULL OR a.end_date >= :last_day)
        ORDER BY a.household_id, a.start_date, a.id
        """

    /// Items closed in the month, from the history (`rectification_events_by_date`):
    /// a reopen clears `closed_on` on the item itself, the event stays.
    static let closedInMonth = """
        SELECT r.household_id, count(DISTINCT e.rectification_id) AS closed
        FROM rectification_events e JOIN rectifications r ON r.id = e.rectification_id
        WHERE e.event_date BETWEEN :first_day AND :last_day AND e.event = 'closed' AND r.voided_on IS NULL
        GROUP BY r.household_id
        """

    /// Each item's state at the end of :last_day, as a common table `states`
    /// (id, household_id, due_date, state): shared by the counts of the
    /// report and the list of overdue items, so the two cannot disagree.
    ///
    /// Only two kinds of item can have been open at month end: those open
    /// now (`rectifications_open_by_due` is partial on status = 'open') and
    /// those closed or reopened after it (`rectification_events_by_date`).
    /// Every other item is closed now and was already closed then. For each
    /// candidate the state at month end is its latest opened/closed/reopened
    /// event up to that day (`rectification_events_by_item`); an item with
    /// no event at all counts as opened on `opened_on`. Voided items count nowhere.
    static let stateAtMonthEnd = """
        WITH candidates AS (
            SELECT id FROM rectifications WHERE status = 'open'
            UNION
            SELECT rectification_id FROM rectification_events
            WHERE event_date > :last_day AND event IN ('closed', 'reopened')
        ),
        states AS (
            SELECT r.id, r.household_id, r.due_date,
                   coalesce(
                       (SELECT e.event FROM rectification_events e
                        WHERE e.rectification_id = r.id AND e.event_date <= :last_day AND e.event <> 'verified'
                        ORDER BY e.event_date DESC, e.id DESC LIMIT 1),
                       CASE WHEN r.opened_on <= :last_day
                            AND NOT EXISTS (SELECT 1 FROM rectification_events e WHERE e.rectification_id = r.id)
                            THEN 'opened' END) AS state
            FROM candidates JOIN rectifications r ON r.id = candidates.id
            WHERE r.voided_on IS NULL
        )

        """

    /// Items open at month end, and how many of them were overdue then (see
    /// `stateAtMonthEnd`). An item due on the last day is not yet overdue,
    /// as in `followup list`.
    static let openAtMonthEnd = stateAtMonthEnd + """
        SELECT household_id, count(*) AS open, count(*) FILTER (WHERE due_date < :last_day) AS overdue
        FROM states WHERE state IN ('opened', 'reopened')
        GROUP BY household_id
        """

    /// The report's rows from the `households` statement alone: each
    /// household in scope with its own columns, no details yet (`details`
    /// adds them). Everything is counted up to `asOf` (the month's last day,
    /// or today in the current month), which stands in for :last_day.
    /// `towns` (ids) narrows the rows to those towns, for a county read in
    /// parts (`CountyParts`); nil reads every town in scope.
    static func households(month: YearMonth, asOf: CalendarDate, scope: HouseholdFilter, towns: [Int64]? = nil,
                           in connection: Connection) throws -> MonthlyReport {
        try checkScope(scope, in: connection)
        var rows: [MonthlyReportRow] = []
        let checkColumns = ChecklistItem.allCases.map { (item: $0, column: "check_\($0.key)") }
        let scoped: [String: any SQLiteBindable] = [
            "first_day": month.firstDay.description, "last_day": asOf.description,
            "town": scope.town, "village": scope.village,
            "among_towns": towns.map { "[" + $0.map(String.init).joined(separator: ",") + "]" },
        ]
        try connection.forEach(households, scoped) { row in

            var line = MonthlyReportRow(
                householdID: row.int64("id"), code: row.optionalText("code"), headName: row.text("head_name"),
                place: PlacePath(town: row.text("town"), village: row.text("village")),
                attribute: row.optionalText("attribute").flatMap(HouseholdAttribute.init(rawValue:)),
                status: HouseholdStatus(rawValue: row.text("status")) ?? .notLifted,
                lastVisit: row.optionalText("last_visit").flatMap(CalendarDate.parse),
                opened: row.int("opened"), size: row.optionalInt("size"))
            // Sized once for every item: grown from empty, each row's
            // dictionary was allocated four times.
            var checks = [ChecklistItem: CheckResult](minimumCapacity: checkColumns.count)
            for (item, column) in checkColumns {
                if let result = row.optionalText(column).flatMap(CheckResult.init(rawValue:)) {
                    checks[item] = result
                }
            }
            line.checks = checks
            rows.append(line)
        }
        return MonthlyReport(month: month, asOf: asOf, scope: scope, rows: rows)
    }

    /// What the report's other statements say per household, for the whole
    /// county: they read one month (or the currently open items), and the
    /// rows outside a report's scope are dropped when they are added to it.
    static func details(month: YearMonth, asOf: CalendarDate, in connection: Connection) throws -> MonthlyReportDetails {
        let monthDays: [String: any SQLiteBindable] = ["first_day": month.firstDay.description, "last_day": asOf.description]
        let monthEnd: [String: any SQLiteBindable] = ["last_day": asOf.description]
        var details = MonthlyReportDetails()
        try connection.forEach(visitsInMonth, monthDays) { row in
            guard let date = CalendarDate.parse(row.text("visit_date")) else { return }
            details.visitDates[row.int64("household_id"), default: []].append(date)
        }
        try connection.forEach(officialsAtMonthEnd, monthEnd) { row in
            guard let role = AssignmentRole(rawValue: row.text("role")) else { return }
            details.officials[row.int64("household_id"), default: []].append(MonthlyReportRow.Official(name: row.text("name"), role: role))
        }
        try connection.forEach(closedInMonth, monthDays) { row in
            details.closed[row.int64("household_id")] = row.int("closed")
        }
        try connection.forEach(openAtMonthEnd, monthEnd) { row in
            details.open[row.int64("household_id")] = (row.int("open"), row.int("overdue"))
        }
        details.lastYearIncomes = try MoneyQueries.incomes(year: month.year - 1, in: connection)
        details.monitoring = try MonitoringReportQueries.months(month: month, asOf: asOf, in: connection)
        return details
    }

    /// Refuses a town or village that does not exist (a typo would
    /// otherwise give an empty report that looks like "no households").
    static func checkScope(_ scope: HouseholdFilter, in connection: Connection) throws {
        if let town = scope.town,
            try connection.scalarInt("SELECT count(*) FROM places WHERE kind = 'town' AND name = :town", ["town": town]) == 0

        {
            throw TrackerError(
                .notFound, en: "no town named \(town); see 'tracker household list' for the places on record",
                zh: "没有名为 \(town) 的乡镇；可用 tracker household list 查看已登记的地点")
        }
        if let village = scope.village,
            try PlaceStore(connection: connection).villageIDs(town: scope.town, village: village).isEmpty
        {
            let inTown = scope.town.map { " in \($0)" } ?? ""
            let inTownZH = scope.town ?? ""
            throw TrackerError(
                .notFound,
                en: "no village named \(village)\(inTown); see 'tracker household list' for the places on record",
                zh: "\(inTownZH)没有名为 \(village) 的村；可用 tracker household list 查看已登记的地点")
        }
    }
}
