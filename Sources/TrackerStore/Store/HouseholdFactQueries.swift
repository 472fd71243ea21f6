internal import SQLiteKit
import TrackerDomain

/// Dated household facts (`household_facts`): reading a household's history,
/// recording a fact, and keeping the households columns at today's facts.
enum HouseholdFactQueries {
    /// The latest fact of `kind` on or before a day (`:day`), for the household
    /// `h.id`: the later start wins, then the later record. A NULL start
    /// (since the record began) sorts before every date.
    static func asOf(_ kind: HouseholdFactKind, column: String, day: String = ":day") -> String {
        asOf(kind, expression: "f.\(column)", day: day)
    }

    /// As `asOf(_:column:day:)`, for an expression over the fact `f`.
    static func asOf(_ kind: HouseholdFactKind, expression: String, day: String = ":day") -> String {
        """
        (SELECT \(expression) FROM household_facts f
         WHERE f.household_id = h.id AND f.fact = '\(kind.key)' AND (f.valid_from IS NULL OR f.valid_from <= \(day))
         ORDER BY f.valid_from DESC, f.id DESC LIMIT 1)
        """
    }

    /// The value of `column` (of households and of its facts) on a day. A
    /// kind that never changed has no fact and reads the households column;
    /// once it changed, its first fact holds the value it had before. A
    /// fact that says "unknown" (NULL) is told apart from "no fact" by
    /// `sentinel`, a value the column never holds.
    static func value(_ kind: HouseholdFactKind, column: String, sentinel: String? = nil, day: String = ":day") -> String {
        guard let sentinel else { return "coalesce(\(asOf(kind, column: column, day: day)), h.\(column))" }
        let fact = asOf(kind, expression: "coalesce(f.\(column), \(sentinel))", day: day)
        return "nullif(coalesce(\(fact), h.\(column), \(sentinel)), \(sentinel))"
    }

    /// Records, before the first dated fact of `kind`, the value the
    /// household has had since its record began (its households column).
    static func ensureInitial(_ kind: HouseholdFactKind, household: Int64, in connection: Connection) throws {
        let columns: (fact: String, select: String) =
            switch kind {
            case .status: ("status, lifted_year, monitoring_kind", "status, lifted_year, monitoring_kind")
            case .attribute: ("attribute", "attribute")
            case .village: ("village_id", "village_id")
            case .size: ("size", "size")
            case .head:
                ("head_name, head_member_id",
                 "head_name, (SELECT m.id FROM members m WHERE m.household_id = households.id AND m.relation = 'head' AND m.left_on IS NULL)")
            }
        try connection.run("""
            INSERT INTO household_facts (household_id, fact, \(columns.fact))
            SELECT id, '\(kind.key)', \(columns.select) FROM households
            WHERE id = :household_id
              AND NOT EXISTS (SELECT 1 FROM household_facts WHERE household_id = :household_id AND fact = '\(kind.key)')
            """, ["household_id": household])
    }

    /// A household's facts, kind by kind, oldest first.
    static func history(of household: Int64, in connection: Connection) throws -> [HouseholdFact] {
        var facts: [HouseholdFact] = []
        try connection.forEach("""
            SELECT f.id, f.fact, f.valid_from, f.recorded_at, f.status, f.lifted_year, f.monitoring_kind, f.attribute,
                   c.name AS county, t.name AS town, v.name AS village, f.size, f.head_name
            FROM household_facts f
            LEFT JOIN places v ON v.id = f.village_id
            LEFT JOIN places t ON t.id = v.parent_id
            LEFT JOIN places c ON c.id = t.parent_id
            WHERE f.household_id = :household_id
            ORDER BY CASE f.fact WHEN 'status' THEN 0 WHEN 'attribute' THEN 1 WHEN 'village' THEN 2 WHEN 'size' THEN 3 ELSE 4 END,
                     f.valid_from, f.id
            """, ["household_id": household]) { row in
            guard let kind = HouseholdFactKind(rawValue: row.text("fact")) else { return }
            var fact = HouseholdFact(id: row.int64("id"), kind: kind,
                                     validFrom: row.optionalText("valid_from").flatMap(CalendarDate.parse),
                                     recordedAt: row.text("recorded_at"))
            fact.status = row.optionalText("status").flatMap(HouseholdStatus.init(rawValue:))
            fact.liftedYear = row.optionalInt("lifted_year")
            fact.monitoringKind = row.optionalText("monitoring_kind").flatMap(MonitoringKind.init(rawValue:))
            fact.attribute = row.optionalText("attribute").flatMap(HouseholdAttribute.init(rawValue:))
            if let town = row.optionalText("town"), let village = row.optionalText("village") {
                fact.place = PlacePath(county: row.optionalText("county"), town: town, village: village)
            }
            fact.size = row.optionalInt("size")
            fact.headName = row.optionalText("head_name")
            facts.append(fact)
        }
        return facts
    }

    /// The start of the next fact of `kind` after `date`, if one is recorded.
    static func nextStart(after date: CalendarDate, kind: HouseholdFactKind, household: Int64,
                          in connection: Connection) throws -> CalendarDate? {
        try connection.scalarText("""
            SELECT min(valid_from) FROM household_facts
            WHERE household_id = :household_id AND fact = :fact AND valid_from > :after
            """, ["household_id": household, "fact": kind.key, "after": date.description]).flatMap(CalendarDate.parse)
    }

    /// Records one fact of `kind` valid from `date`; only the columns of its kind are bound.
    static func insert(_ kind: HouseholdFactKind, household: Int64, from date: CalendarDate,
                       status: HouseholdStatus? = nil, liftedYear: Int? = nil, monitoringKind: MonitoringKind? = nil,
                       attribute: HouseholdAttribute? = nil, villageID: Int64? = nil, size: Int? = nil,
                       headMemberID: Int64? = nil, headName: String? = nil, in connection: Connection) throws {
        try ensureInitial(kind, household: household, in: connection)
        try connection.run("""
            INSERT INTO household_facts (household_id, fact, valid_from, status, lifted_year, monitoring_kind,
                                         attribute, village_id, size, head_member_id, head_name)
            VALUES (:household_id, :fact, :valid_from, :status, :lifted_year, :monitoring_kind,
                    :attribute, :village_id, :size, :head_member_id, :head_name)
            """, ["household_id": household, "fact": kind.key, "valid_from": date.description, "status": status?.key,
                  "lifted_year": liftedYear, "monitoring_kind": monitoringKind?.key, "attribute": attribute?.key,
                  "village_id": villageID, "size": size, "head_member_id": headMemberID, "head_name": headName])
    }

    /// Sets the households columns to the facts as they stand on `today`.
    /// The update triggers then find the columns equal to the latest facts
    /// and add nothing of their own.
    static func refreshCurrent(household: Int64, today: CalendarDate, in connection: Connection) throws {
        // A kind without facts keeps its column; the status kind decides
        // the lifted year and monitoring kind together.
        func kept(_ kind: HouseholdFactKind, _ column: String) -> String {
            """
            CASE WHEN EXISTS (SELECT 1 FROM household_facts WHERE household_id = h.id AND fact = '\(kind.key)')
                 THEN \(asOf(kind, column: column)) ELSE h.\(column) END
            """
        }
        try connection.run("""
            UPDATE households AS h SET
                status = \(kept(.status, "status")), lifted_year = \(kept(.status, "lifted_year")),
                monitoring_kind = \(kept(.status, "monitoring_kind")), attribute = \(kept(.attribute, "attribute")),
                village_id = \(kept(.village, "village_id")), size = \(kept(.size, "size")),
                head_name = \(kept(.head, "head_name"))
            WHERE h.id = :household_id
            """, ["household_id": household, "day": today.description])

    }

    /// The closed months (before `today`'s) whose report reads a fact of
    /// `kind` starting on `date`: from its month until the month before the
    /// next fact of that kind takes over.
    static func changedReports(from date: CalendarDate, kind: HouseholdFactKind, household: Int64, today: CalendarDate,
                               in connection: Connection) throws -> [YearMonth] {
        let next = try nextStart(after: date, kind: kind, household: household, in: connection)
        var months: [YearMonth] = []
        var month = date.yearMonth
        while month < today.yearMonth {
            // A month's report reads the facts as of its last day.
            if let next, next <= month.lastDay { break }
            months.append(month)
            month = month.next
        }
        return months
    }
}
