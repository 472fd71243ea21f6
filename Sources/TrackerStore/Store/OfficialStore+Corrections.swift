internal import SQLiteKit
import TrackerDomain

/// Officials over time: corrections of their record, and leaving their post.
extension OfficialStore {
    /// Corrects an official's name, unit, title or phone.
    public func edit(_ official: Official, name: String?, unit: String?, title: String?,
                     phone: String?) throws(TrackerError) -> Official {
        guard name != nil || unit != nil || title != nil || phone != nil else {
            throw TrackerError(.invalidInput, en: "nothing to change; give --name, --unit, --title or --phone",
                               zh: "没有要修改的内容；请给出 --name、--unit、--title 或 --phone")
        }
        return try write(official, name: try name.map { text throws(TrackerError) in try TextRules.name(text, field: "--name") },
                         unit: try unit.map { text throws(TrackerError) in try TextRules.line(text, field: "--unit") },
                         title: try title.map { text throws(TrackerError) in try TextRules.line(text, field: "--title") },
                         phone: try phone.map { text throws(TrackerError) in try TextRules.phone(text) })
    }

    /// The edit's write, with every value already in its stored form.
    private func write(_ official: Official, name: String?, unit: String?, title: String?,
                       phone: String?) throws(TrackerError) -> Official {
        try database.write { connection in
            let newName = name ?? official.name, newUnit = unit ?? official.unit
            if let existing = try connection.scalarInt(
                "SELECT id FROM officials WHERE name = :name AND unit IS :unit AND id <> :id",
                ["name": newName, "unit": newUnit, "id": official.id]) {
                throw TrackerError(.refused,
                    en: "official \(newName)\(newUnit.map { " of \($0)" } ?? "") already exists (#\(existing))",
                    zh: "干部 \(newName)\(newUnit.map { "（\($0)）" } ?? "") 已存在（#\(existing)）")
            }
            try connection.run("""
                UPDATE officials SET name = coalesce(:name, name), unit = coalesce(:unit, unit),
                    title = coalesce(:title, title), phone = coalesce(:phone, phone)
                WHERE id = :id
                """, ["id": official.id, "name": name, "unit": unit, "title": title, "phone": phone])
            var found: Official?
            try connection.forEach(Self.selectColumns + " WHERE id = :id", ["id": official.id]) { found = Self.read($0) }
            return found!
        }
    }

    /// Records that an official left their post on `date`: their current
    /// assignments end that day, and their open items are returned for
    /// reassignment (`followup assign`).
    ///
    /// Refused: an official who already left, a date after `today` or
    /// before one of their current assignments started.
    public func leave(_ official: Official, on date: CalendarDate, today: CalendarDate) throws(TrackerError)
        -> (endedAssignments: Int, openItems: [Rectification])
    {
        if today < date {
            throw TrackerError(.invalidInput, en: "--date \(date) is after today (\(today))", zh: "--date \(date) 晚于今天（\(today)）")
        }
        return try database.write { connection in
            if let left = try connection.scalarText("SELECT left_on FROM officials WHERE id = :id", ["id": official.id]) {
                throw TrackerError(.refused, en: "\(official.name) already left on \(left)", zh: "\(official.name) 已于 \(left) 离岗")
            }
            if let start = try connection.scalarText("""
                SELECT max(start_date) FROM assignments WHERE official_id = :official_id AND end_date IS NULL
                """, ["official_id": official.id]), date.description < start {
                throw TrackerError(.invalidInput,
                    en: "--date \(date) is before one of \(official.name)'s current assignments started (\(start))",
                    zh: "--date \(date) 早于 \(official.name) 某项帮扶关系的开始日期（\(start)）")
            }
            let ended = try connection.scalarInt(
                "SELECT count(*) FROM assignments WHERE official_id = :official_id AND end_date IS NULL",
                ["official_id": official.id]) ?? 0
            try connection.run("""
                UPDATE assignments SET end_date = :end_date WHERE official_id = :official_id AND end_date IS NULL
                """, ["end_date": date.description, "official_id": official.id])
            try connection.run("UPDATE officials SET left_on = :left_on WHERE id = :id",
                               ["left_on": date.description, "id": official.id])
            var items: [Rectification] = []
            try connection.forEach(RectificationQueries.selectColumns + """
                 WHERE r.owner_official_id = :official_id AND r.status = 'open' AND r.voided_on IS NULL
                 ORDER BY r.due_date, r.id
                """, ["official_id": official.id]) { items.append(RectificationQueries.read($0)) }

            return (ended, items)
        }
    }
}
