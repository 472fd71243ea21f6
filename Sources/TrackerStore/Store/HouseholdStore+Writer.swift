internal import SQLCore
internal import SQLiteKit
import TrackerDomain

/// A household's columns as the one INSERT writes them: stable keys and
/// `YYYY-MM-DD` text, as stored.
struct HouseholdRow: Equatable {
    var code: String?
    var headName: String
    var headIDNumber: String?
    var phone: String?
    var villageID: Int64
    var attribute: String?
    var status: String = HouseholdStatus.notLifted.key
    var liftedYear: Int?
    var monitoringKind: String?
    var size: Int?
    var registeredOn: String?
    /// Cause keys, the main one first.
    var causes: [String] = []
    /// Where the record comes from (the seed's article); nil when typed or imported.
    var sourceID: Int64?
}

/// The one writer of households (issue 15, item 1): `household add`, the
/// roster import and the seed all add a household here, so every household
/// gets the same row, the same causes and its head member (户主) as one of
/// its members, whoever adds it.
extension HouseholdStore {
    /// Adds a household with its causes and its members, in the order given
    /// (so member ids follow the order the caller has them in). One of them
    /// is the head: a household always has its head among its members.
    /// The caller holds the write transaction; statements are cached.
    static func insert(_ household: HouseholdRow, members: [MemberFields], in connection: any SQLConnection) throws -> Int64 {
        precondition(members.contains { $0.relation == .head }, "a household is added with its head member")
        let id = try connection.insertRow(insertSQL, [
                "code": household.code, "head_name": household.headName, "head_id_number": household.headIDNumber,
                "phone": household.phone, "village_id": household.villageID, "attribute": household.attribute,
                "status": household.status, "lifted_year": household.liftedYear,
                "monitoring_kind": household.monitoringKind, "size": household.size,
                "registered_on": household.registeredOn, "source_id": household.sourceID,
            ])
        try insertCauses(household.causes, of: id, in: connection)
        for member in members {
            try MemberStore.insert(member, household: id, in: connection)
        }
        return id
    }

    /// The columns the one INSERT of a household writes, in order.
    static let insertedColumns = ["code", "head_name", "head_id_number", "phone", "village_id", "attribute", "status",
                                  "lifted_year", "monitoring_kind", "size", "registered_on", "source_id"]

    /// The one `INSERT INTO households` of the code base (both its forms are built here).
    private static func insertHeader() -> String {
        "INSERT INTO households (" + insertedColumns.joined(separator: ", ") + ")"
    }

    private static let insertSQL = insertHeader()
        + " VALUES (" + insertedColumns.map { ":" + $0 }.joined(separator: ", ") + ")"

    /// The same INSERT, set-based: `INSERT INTO households (…) SELECT … <rest>`
    /// with each column's SQL expression from `values` (NULL where none is
    /// given). Only for the benchmark's audited floor, which must write the
    /// very columns this writer writes, done by sqlite3 alone.
    package static func insertSelectSQL(_ values: [String: String], rest: String) -> String {
        let unknown = Set(values.keys).subtracting(insertedColumns)
        precondition(unknown.isEmpty, "households has no inserted column \(unknown.sorted())")
        return insertHeader() + "\n    SELECT " + insertedColumns.map { values[$0] ?? "NULL" }.joined(separator: ", ")
            + "\n    " + rest
    }

    /// The causes of a household, the main one first.
    static func insertCauses(_ causes: [String], of household: Int64, in connection: any SQLConnection) throws {
        for (index, cause) in causes.enumerated() {
            try connection.runRow("""
                INSERT INTO household_causes (household_id, cause, is_main) VALUES (:household_id, :cause, :is_main)
                """, ["household_id": household, "cause": cause, "is_main": index == 0])
        }
    }

    /// Replaces a household's causes.
    static func replaceCauses(_ causes: [String], of household: Int64, in connection: any SQLConnection) throws {
        try connection.run("DELETE FROM household_causes WHERE household_id = :household_id", binding: ["household_id": household])
        try insertCauses(causes, of: household, in: connection)
    }
}

extension HouseholdRow {
    /// The columns of a household a roster describes (`RosterPlanner`).
    init(_ household: StoredHousehold) {
        self.init(code: household.code, headName: household.headName, headIDNumber: household.headIDNumber,
                  phone: household.phone, villageID: household.villageID, attribute: household.attribute,
                  status: household.status, liftedYear: household.liftedYear, monitoringKind: household.monitoringKind,
                  size: household.size, registeredOn: household.registeredOn, causes: household.causes)
    }
}

extension HouseholdStore {
    /// Writes a household's columns as a roster gives them, and its causes
    /// only when they differ from `old` (so the audit log shows no
    /// delete-and-reinsert of unchanged causes). Nothing is written for
    /// columns that did not change.
    static func update(_ household: StoredHousehold, from old: StoredHousehold, in connection: Connection) throws {
        var columns = household
        columns.causes = old.causes
        if columns != old {
            try connection.run("""
                UPDATE households SET head_name = :head_name, head_id_number = :head_id_number, phone = :phone,
                    village_id = :village_id, attribute = :attribute, status = :status, lifted_year = :lifted_year,
                    monitoring_kind = :monitoring_kind, size = :size, registered_on = :registered_on
                WHERE id = :id
                """, [
                    "id": household.id, "head_name": household.headName, "head_id_number": household.headIDNumber,
                    "phone": household.phone, "village_id": household.villageID, "attribute": household.attribute,
                    "status": household.status, "lifted_year": household.liftedYear,
                    "monitoring_kind": household.monitoringKind, "size": household.size,
                    "registered_on": household.registeredOn,
                ])
        }
        if household.causes != old.causes {
            try replaceCauses(household.causes, of: household.id, in: connection)
        }
    }
}
