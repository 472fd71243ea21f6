internal import SQLiteKit
import TrackerDomain

/// Which officials are responsible for which households, and since when.
public struct AssignmentStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    static func assignments(of household: Int64, in connection: Connection) throws -> [Assignment] {
        var assignments: [Assignment] = []
        try connection.forEach("""
            SELECT a.id, a.household_id, o.id AS official_id, o.name, o.unit, o.title, o.phone, a.role,
                   a.start_date, a.end_date
            FROM assignments a JOIN officials o ON o.id = a.official_id
            WHERE a.household_id = :household_id
            ORDER BY a.end_date IS NOT NULL, a.start_date, a.id
            """, ["household_id": household]) { row in
            assignments.append(Assignment(
                id: row.int64("id"), householdID: row.int64("household_id"),
                official: Official(id: row.int64("official_id"), name: row.text("name"), unit: row.optionalText("unit"),
                                   title: row.optionalText("title"), phone: row.optionalText("phone")),
                role: AssignmentRole(rawValue: row.text("role")) ?? .responsible,
                startDate: row.optionalText("start_date").flatMap(CalendarDate.parse),
                endDate: row.optionalText("end_date").flatMap(CalendarDate.parse)))
        }
        return assignments
    }

    /// Assigns an official to a household from `start` (refused when already assigned).
    public func assign(_ official: Official, to household: Household, role: AssignmentRole,
                       from start: CalendarDate?) throws(TrackerError) -> Assignment {
        try database.write { connection in
            if try connection.scalarInt(
                """
                SELECT id FROM assignments
                WHERE household_id = :household_id AND official_id = :official_id AND end_date IS NULL
                """, ["household_id": household.id, "official_id": official.id]) != nil {
                throw TrackerError(.refused,
                    en: "\(official.name) is already assigned to \(household.label); 'tracker unassign' first to change the role",
                    zh: "\(official.name) 已是 \(household.label(in: .zh)) 的帮扶干部；如需改角色请先 tracker unassign")
            }
            // Two spells of one official in one role never overlap: the month
            // end would list the official twice.
            if let start, let end = try connection.scalarText("""
                SELECT max(coalesce(end_date, '9999-12-31')) FROM assignments
                WHERE household_id = :household_id AND official_id = :official_id AND role = :role
                  AND (end_date IS NULL OR end_date >= :start)
                """, ["household_id": household.id, "official_id": official.id, "role": role.key,
                      "start": start.description]) {
                throw TrackerError(.refused,
                    en: "\(official.name)'s earlier assignment to \(household.label) as \(role.label(in: .en)) ran until \(end); start the new one after it (--from)",
                    zh: "\(official.name) 此前对 \(household.label(in: .zh)) 的\(role.label(in: .zh))帮扶至 \(end) 结束；新的帮扶须在其后开始（--from）")
            }
            if let left = try connection.scalarText("SELECT left_on FROM officials WHERE id = :id", ["id": official.id]) {
                throw TrackerError(.refused, en: "\(official.name) left on \(left) and cannot be assigned",
                                   zh: "\(official.name) 已于 \(left) 离岗，不能安排帮扶")
            }
            let id = try Self.insert(household: household.id, official: official.id, role: role, from: start,
                                     in: connection)
            return Assignment(id: id, householdID: household.id, official: official, role: role, startDate: start)
        }
    }

    /// The one INSERT of an assignment (`assign` and the seed); the caller
    /// holds the write transaction and has checked the assignment may start.
    static func insert(household: Int64, official: Int64, role: AssignmentRole, from start: CalendarDate?,
                       sourceID: Int64? = nil, in connection: Connection) throws -> Int64 {
        try connection.run("""
            INSERT INTO assignments (household_id, official_id, role, start_date, source_id)
            VALUES (:household_id, :official_id, :role, :start_date, :source_id)
            """, ["household_id": household, "official_id": official, "role": role.key,
                  "start_date": start?.description, "source_id": sourceID])
        return connection.lastInsertRowID
    }

    /// Ends the current assignment on `end`; the record stays as history.
    public func unassign(_ official: Official, from household: Household, on end: CalendarDate) throws(TrackerError) {
        try database.write { connection in
            var current: (id: Int64, start: String?)?
            try connection.forEach(
                """
                SELECT id, start_date FROM assignments
                WHERE household_id = :household_id AND official_id = :official_id AND end_date IS NULL
                """, ["household_id": household.id, "official_id": official.id]) {
                current = ($0.int64("id"), $0.optionalText("start_date"))
            }
            guard let current else {
                throw TrackerError(.refused,
                    en: "\(official.name) is not currently assigned to \(household.label)",
                    zh: "\(official.name) 当前不是 \(household.label(in: .zh)) 的帮扶干部")
            }
            if let start = current.start, end.description < start {
                throw TrackerError(.invalidInput,
                    en: "--to \(end) is before the assignment started (\(start))",
                    zh: "--to \(end) 早于该帮扶关系的开始日期（\(start)）")
            }
            try connection.run("UPDATE assignments SET end_date = :end_date WHERE id = :id",
                               ["end_date": end.description, "id": current.id])

        }
    }
}
