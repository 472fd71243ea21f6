import Bilingual
import TrackerDomain

/// The rows of one household code, and the checks that need all of them:
/// exactly one head, one place.
struct RosterHousehold {
    let code: String
    var rows: [RosterPerson] = []

    init(code: String) { self.code = code }

    /// The row household columns are read from: the one head.
    var head: RosterPerson? { rows.first { $0.relation == .head } }

    /// Groups people by household code in order of first appearance; rows
    /// without a readable code were already reported and are left out.
    static func group(_ people: [RosterPerson]) -> [RosterHousehold] {
        var households: [RosterHousehold] = []
        var position: [String: Int] = [:]
        for person in people {
            guard let code = person.code else { continue }
            if let index = position[code] {
                households[index].rows.append(person)
            } else {
                position[code] = households.count
                var household = RosterHousehold(code: code)
                household.rows.append(person)
                households.append(household)
            }
        }
        return households
    }

    /// Problems across this household's rows; none means it can be planned.
    func problems(header: RosterHeader) -> [RosterProblem] {
        var problems: [RosterProblem] = []
        func add(_ line: Int, _ column: RosterColumn, en: String, zh: String) {
            problems.append(RosterProblem(line: line, column: header.name(of: column), reason: LocalizedText(en: en, zh: zh)))
        }
        let heads = rows.filter { $0.relation == .head }
        if heads.isEmpty, rows.allSatisfy(\.relationReadable) {
            let lines = rows.map { String($0.line) }.joined(separator: ", ")
            add(rows[0].line, .relation, en: "household \(code) has no head (lines \(lines)); one row must have relation 户主",
                zh: "户 \(code) 没有户主（第 \(lines) 行）；每户须有一行与户主关系为“户主”")
        }
        for extra in heads.dropFirst() {
            add(extra.line, .relation, en: "a second head for household \(code); the first is on line \(heads[0].line)",
                zh: "户 \(code) 的第二位户主；第一位在第 \(heads[0].line) 行")
        }
        // The place comes from the head's row; other rows may leave it blank
        // (merged cells) but must not name another one.
        let reference = heads.first ?? rows[0]
        if let head = heads.first {
            if head.town == nil { add(head.line, .town, en: "the head's row must give the town", zh: "户主所在行须填写乡镇") }
            if head.village == nil { add(head.line, .village, en: "the head's row must give the village", zh: "户主所在行须填写村") }
        }
        for row in rows where row.line != reference.line {
            for (column, value, expected) in [(RosterColumn.county, row.county, reference.county),
                                              (.town, row.town, reference.town), (.village, row.village, reference.village)] {
                guard let value, let expected, value != expected else { continue }
                add(row.line, column, en: "household \(code) is in \(expected) on line \(reference.line), not \(value); all rows of a household must agree",
                    zh: "户 \(code) 在第 \(reference.line) 行为“\(expected)”，此处为“\(value)”；同一户须一致")
            }
        }
        // Members without an ID number are matched by name on re-import, so
        // two of one name would be indistinguishable.
        var unidentified: [String: Int] = [:]
        for row in rows where row.idNumber == nil {
            guard let name = row.name else { continue }
            if let first = unidentified[name] {
                add(row.line, .name, en: "household \(code) has another member of this name without an ID number (line \(first)); add the ID numbers",
                    zh: "户 \(code) 中另有同名且无身份证号的成员（第 \(first) 行）；请填写身份证号")
            } else {
                unidentified[name] = row.line
            }
        }
        return problems
    }
}
