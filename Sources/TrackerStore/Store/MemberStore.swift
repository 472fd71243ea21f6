internal import SQLCore
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
            id: row.int64("id"), householdID: row.int64("household_id"), name: row.text("name"),
            relation: Relation(rawValue: row.text("relation")) ?? .other,
            sex: row.optionalText("sex").flatMap(Sex.init(rawValue:)),
            birthDate: row.optionalText("birth_date").flatMap(CalendarDate.parse),
            idNumber: row.optionalText("id_number"),
            health: row.optionalText("health").flatMap(Health.init(rawValue:)),
            schooling: row.optionalText("schooling").flatMap(Schooling.init(rawValue:)),
            grade: row.optionalText("grade"),
            labour: row.optionalText("labour").flatMap(Labour.init(rawValue:)),
            medicalInsurance: row.optionalInt("medical_insurance").map { $0 != 0 },
            pensionInsurance: row.optionalInt("pension_insurance").map { $0 != 0 },
            leftOn: row.optionalText("left_on").flatMap(CalendarDate.parse),
            leftReason: row.optionalText("left_reason").flatMap(MemberLeaveReason.init(rawValue:)))
    }

    static func members(of household: Int64, in connection: Connection) throws -> [Member] {
        var members: [Member] = []
        // The head first, then by relation and birth (oldest first).
        try connection.forEach(selectColumns + """
             WHERE household_id = :household_id
             ORDER BY left_on IS NOT NULL, left_on, relation <> 'head', CASE relation WHEN 'spouse' THEN 0 WHEN 'parent' THEN 1 WHEN 'child' THEN 2
                      WHEN 'grandchild' THEN 3 ELSE 4 END, birth_date, id
            """, ["household_id": household]) { members.append(read($0)) }
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
                "SELECT name FROM members WHERE household_id = :household_id AND relation = 'head' AND left_on IS NULL",
                ["household_id": household.id]) {
                throw TrackerError(.refused,
                    en: "\(household.label) already has a head (\(head)); a household has one 户主",
                    zh: "\(household.label(in: .zh)) 已有户主（\(head)）；每户只有一位户主")
            }
            if let number = fields.idNumber?.value, let holder = try connection.query("""
                SELECT m.name, h.head_name FROM members m JOIN households h ON h.id = m.household_id
                WHERE m.id_number = :id_number
                """, ["id_number": number]).first {
                throw TrackerError(.refused,
                    en: "ID number \(Masking.idNumber(number)) is already recorded for \(holder.text("name")) of household \(holder.text("head_name"))",
                    zh: "身份证号 \(Masking.idNumber(number)) 已登记为 \(holder.text("head_name")) 户的 \(holder.text("name"))")
            }
            let id = try Self.insert(fields, household: household.id, joinedOn: joinedOn, in: connection)
            var member: Member?
            try connection.forEach(Self.selectColumns + " WHERE id = :id", ["id": id]) { member = Self.read($0) }
            return member!
        }
    }

    /// A member's columns as a roster gives them (`RosterPlanner`).
    static func update(_ member: StoredMember, in connection: Connection) throws {
        try connection.run("""
            UPDATE members SET name = :name, relation = :relation, sex = :sex, birth_date = :birth_date,
                id_number = :id_number, health = :health, schooling = :schooling, labour = :labour
            WHERE id = :id
            """, ["id": member.id, "name": member.name, "relation": member.relation, "sex": member.sex,
                  "birth_date": member.birthDate, "id_number": member.idNumber, "health": member.health,
                  "schooling": member.schooling, "labour": member.labour])
    }

    /// The INSERT shared by `member add`, the household writer and the roster
    /// import, on either engine; returns the member's id.
    @discardableResult
    static func insert(_ fields: MemberFields, household: Int64, joinedOn: CalendarDate? = nil,
                       in connection: any SQLConnection) throws -> Int64 {
        try connection.insertRow("""
            INSERT INTO members (household_id, name, relation, sex, birth_date, id_number, health, schooling, grade,
                                 labour, medical_insurance, pension_insurance, joined_on)
            VALUES (:household_id, :name, :relation, :sex, :birth_date, :id_number, :health, :schooling, :grade,
                    :labour, :medical_insurance, :pension_insurance, :joined_on)
            """, ["household_id": household, "name": fields.name, "relation": fields.relation.key,
                  "sex": (fields.sex ?? fields.idNumber?.sex)?.key,
                  "birth_date": (fields.birthDate ?? fields.idNumber?.birthDate)?.description,
                  "id_number": fields.idNumber?.value, "health": fields.health?.key, "schooling": fields.schooling?.key,
                  "grade": fields.grade, "labour": fields.labour?.key, "medical_insurance": fields.medicalInsurance,
                  "pension_insurance": fields.pensionInsurance, "joined_on": joinedOn?.description])

    }
}
