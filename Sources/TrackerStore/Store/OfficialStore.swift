internal import SQLiteKit
import Bilingual
import TrackerDomain

/// Officials who are assigned to households and go on visits.
public struct OfficialStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    static let selectColumns = "SELECT id, name, unit, title, phone FROM officials"

    static func read(_ row: Statement) -> Official {
        Official(id: row.int64("id"), name: row.text("name"), unit: row.optionalText("unit"),
                 title: row.optionalText("title"), phone: row.optionalText("phone"))
    }

    public func add(name typedName: String, unit typedUnit: String?, title typedTitle: String?,
                    phone typedPhone: String?) throws(TrackerError) -> Official {
        let name = try TextRules.name(typedName, field: "NAME")
        let unit = try typedUnit.map { text throws(TrackerError) in try TextRules.line(text, field: "--unit") }
        let title = try typedTitle.map { text throws(TrackerError) in try TextRules.line(text, field: "--title") }
        let phone = try typedPhone.map { text throws(TrackerError) in try TextRules.phone(text) }
        return try database.write { connection in
            // Same name and unit is the same person entered twice.
            if let existing = try connection.scalarInt(
                "SELECT id FROM officials WHERE name = :name AND unit IS :unit", ["name": name, "unit": unit]) {
                throw TrackerError(.refused,
                    en: "official \(name)\(unit.map { " of \($0)" } ?? "") already exists (id \(existing))",
                    zh: "干部 \(name)\(unit.map { "（\($0)）" } ?? "") 已存在（编号 \(existing)）")
            }
            let id = try Self.insert(name: name, unit: unit, title: title, phone: phone, in: connection)
            return Official(id: id, name: name, unit: unit, title: title, phone: phone)
        }
    }

    /// The one INSERT of an official (`official add` and the seed); the
    /// caller holds the write transaction and has checked the values.
    static func insert(name: String, unit: String?, title: String?, phone: String?, sourceID: Int64? = nil,
                       in connection: Connection) throws -> Int64 {
        try connection.run("""
            INSERT INTO officials (name, unit, title, phone, source_id) VALUES (:name, :unit, :title, :phone, :source_id)
            """, ["name": name, "unit": unit, "title": title, "phone": phone, "source_id": sourceID])
        return connection.lastInsertRowID
    }

    public func list() throws(TrackerError) -> [Official] {
        try database.read { connection in
            var officials: [Official] = []
            try connection.forEach(Self.selectColumns + " ORDER BY sort_key(name), id") { officials.append(Self.read($0)) }
            return officials
        }
    }

    /// The official a user means: a name, or `#ID` when names repeat.
    public func resolve(_ reference: String) throws(TrackerError) -> Official {
        try database.read { connection in try Self.resolve(reference, in: connection) }
    }

    static func resolve(_ reference: String, in connection: Connection) throws -> Official {
        let text = TextRules.canonical(reference)
        if text.hasPrefix("#"), let id = Int64(text.dropFirst()) {
            var found: Official?
            try connection.forEach(selectColumns + " WHERE id = :id", ["id": id]) { found = read($0) }
            if let found { return found }
        }
        var matches: [Official] = []
        try connection.forEach(selectColumns + " WHERE name = :name ORDER BY id", ["name": text]) { matches.append(read($0)) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw TrackerError(.ambiguous,
                en: "official \(text) is ambiguous: \(matches.count) matches; name one as #ID",
                zh: "干部 \(text) 有 \(matches.count) 人同名；请用 #编号 指明",
                detailLines: matches.map { LocalizedText(en: "#\($0.id) \($0.label)", zh: "#\($0.id) \($0.label(in: .zh))") })
        }
        var names: [String] = []
        try connection.forEach("SELECT name FROM officials") { row in
            let name = row.text("name")

            if NameDistance.between(Array(text), Array(name)) <= 1 { names.append(name) }
        }
        throw TrackerError(.notFound,
            en: "no official named \(text)" + (names.isEmpty ? "; add one with 'tracker official add \(text)'" : "; did you mean: \(names.joined(separator: ", "))?"),
            zh: "没有名为 \(text) 的干部" + (names.isEmpty ? "；可用 tracker official add \(text) 添加" : "；是否要找：\(names.joined(separator: "、"))？"))
    }
}
