internal import SQLiteKit
import TrackerDomain

/// A household's columns as stored, compared field by field with a roster
/// so that only real changes become UPDATEs (and audit log entries).
struct StoredHousehold: Equatable {
    var id: Int64
    var code: String
    var headName: String
    var headIDNumber: String?
    var phone: String?
    var villageID: Int64
    var attribute: String?
    var status: String
    var liftedYear: Int?
    var monitoringKind: String?
    var size: Int?
    /// 建档日期 as stored (`YYYY-MM-DD`); nil when unknown.
    var registeredOn: String?
    /// Cause keys, the main one first.
    var causes: [String]
}

/// A member's columns as stored (the ones a roster can set).
struct StoredMember: Equatable {
    var id: Int64
    var householdID: Int64
    var name: String
    var relation: String
    var sex: String?
    var birthDate: String?
    var idNumber: String?
    var health: String?
    var schooling: String?
    var labour: String?
}

/// Who already holds an ID number: a member, or a household as its head.
struct IDHolder: Equatable {
    var householdID: Int64
    var householdCode: String?
    var name: String
}

/// The SQL of the roster import: bulk reads keyed by the file's codes and ID
/// numbers, and the row-level writes, all through cached statements.
///
/// Reads pass the whole list as one JSON array and expand it with
/// `json_each`, so a 100,000-person roster costs a handful of queries instead
/// of one per row; `IN (SELECT value FROM json_each(?))` still probes the
/// index on `members.id_number`. Codes match ignoring case (`upper(code)`),
/// which reads the households table once per query instead of its index.
enum RosterQueries {
    /// The stored households whose codes match `codes` (ignoring the case of
    /// Latin letters, see `HouseholdCode`), keyed by `HouseholdCode.matchKey`.
    static func households(codes: [String], in connection: Connection) throws -> [String: (StoredHousehold, [StoredMember])] {
        let codesJSON = jsonArray(codes)
        var byID: [Int64: StoredHousehold] = [:]
        try connection.forEach("""
            SELECT id, code, head_name, head_id_number, phone, village_id, attribute, status, lifted_year,
                   monitoring_kind, size, registered_on
            FROM households WHERE upper(code) IN (SELECT upper(value) FROM json_each(?))
            """, [codesJSON]) { row in
            byID[row.int64(0)] = StoredHousehold(
                id: row.int64(0), code: row.text(1), headName: row.text(2), headIDNumber: row.optionalText(3),
                phone: row.optionalText(4), villageID: row.int64(5), attribute: row.optionalText(6),
                status: row.text(7), liftedYear: row.optionalInt(8), monitoringKind: row.optionalText(9),
                size: row.optionalInt(10), registeredOn: row.optionalText(11), causes: [])
        }
        guard !byID.isEmpty else { return [:] }
        try connection.forEach("""
            SELECT household_id, cause FROM household_causes
            WHERE household_id IN (SELECT id FROM households WHERE upper(code) IN (SELECT upper(value) FROM json_each(?)))
            ORDER BY household_id, is_main DESC, id
            """, [codesJSON]) { row in byID[row.int64(0)]?.causes.append(row.text(1)) }
        var members: [Int64: [StoredMember]] = [:]
        try connection.forEach("""
            SELECT id, household_id, name, relation, sex, birth_date, id_number, health, schooling, labour
            FROM members
            WHERE household_id IN (SELECT id FROM households WHERE upper(code) IN (SELECT upper(value) FROM json_each(?)))
            ORDER BY id
            """, [codesJSON]) { row in
            members[row.int64(1), default: []].append(StoredMember(
                id: row.int64(0), householdID: row.int64(1), name: row.text(2), relation: row.text(3),
                sex: row.optionalText(4), birthDate: row.optionalText(5), idNumber: row.optionalText(6),
                health: row.optionalText(7), schooling: row.optionalText(8), labour: row.optionalText(9)))
        }
        var result: [String: (StoredHousehold, [StoredMember])] = [:]
        for household in byID.values { result[HouseholdCode.matchKey(household.code)] = (household, members[household.id] ?? []) }
        return result
    }

    /// Everyone in the database holding one of `numbers`, by number.
    static func idHolders(_ numbers: [String], in connection: Connection) throws -> [String: [IDHolder]] {
        var holders: [String: [IDHolder]] = [:]
        guard !numbers.isEmpty else { return holders }
        try connection.forEach("""
            SELECT m.id_number, m.household_id, h.code, m.name
            FROM members m JOIN households h ON h.id = m.household_id
            WHERE m.id_number IN (SELECT value FROM json_each(?1))
            UNION ALL
            SELECT head_id_number, id, code, head_name FROM households
            WHERE head_id_number IN (SELECT value FROM json_each(?1))
            """, [jsonArray(numbers)]) { row in
            holders[row.text(0), default: []].append(
                IDHolder(householdID: row.int64(1), householdCode: row.optionalText(2), name: row.text(3)))
        }
        return holders
    }

    /// The date of each household's first visit, by household id, for the
    /// households with one of `ids`.
    static func firstVisits(of ids: [Int64], in connection: Connection) throws -> [Int64: String] {
        var first: [Int64: String] = [:]
        guard !ids.isEmpty else { return first }
        try connection.forEach("""
            SELECT household_id, min(visit_date) FROM visits
            WHERE household_id IN (SELECT value FROM json_each(?)) GROUP BY household_id
            """, ["[" + ids.map(String.init).joined(separator: ",") + "]"]) { row in first[row.int64(0)] = row.text(1) }
        return first
    }

    // MARK: Writing

    static func insert(_ household: StoredHousehold, in connection: Connection) throws -> Int64 {
        try connection.run("""
            INSERT INTO households (code, head_name, head_id_number, phone, village_id, attribute, status,
                                    lifted_year, monitoring_kind, size, registered_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, household.code, household.headName, household.headIDNumber, household.phone, household.villageID,
            household.attribute, household.status, household.liftedYear, household.monitoringKind, household.size,
            household.registeredOn)
        let id = connection.lastInsertRowID
        try insertCauses(household.causes, of: id, in: connection)
        return id
    }

    /// Writes the household's columns, and its causes only when they differ
    /// from `old` (so the audit log shows no delete-and-reinsert of unchanged causes).
    static func update(_ household: StoredHousehold, from old: StoredHousehold, in connection: Connection) throws {
        var columns = household
        columns.causes = old.causes
        if columns != old {
            try connection.run("""
                UPDATE households SET head_name = ?2, head_id_number = ?3, phone = ?4, village_id = ?5,
                    attribute = ?6, status = ?7, lifted_year = ?8, monitoring_kind = ?9, size = ?10, registered_on = ?11
                WHERE id = ?1
                """, household.id, household.headName, household.headIDNumber, household.phone, household.villageID,
                household.attribute, household.status, household.liftedYear, household.monitoringKind, household.size,
                household.registeredOn)
        }
        if household.causes != old.causes {
            try connection.run("DELETE FROM household_causes WHERE household_id = ?", household.id)
            try insertCauses(household.causes, of: household.id, in: connection)
        }
    }

    private static func insertCauses(_ causes: [String], of household: Int64, in connection: Connection) throws {
        for (index, cause) in causes.enumerated() {
            try connection.run("INSERT INTO household_causes (household_id, cause, is_main) VALUES (?, ?, ?)",
                               household, cause, index == 0)
        }
    }

    static func update(_ member: StoredMember, in connection: Connection) throws {
        try connection.run("""
            UPDATE members SET name = ?2, relation = ?3, sex = ?4, birth_date = ?5, id_number = ?6, health = ?7,
                schooling = ?8, labour = ?9
            WHERE id = ?1
            """, member.id, member.name, member.relation, member.sex, member.birthDate, member.idNumber,
            member.health, member.schooling, member.labour)
    }

    /// A JSON array of strings for `json_each`.
    static func jsonArray(_ strings: [String]) -> String {
        var json = "["
        json.reserveCapacity(strings.count * 24)
        for (index, string) in strings.enumerated() {
            if index > 0 { json += "," }
            json += "\""
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": json += "\\\""
                case "\\": json += "\\\\"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    json += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: json.unicodeScalars.append(scalar)
                }
            }
            json += "\""
        }
        return json + "]"
    }
}
