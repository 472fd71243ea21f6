internal import SQLiteKit
import TrackerDomain

/// Members of households: the people a visit asks after.
public struct MemberStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    static let selectColumns = """
        SELECT id, household_id, name, relation, sex, birth_date, id_number, health, schooling, grade, labour,
               medical_insurance, pension_insurance, left_on, left_reason
        FROM members
        """

    static func read(_ row: Statement) -> Member {
        Member(
            id: row.int64(0), householdID: row.int64(1), name: row.text(2),
            relation: Relation(rawValue: row.text(3)) ?? .other,
            sex: row.optionalText(4).flatMap(Sex.init(rawValue:)),
            birthDate: row.optionalText(5).flatMap(CalendarDate.parse),
            idNumber: row.optionalText(6),
            health: row.optionalText(7).flatMap(Health.init(rawValue:)),
            schooling: row.optionalText(8).flatMap(Schooling.init(rawValue:)),
            grade: row.optionalText(9),
            labour: row.optionalText(10).flatMap(Labour.init(rawValue:)),
            medicalInsurance: row.optionalInt(11).map { $0 != 0 },
            pensionInsurance: row.optionalInt(12).map { $0 != 0 },
            leftOn: row.optionalText(13).flatMap(CalendarDate.parse),
            leftReason: row.optionalText(14).flatMap(MemberLeaveReason.init(rawValue:)))
    }

    static func members(of household: Int64, in connection: Connection) throws -> [Member] {
        var members: [Member] = []
        // The head first, then by relation and birth (oldest first).
        try connection.forEach(selectColumns + """
             WHERE household_id = ?
             ORDER BY left_on IS NOT NULL, left_on, relation <> 'head', CASE relation WHEN 'spouse' THEN 0 WHEN 'parent' THEN 1 WHEN 'child' THEN 2
                      WHEN 'grandchild' THEN 3 ELSE 4 END, birth_date, id
            """, [household]) { members.append(read($0)) }
        return members
    }

    /// Adds a person to a household.
    /// Adds a person to a household. `joinedOn` (the day they are recorded)
    /// keeps them out of the size of earlier months' reports.
    public func add(_ given: MemberFields, to household: Household, joinedOn: CalendarDate? = nil) throws(TrackerError) -> Member {
        var fields = given
        fields.name = try TextRules.name(fields.name, field: "NAME")
        if let grade = fields.grade { fields.grade = try TextRules.line(grade, field: "--grade", limit: 50) }
        if let birth = fields.birthDate, let number = fields.idNumber, number.birthDate != birth {
            throw TrackerError(.invalidInput,
                en: "--birth \(birth) does not match the birth date in the ID number (\(number.birthDate)); correct one of them",
                zh: "--birth \(birth) 与身份证号中的出生日期（\(number.birthDate)）不一致；请改正其一")
        }
        if let sex = fields.sex, let number = fields.idNumber, number.sex != sex {
            throw TrackerError(.invalidInput,
                en: "--sex \(sex.label(in: .en)) does not match the ID number, which says \(number.sex.label(in: .en))",
                zh: "--sex \(sex.label(in: .zh)) 与身份证号所示性别（\(number.sex.label(in: .zh))）不一致")
        }
        return try database.write { connection in
            if fields.relation == .head, let head = try connection.scalarText(
                "SELECT name FROM members WHERE household_id = ? AND relation = 'head' AND left_on IS NULL", household.id) {
                throw TrackerError(.refused,
                    en: "\(household.label) already has a head (\(head)); a household has one 户主",
                    zh: "\(household.label(in: .zh)) 已有户主（\(head)）；每户只有一位户主")
            }
            if let number = fields.idNumber?.value, let holder = try connection.query("""
                SELECT m.name, h.head_name FROM members m JOIN households h ON h.id = m.household_id WHERE m.id_number = ?
                """, number).first {
                throw TrackerError(.refused,
                    en: "ID number \(Masking.idNumber(number)) is already recorded for \(holder[0].string ?? "") of household \(holder[1].string ?? "")",
                    zh: "身份证号 \(Masking.idNumber(number)) 已登记为 \(holder[1].string ?? "") 户的 \(holder[0].string ?? "")")
            }
            try Self.insert(fields, household: household.id, joinedOn: joinedOn, in: connection)
            let id = connection.lastInsertRowID
            var member: Member?
            try connection.forEach(Self.selectColumns + " WHERE id = ?", [id]) { member = Self.read($0) }
            return member!
        }
    }

    /// The INSERT shared by `member add` and the roster import.
    static func insert(_ fields: MemberFields, household: Int64, joinedOn: CalendarDate? = nil,
                       in connection: Connection) throws {
        try connection.run("""
            INSERT INTO members (household_id, name, relation, sex, birth_date, id_number, health, schooling, grade,
                                 labour, medical_insurance, pension_insurance, joined_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, household, fields.name, fields.relation.key, (fields.sex ?? fields.idNumber?.sex)?.key,
            (fields.birthDate ?? fields.idNumber?.birthDate)?.description, fields.idNumber?.value,
            fields.health?.key, fields.schooling?.key, fields.grade, fields.labour?.key,
            fields.medicalInsurance, fields.pensionInsurance, joinedOn?.description)
    }
}
