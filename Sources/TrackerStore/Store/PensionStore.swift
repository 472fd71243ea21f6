internal import SQLiteKit
import TrackerDomain

/// Pension eligibility checks (养老保险待遇资格认证): once every 12 months for
/// each pensioner, by phone app, at a service window, or at home for the frail.
public struct PensionStore {
    /// Pension age for rural residents' basic pension (城乡居民基本养老保险).
    public static let pensionAge = 60
    /// How long one check lasts.
    public static let validMonths = 12

    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// Records a check for one member of a household.
    public func record(member: Member, on date: CalendarDate, method: PensionCheckMethod, official: Official?,
                       note typedNote: String?, today: CalendarDate) throws(TrackerError) {
        if date > today {
            throw TrackerError(.invalidInput, en: "--date \(date) is in the future; record a check after it was done",
                               zh: "--date \(date) 晚于今天；请在认证完成后登记")
        }
        if let birth = member.birthDate, date < birth {
            throw TrackerError(.invalidInput, en: "--date \(date) is before \(member.name) was born (\(birth))",
                               zh: "--date \(date) 早于 \(member.name) 的出生日期（\(birth)）")
        }
        let note = try TextRules.optionalNote(typedNote, field: "--note")
        try database.write { connection in
            try connection.run("""
                INSERT INTO pension_checks (member_id, check_date, method, official_id, note)
                VALUES (:member_id, :check_date, :method, :official_id, :note)
                """, ["member_id": member.id, "check_date": date.description, "method": method.key,
                      "official_id": official?.id, "note": note])
        }
    }

    /// The member of `household` named `name` (or with that ID number).
    public func member(named name: String, of household: Household) throws(TrackerError) -> Member {
        try database.read { connection in
            let members = try MemberStore.members(of: household.id, in: connection)
            let typed = TextRules.canonical(name)
            let matches = members.filter { $0.name == typed || $0.idNumber == typed }
            if matches.count == 1 { return matches[0] }
            if matches.isEmpty {
                let names = members.map(\.name).joined(separator: ", ")
                throw TrackerError(.notFound,
                    en: "\(household.label) has no member named \(name)" + (names.isEmpty ? "; add one with 'tracker member add'" : " (members: \(names))"),
                    zh: "\(household.label(in: .zh)) 没有名为 \(name) 的成员" + (names.isEmpty ? "；可用 tracker member add 添加" : "（成员：\(names)）"))
            }
            throw TrackerError(.ambiguous, en: "\(household.label) has \(matches.count) members named \(name); give the ID number instead",
                               zh: "\(household.label(in: .zh)) 有 \(matches.count) 名成员叫 \(name)；请改用身份证号")
        }
    }

    /// Pensioners (aged 60 or more, not recorded as without pension
    /// insurance) whose last check is missing or lapses within `withinDays`
    /// of `asOf`; lapsed and never-checked first.
    public func due(asOf date: CalendarDate, withinDays: Int = 0, filter: HouseholdFilter = HouseholdFilter())
        throws(TrackerError) -> [PensionDue] {
        try database.read { connection in
            // Born on or before this day means 60 or older on `date`.
            let latestBirth = date.adding(months: -12 * Self.pensionAge)
            var due: [PensionDue] = []
            try connection.forEach("""
                SELECT m.id, m.household_id, m.name, m.relation, m.sex, m.birth_date, m.id_number, m.health, m.schooling,
                       m.grade, m.labour, m.medical_insurance, m.pension_insurance, m.left_on, m.left_reason,
                       h.head_name,
                       (SELECT max(check_date) FROM pension_checks WHERE member_id = m.id AND check_date <= :as_of)
                           AS last_check,
                       (SELECT method FROM pension_checks WHERE member_id = m.id AND check_date <= :as_of
                        ORDER BY check_date DESC, id DESC LIMIT 1) AS last_method,
                       v.name AS village
                FROM members m
                JOIN households h ON h.id = m.household_id
                JOIN places v ON v.id = h.village_id
                JOIN places t ON t.id = v.parent_id
                WHERE m.birth_date <= :latest_birth AND (m.pension_insurance IS NULL OR m.pension_insurance = 1)
                  AND m.left_on IS NULL
                  AND (:town IS NULL OR t.name = :town) AND (:village IS NULL OR v.name = :village)
                ORDER BY sort_key(t.name), sort_key(v.name), sort_key(h.head_name), sort_key(h.code), m.id
                """, ["as_of": date.description, "latest_birth": latestBirth.description, "town": filter.town,
                      "village": filter.village]) { row in
                let member = MemberStore.read(row)
                let last = row.optionalText("last_check").flatMap(CalendarDate.parse)
                let lapses = last.map { Self.nextDue(after: $0) }
                guard lapses.map({ $0.adding(days: -withinDays) <= date }) ?? true else { return }
                due.append(PensionDue(member: member,
                                      householdLabel: Household.briefLabel(headName: row.text("head_name"),
                                                                           village: row.text("village")),
                                      age: member.birthDate.map { $0.age(on: date) } ?? 0, lastCheck: last,
                                      lastMethod: row.optionalText("last_method").flatMap(PensionCheckMethod.init(rawValue:)),

                                      lapsesOn: lapses))
            }
            return due.sorted { ($0.lapsesOn ?? CalendarDate(dayNumber: 0)) < ($1.lapsesOn ?? CalendarDate(dayNumber: 0)) }
        }
    }

    /// When a check made on `date` lapses: the same day a year later
    /// (29 February becomes 28 February).
    public static func nextDue(after date: CalendarDate) -> CalendarDate {
        date.adding(months: validMonths)
    }
}
