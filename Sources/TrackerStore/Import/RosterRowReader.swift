import Bilingual
import CSVKit
import TrackerDomain

/// Turns roster records into `RosterPerson`s, noting every problem of every
/// cell rather than stopping at the first.
///
/// Enumerated cells repeat endlessly in a roster (健康, 户主, 男), so each
/// distinct spelling is parsed once and remembered: a 100,000-row file
/// would otherwise spend most of its time matching spellings.
struct RosterRowReader {
    let header: RosterHeader
    let today: CalendarDate
    private(set) var problems: [RosterProblem] = []
    /// Positions of unnamed columns seen holding data.
    private(set) var unnamedWithData: Set<Int> = []
    /// Line of the first row with each ID number (18-character form, so an
    /// old 15-digit number and its new form are one person).
    private var idLines: [String: Int] = [:]
    /// Per enum type, each spelling seen and the key it parsed to (nil: unreadable).
    private var memo: [ObjectIdentifier: [String: String?]] = [:]

    init(header: RosterHeader, today: CalendarDate) {
        self.header = header
        self.today = today
    }

    /// The person on `record`, or nil for a ragged row (its cells cannot be
    /// trusted to be under the right headers).
    mutating func read(_ record: CSVRecord) -> RosterPerson? {
        guard record.count == header.count else {
            problems.append(RosterProblem(line: record.line, column: nil, reason: LocalizedText(
                en: "has \(record.count) fields but the header has \(header.count); look for a missing or extra comma",
                zh: "有 \(record.count) 个字段，表头有 \(header.count) 个；检查是否多了或少了逗号")))
            return nil
        }
        for position in header.unnamedPositions where !record[position].trimmingWhitespace().isEmpty {
            unnamedWithData.insert(position)
        }
        var person = RosterPerson(line: record.line)
        func cell(_ column: RosterColumn) -> String? { header.cell(column, in: record) }

        if let code = cell(.code) {
            person.code = storedText(code, column: .code, limit: TextRules.maximumCodeLength, record: record)
            if let checked = person.code, checked.unicodeScalars.contains(where: \.properties.isWhitespace) {
                report(record, .code, TextProblem.space.reason)
                person.code = nil
            }
        } else {
            report(record, .code, en: "the household code is missing", zh: "缺少户编号")
        }
        for (column, keyPath) in [(RosterColumn.county, \RosterPerson.county), (.town, \.town), (.village, \.village)] {
            guard let value = cell(column) else { continue }
            person[keyPath: keyPath] = storedText(value, column: column, limit: TextRules.maximumLineLength, record: record)
        }
        if let name = cell(.name) {
            person.name = storedText(name, column: .name, limit: TextRules.maximumNameLength, record: record)
        } else {
            report(record, .name, en: "the name is missing", zh: "缺少姓名")
        }
        if let text = cell(.relation) {
            person.relation = parse(text, as: Relation.self, column: .relation, record: record)
            person.relationReadable = person.relation != nil
        } else {
            report(record, .relation, en: "the relation to the head is missing", zh: "缺少与户主关系")
        }

        if var text = cell(.idNumber) {
            // Excel users type a leading apostrophe to keep 18 digits as text.
            if text.hasPrefix("'") { text.removeFirst() }
            do {
                let number = try ResidentID(text, today: today)
                if let first = idLines[number.eighteenCharacterForm] {
                    report(record, .idNumber, en: "the same ID number as line \(first)", zh: "与第 \(first) 行的身份证号重复")
                } else {
                    idLines[number.eighteenCharacterForm] = record.line
                    person.idNumber = number
                }
            } catch {
                if case .invalidResidentID(_, let problem) = error {
                    report(record, .idNumber, Self.idReason(problem))
                }
            }
        }
        if let text = cell(.sex) {
            person.sex = parse(text, as: Sex.self, column: .sex, record: record)
            if let sex = person.sex, let number = person.idNumber, number.sex != sex {
                report(record, .sex, en: "does not match the ID number, which says \(number.sex.label(in: .en))",
                       zh: "与身份证号所示性别（\(number.sex.label(in: .zh))）不一致")
            }
        }
        if let text = cell(.birth) {
            person.birthDate = readBirthDate(text, record: record)
            if let birth = person.birthDate, let number = person.idNumber, number.birthDate != birth {
                report(record, .birth, en: "does not match the birth date in the ID number (\(number.birthDate))",
                       zh: "与身份证号中的出生日期（\(number.birthDate)）不一致")
            }
        }
        if let text = cell(.health) { person.health = parse(text, as: Health.self, column: .health, record: record) }
        if let text = cell(.schooling) { person.schooling = parse(text, as: Schooling.self, column: .schooling, record: record) }
        if let text = cell(.labour) { person.labour = parse(text, as: Labour.self, column: .labour, record: record) }

        if let phone = cell(.phone) {
            if let checked = try? TextRules.phone(phone) {
                person.phone = checked
            } else {
                report(record, .phone, en: "not a phone number (5 to 20 digits with optional +, - and spaces)",
                       zh: "不是有效电话号码（5 到 20 位数字，可含 +、- 和空格）")
            }
        }
        if let text = cell(.attribute) {
            person.attribute = parse(text, as: HouseholdAttribute.self, column: .attribute, record: record)
        }
        if let text = cell(.cause) { person.causes = readCauses(text, record: record) }
        if let text = cell(.status) {
            // A monitored household's row often names the monitoring kind itself (边缘易致贫户).
            if let kind = memoized(text, as: MonitoringKind.self) {
                person.status = .monitored
                person.monitoringKind = kind
            } else {
                person.status = parse(text, as: HouseholdStatus.self, column: .status, record: record)
            }
        }
        if let text = cell(.size) {
            if let size = Int(text), (1...99).contains(size) {
                person.size = size
            } else {
                report(record, .size, en: "expected a whole number from 1 to 99", zh: "应为 1 到 99 之间的整数")
            }
        }
        if let text = cell(.registered) { person.registered = readRegistration(text, record: record) }
        return person
    }

    // MARK: Cells

    /// A cell stored as text (code, place, name) in the form every store
    /// uses (`TextRules`), or nil after reporting why it cannot be.
    private mutating func storedText(_ text: String, column: RosterColumn, limit: Int, record: CSVRecord) -> String? {
        let canonical = TextRules.canonical(text)
        if let problem = TextRules.problem(in: canonical, multiline: false, limit: limit) {
            report(record, column, problem.reason)
            return nil
        }
        return canonical
    }

    private mutating func parse<Value: DomainEnum>(_ text: String, as type: Value.Type, column: RosterColumn,
                                                   record: CSVRecord) -> Value? {
        let parsed = memoized(text, as: type)
        if parsed == nil {
            report(record, column, en: "'\(text)' is not recognised; expected one of: \(Value.acceptedSpellings(in: .en))",
                   zh: "无法识别“\(text)”；可选值：\(Value.acceptedSpellings(in: .zh))")
        }
        return parsed
    }

    /// `Value.parse(text)`, remembered per spelling.
    private mutating func memoized<Value: DomainEnum>(_ text: String, as type: Value.Type) -> Value? {
        if let known = memo[ObjectIdentifier(type)]?[text] { return known.flatMap(Value.init(rawValue:)) }
        let parsed = Value.parse(text)
        memo[ObjectIdentifier(type), default: [:]][text] = .some(parsed?.rawValue)
        return parsed
    }

    /// Birth dates: a date before 1900 or after today is a typo, not a person.
    private mutating func readBirthDate(_ text: String, record: CSVRecord) -> CalendarDate? {
        guard let birth = readDate(text, column: .birth, monthAllowed: false, record: record) else { return nil }
        if birth.year < 1900 || birth > today {
            report(record, .birth, en: "birth date \(birth) should be between 1900 and today",
                   zh: "出生日期 \(birth) 应在 1900 年到今天之间")
            return nil
        }
        return birth
    }

    /// 建档日期 / 识别时间: rosters often give only the month, taken as its
    /// first day (a visit later that month is after the registration). A
    /// registration after today cannot have happened.
    private mutating func readRegistration(_ text: String, record: CSVRecord) -> CalendarDate? {
        guard let registered = readDate(text, column: .registered, monthAllowed: true, record: record) else { return nil }
        if registered.year < 1978 || registered > today {
            report(record, .registered, en: "registration \(registered) should be between 1978 and today",
                   zh: "建档日期 \(registered) 应在 1978 年到今天之间")
            return nil
        }
        return registered
    }

    /// Dates as rosters write them: `YYYY-MM-DD`, `YYYYMMDD` or `YYYY/M/D`
    /// (Excel's default in Chinese locales); with `monthAllowed` also
    /// `YYYY-MM` and `YYYY/M`, as the month's first day. Reports the problem
    /// and returns nil when `text` is none of these.
    private mutating func readDate(_ text: String, column: RosterColumn, monthAllowed: Bool,
                                   record: CSVRecord) -> CalendarDate? {
        var date: CalendarDate?
        var reason: LocalizedText?
        if text.contains("/") {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            let numbers = parts.map { ASCIIDigits.value($0.utf8) }
            if (parts.count == 3 || (monthAllowed && parts.count == 2)), parts[0].utf8.count == 4,
                parts.dropFirst().allSatisfy({ (1...2).contains($0.utf8.count) }), !numbers.contains(nil) {
                date = CalendarDate(year: numbers[0]!, month: numbers[1]!, day: parts.count == 3 ? numbers[2]! : 1)
                if date == nil { reason = LocalizedText(en: "there is no such day", zh: "日期不存在") }
            }
        } else if monthAllowed, text.utf8.count == 7, let month = YearMonth.parse(text) {
            date = month.firstDay
        } else {
            do {
                date = try CalendarDate(text)
            } catch {
                // A layout problem gets the roster's own list of layouts below.
                if case .invalidDate(_, let problem) = error, !problem.isFormat {
                    reason = LocalizedText(en: problem.message(in: .en), zh: problem.message(in: .zh))
                }
            }
        }
        guard let date else {
            let layoutsZH = monthAllowed ? "YYYY-MM-DD、YYYY/M/D、YYYYMMDD、YYYY-MM 或 YYYY/M" : "YYYY-MM-DD、YYYY/M/D 或 YYYYMMDD"
            let layoutsEN = monthAllowed ? "YYYY-MM-DD, YYYY/M/D, YYYYMMDD, YYYY-MM or YYYY/M" : "YYYY-MM-DD, YYYY/M/D or YYYYMMDD"
            report(record, column, reason ?? LocalizedText(
                en: "'\(text)' is not a date; expected \(layoutsEN)",
                zh: "日期“\(text)”格式应为 \(layoutsZH)"))
            return nil
        }
        return date
    }

    /// 主要致贫原因 may list several causes (因病、缺技术); the first is the main one.
    private mutating func readCauses(_ text: String, record: CSVRecord) -> [PovertyCause]? {
        let separators: Set<Character> = [",", "，", "、", ";", "；", "/"]
        var causes: [PovertyCause] = []
        for part in text.split(whereSeparator: separators.contains) {
            let spelling = String(part).trimmingWhitespace()
            if spelling.isEmpty { continue }
            guard let cause = parse(spelling, as: PovertyCause.self, column: .cause, record: record) else { return nil }
            if causes.contains(cause) {
                report(record, .cause, en: "'\(spelling)' is given twice", zh: "“\(spelling)”重复")
                return nil
            }
            causes.append(cause)
        }
        return causes.isEmpty ? nil : causes
    }

    static func idReason(_ problem: ResidentIDProblem) -> LocalizedText {
        if case let .checkCharacter(expected, found) = problem {
            return LocalizedText(en: "check character should be \(expected), not \(found)",
                                 zh: "校验码应为 \(expected)，而不是 \(found)")
        }
        return LocalizedText(en: problem.message(in: .en), zh: problem.message(in: .zh))
    }

    // MARK: Problems

    mutating func report(_ record: CSVRecord, _ column: RosterColumn, en: String, zh: String) {
        report(record, column, LocalizedText(en: en, zh: zh))
    }

    mutating func report(_ record: CSVRecord, _ column: RosterColumn, _ reason: LocalizedText) {
        problems.append(RosterProblem(line: record.line, column: header.name(of: column), reason: reason))
    }
}

extension DateProblem {
    fileprivate var isFormat: Bool {
        if case .format = self { true } else { false }
    }
}
