internal import SQLiteKit
import TrackerDomain

/// Changes to the people of a household over time: corrections, a person
/// leaving (who stays in the history), and a new head of household.
extension MemberStore {
    /// The earliest birth date accepted: anyone older is a typo.
    static let earliestBirth = CalendarDate(year: 1900, month: 1, day: 1)!

    /// Refuses a birth date before 1900 or after `today`.
    public static func checkBirth(_ birth: CalendarDate, today: CalendarDate, option: String = "--birth") throws(TrackerError) {
        if birth < earliestBirth {
            throw TrackerError(.invalidInput, en: "\(option) \(birth) is before 1900; check the year",
                               zh: "\(option) \(birth) 早于 1900 年；请检查年份")
        }
        if today < birth {
            throw TrackerError(.invalidInput, en: "\(option) \(birth) is in the future", zh: "\(option) \(birth) 晚于今天")
        }
    }

    /// The member of `household` a user means: a name (current members
    /// before those who left) or `#ID`.
    public func resolve(_ reference: String, in household: Household) throws(TrackerError) -> Member {
        try database.read { connection in try Self.resolve(reference, in: household, connection: connection) }
    }

    static func resolve(_ reference: String, in household: Household, connection: Connection) throws -> Member {
        let text = TextRules.canonical(reference)
        let members = try members(of: household.id, in: connection)
        if text.hasPrefix("#"), let id = Int64(text.dropFirst()), let member = members.first(where: { $0.id == id }) {
            return member
        }
        let named = members.filter { $0.name == text }
        let current = named.filter { $0.leftOn == nil }
        if current.count == 1 { return current[0] }
        if current.isEmpty, named.count == 1 { return named[0] }
        if named.count > 1 {
            throw TrackerError(.ambiguous,
                en: "\(household.label) has \(named.count) members named \(text); name one as #ID",
                zh: "\(household.label(in: .zh)) 有 \(named.count) 名成员叫 \(text)；请用 #编号 指明",
                details: named.map { "#\($0.id) \($0.name) \($0.birthDate?.description ?? "")" })
        }
        let names = members.map(\.name).joined(separator: ", ")
        throw TrackerError(.notFound,
            en: "\(household.label) has no member named \(text)" + (names.isEmpty ? "" : "; its members: \(names)"),
            zh: "\(household.label(in: .zh)) 没有名为 \(text) 的成员" + (names.isEmpty ? "" : "；现有成员：\(names)"))
    }

    static func member(id: Int64, in connection: Connection) throws -> Member {
        var found: Member?
        try connection.forEach(selectColumns + " WHERE id = :id", ["id": id]) { found = read($0) }
        guard let found else {
            throw TrackerError(.notFound, en: "no member #\(id)", zh: "没有编号为 #\(id) 的成员")
        }
        return found
    }

    /// Corrects a member's record. The head's name and ID number are kept
    /// in step with the household's.
    public func edit(_ member: Member, _ given: MemberCorrection, today: CalendarDate) throws(TrackerError) -> Member {
        guard !given.isEmpty else {
            throw TrackerError(.invalidInput, en: "nothing to change; give at least one option such as --health or --name",
                               zh: "没有要修改的内容；请至少给出一个选项，如 --health 或 --name")
        }
        var correction = given
        if let name = correction.name { correction.name = try TextRules.name(name, field: "--name") }
        if let grade = correction.grade { correction.grade = try TextRules.line(grade, field: "--grade", limit: 50) }
        if let birth = correction.birthDate { try Self.checkBirth(birth, today: today) }
        if correction.relation == .head {
            throw TrackerError(.refused, en: "a new head is named with 'tracker household head HOUSEHOLD MEMBER'",
                               zh: "更换户主请用 tracker household head 户主 成员")
        }
        if member.relation == .head, member.leftOn == nil, let relation = correction.relation {
            throw TrackerError(.refused,
                en: "\(member.name) is the head; name another head with 'tracker household head' before giving them --relation \(relation.key)",
                zh: "\(member.name) 是户主；请先用 tracker household head 指定新户主，再改其关系")
        }
        if let birth = correction.birthDate, let number = correction.idNumber, number.birthDate != birth {
            throw TrackerError(.invalidInput,
                en: "--birth \(birth) does not match the birth date in the ID number (\(number.birthDate)); correct one of them",
                zh: "--birth \(birth) 与身份证号中的出生日期（\(number.birthDate)）不一致；请改正其一")
        }
        return try database.write { connection in
            if let number = correction.idNumber?.value, let holder = try connection.query("""
                SELECT m.name, h.head_name FROM members m JOIN households h ON h.id = m.household_id
                WHERE m.id_number = :id_number AND m.id <> :id
                """, ["id_number": number, "id": member.id]).first {
                throw TrackerError(.refused,
                    en: "ID number \(Masking.idNumber(number)) is already recorded for \(holder.text("name")) of household \(holder.text("head_name"))",
                    zh: "身份证号 \(Masking.idNumber(number)) 已登记为 \(holder.text("head_name")) 户的 \(holder.text("name"))")
            }
            try connection.run("""
                UPDATE members SET name = coalesce(:name, name), relation = coalesce(:relation, relation),
                    sex = coalesce(:sex, sex), birth_date = coalesce(:birth_date, birth_date),
                    id_number = coalesce(:id_number, id_number), health = coalesce(:health, health),
                    schooling = coalesce(:schooling, schooling), grade = coalesce(:grade, grade),
                    labour = coalesce(:labour, labour), medical_insurance = coalesce(:medical_insurance, medical_insurance),
                    pension_insurance = coalesce(:pension_insurance, pension_insurance)
                WHERE id = :id
                """, ["id": member.id, "name": correction.name, "relation": correction.relation?.key,
                      "sex": (correction.sex ?? correction.idNumber?.sex)?.key,
                      "birth_date": (correction.birthDate ?? correction.idNumber?.birthDate)?.description,
                      "id_number": correction.idNumber?.value, "health": correction.health?.key,
                      "schooling": correction.schooling?.key, "grade": correction.grade, "labour": correction.labour?.key,
                      "medical_insurance": correction.medicalInsurance, "pension_insurance": correction.pensionInsurance])
            if member.relation == .head, member.leftOn == nil, correction.name != nil || correction.idNumber != nil {
                try connection.run("""
                    UPDATE households SET head_name = coalesce(:head_name, head_name),
                        head_id_number = coalesce(:head_id_number, head_id_number)
                    WHERE id = :id
                    """, ["id": member.householdID, "head_name": correction.name,
                          "head_id_number": correction.idNumber?.value])
            }
            return try Self.member(id: member.id, in: connection)
        }
    }

    /// Records that a member left the household on `date` (died, moved out,
    /// married out): they stay in its history, and its size follows from the
    /// next month on (a size given is lowered by one; a size counted from
    /// the members no longer counts them).
    ///
    /// Refused: a member who already left, a date after `today` or before
    /// their birth.
    public func remove(_ member: Member, reason: MemberLeaveReason, on date: CalendarDate, note: String?,
                       today: CalendarDate) throws(TrackerError) -> Member {
        if let left = member.leftOn {
            throw TrackerError(.refused, en: "\(member.name) already left the household on \(left)",
                               zh: "\(member.name) 已于 \(left) 减员")
        }
        if today < date {
            throw TrackerError(.invalidInput, en: "--date \(date) is after today (\(today)); record it once it has happened",
                               zh: "--date \(date) 晚于今天（\(today)）；请在发生后登记")
        }
        if let birth = member.birthDate, date < birth {
            throw TrackerError(.invalidInput, en: "--date \(date) is before \(member.name) was born (\(birth))",
                               zh: "--date \(date) 早于 \(member.name) 的出生日期（\(birth)）")
        }
        // The stable key, so the log's JSON is the same in every language; it shows the label.
        let why = reason.key + (try TextRules.optionalNote(note, field: "--note").map { ": " + $0 } ?? "")
        return try database.write(reason: why) { connection in
            try connection.run("UPDATE members SET left_on = :left_on, left_reason = :left_reason WHERE id = :id",
                               ["left_on": date.description, "left_reason": reason.key, "id": member.id])
            // A size given stays a given size, one smaller from the next month.
            let nextMonth = date.yearMonth.next.firstDay
            let sizeThen = try connection.scalarInt(
                "SELECT \(HouseholdFactQueries.value(.size, column: "size", sentinel: "0")) FROM households h WHERE h.id = :id",
                ["id": member.householdID, "day": nextMonth.description])
            if let sizeThen, sizeThen > 1 {
                try HouseholdFactQueries.insert(.size, household: member.householdID, from: nextMonth, size: sizeThen - 1,
                                                in: connection)
                try HouseholdFactQueries.refreshCurrent(household: member.householdID, today: today, in: connection)
            }
            return try Self.member(id: member.id, in: connection)
        }
    }

    /// Makes `member` the head of their household from `date`, when the head
    /// died or left: the household keeps its code and history, the former
    /// head (if still a member) becomes 其他, and reports from `date` on name
    /// the new head.
    public func makeHead(_ member: Member, of household: Household, from date: CalendarDate,
                         today: CalendarDate) throws(TrackerError) -> Household {
        if let left = member.leftOn {
            throw TrackerError(.refused, en: "\(member.name) left the household on \(left) and cannot be its head",
                               zh: "\(member.name) 已于 \(left) 减员，不能任户主")
        }
        if member.relation == .head {
            throw TrackerError(.refused, en: "\(member.name) is already the head of \(household.label)",
                               zh: "\(member.name) 已是 \(household.label(in: .zh)) 的户主")
        }
        if today < date {
            throw TrackerError(.invalidInput, en: "--date \(date) is after today (\(today))", zh: "--date \(date) 晚于今天（\(today)）")
        }
        return try database.write { connection in
            if let number = member.idNumber, let other = try connection.scalarInt(
                "SELECT id FROM households WHERE head_id_number = :id_number AND id <> :id",
                ["id_number": number, "id": household.id]) {
                let holder = try HouseholdStore.household(id: Int64(other), in: connection)
                throw TrackerError(.refused, en: "\(member.name) is already the head of \(holder.label)",
                                   zh: "\(member.name) 已是 \(holder.label(in: .zh)) 的户主")
            }
            try connection.run("""
                UPDATE members SET relation = 'other'
                WHERE household_id = :household_id AND relation = 'head' AND left_on IS NULL
                """, ["household_id": household.id])
            try connection.run("UPDATE members SET relation = 'head' WHERE id = :id", ["id": member.id])
            try HouseholdFactQueries.insert(.head, household: household.id, from: date, headMemberID: member.id,
                                            headName: member.name, in: connection)
            try connection.run("UPDATE households SET head_id_number = :head_id_number WHERE id = :id",
                               ["head_id_number": member.idNumber, "id": household.id])

            try HouseholdFactQueries.refreshCurrent(household: household.id, today: today, in: connection)
            return try HouseholdStore.household(id: household.id, in: connection)
        }
    }
}
