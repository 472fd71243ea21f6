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

/// What the roster import reads of a stored household, through cached
/// statements. Its writes go through `HouseholdStore` and `MemberStore`,
/// the only writers of those tables; the roster's own rows wait in
/// temporary tables (`RosterStaging`).
enum RosterQueries {
    /// The stored household `id` with its causes (main first) and members, or nil.
    static func storedHousehold(id: Int64, in connection: Connection) throws -> (StoredHousehold, [StoredMember])? {
        var household: StoredHousehold?
        try connection.forEach("""
            SELECT id, code, head_name, head_id_number, phone, village_id, attribute, status, lifted_year,
                   monitoring_kind, size, registered_on
            FROM households WHERE id = :id
            """, ["id": id]) { row in
            household = StoredHousehold(
                id: row.int64("id"), code: row.text("code"), headName: row.text("head_name"),
                headIDNumber: row.optionalText("head_id_number"), phone: row.optionalText("phone"),
                villageID: row.int64("village_id"), attribute: row.optionalText("attribute"),
                status: row.text("status"), liftedYear: row.optionalInt("lifted_year"),
                monitoringKind: row.optionalText("monitoring_kind"), size: row.optionalInt("size"),
                registeredOn: row.optionalText("registered_on"), causes: [])
        }
        guard var household else { return nil }
        try connection.forEach("""
            SELECT cause FROM household_causes WHERE household_id = :household_id ORDER BY is_main DESC, id
            """, ["household_id": id]) {
            household.causes.append($0.text("cause"))
        }
        var members: [StoredMember] = []
        try connection.forEach("""
            SELECT id, household_id, name, relation, sex, birth_date, id_number, health, schooling, labour
            FROM members WHERE household_id = :household_id ORDER BY id
            """, ["household_id": id]) { row in
            members.append(StoredMember(
                id: row.int64("id"), householdID: row.int64("household_id"), name: row.text("name"),
                relation: row.text("relation"), sex: row.optionalText("sex"), birthDate: row.optionalText("birth_date"),
                idNumber: row.optionalText("id_number"), health: row.optionalText("health"),
                schooling: row.optionalText("schooling"), labour: row.optionalText("labour")))
        }
        return (household, members)
    }

    /// The date of each household's first visit, by household id, for the
    /// households with one of `ids`.
    static func firstVisits(of ids: [Int64], in connection: Connection) throws -> [Int64: String] {
        var first: [Int64: String] = [:]
        guard !ids.isEmpty else { return first }
        try connection.forEach("""
            SELECT household_id, min(visit_date) AS first_visit FROM visits
            WHERE household_id IN (SELECT value FROM json_each(:ids)) GROUP BY household_id
            """, ["ids": "[" + ids.map(String.init).joined(separator: ",") + "]"]) { row in
            first[row.int64("household_id")] = row.text("first_visit")
        }
        return first
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
