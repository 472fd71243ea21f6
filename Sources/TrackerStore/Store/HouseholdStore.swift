internal import SQLCore
internal import SQLiteKit
import Bilingual
import TrackerDomain

/// Households: add, edit, list, and resolve a name or code the user typed.
public struct HouseholdStore {
    let database: TrackerDatabase

    public init(_ database: TrackerDatabase) { self.database = database }

    /// Columns of `households` with their place names, as `read(_:)` expects them.
    /// The size is the one recorded (家庭人口 of a roster, `--size`), else the
    /// number of members, so a household added by hand is never sizeless.
    /// The causes are joined main first; the aggregate is the one fragment
    /// whose spelling differs (SQLite 3.40 has no string_agg).
    static func selectColumns(_ dialect: SQLDialect) -> String {
        let causes = switch dialect {
        case .sqlite: """
            (SELECT group_concat(cause, ',') FROM
                   (SELECT cause FROM household_causes WHERE household_id = h.id ORDER BY is_main DESC, id))
            """
        case .postgresql:
            "(SELECT string_agg(cause, ',' ORDER BY is_main DESC, id) FROM household_causes WHERE household_id = h.id)"
        }
        return """
        SELECT h.id, h.code, h.head_name, h.head_id_number, h.phone, c.name AS county, t.name AS town, v.name AS village,
               h.attribute, h.status, h.lifted_year, h.monitoring_kind,
               coalesce(h.size, nullif((SELECT count(*) FROM members m WHERE m.household_id = h.id AND m.left_on IS NULL), 0))
                   AS size,
               s.title AS source,
               \(causes) AS causes,
               h.registered_on, h.closed_on, h.close_reason
        FROM households h
        JOIN places v ON v.id = h.village_id
        JOIN places t ON t.id = v.parent_id
        LEFT JOIN places c ON c.id = t.parent_id
        LEFT JOIN sources s ON s.id = h.source_id
        """
    }

    static func read(_ row: some SQLColumnReading) -> Household {
        Household(
            id: row.int64("id"), code: row.optionalText("code"), headName: row.text("head_name"),
            headIDNumber: row.optionalText("head_id_number"), phone: row.optionalText("phone"),
            place: PlacePath(county: row.optionalText("county"), town: row.text("town"), village: row.text("village")),
            attribute: row.optionalText("attribute").flatMap(HouseholdAttribute.init(rawValue:)),
            causes: (row.optionalText("causes") ?? "").split(separator: ",").compactMap { PovertyCause(rawValue: String($0)) },
            status: HouseholdStatus(rawValue: row.text("status")) ?? .notLifted,
            liftedYear: row.optionalInt("lifted_year"),
            monitoringKind: row.optionalText("monitoring_kind").flatMap(MonitoringKind.init(rawValue:)),
            size: row.optionalInt("size"), source: row.optionalText("source"),
            registeredOn: row.optionalText("registered_on").flatMap(CalendarDate.parse),
            closedOn: row.optionalText("closed_on").flatMap(CalendarDate.parse),
            closeReason: row.optionalText("close_reason").flatMap(HouseholdCloseReason.init(rawValue:)))
    }

    // MARK: Reading

    public func household(id: Int64) throws(TrackerError) -> Household {
        try database.portableRead { connection in try Self.household(id: id, in: connection) }
    }

    static func household(id: Int64, in connection: any SQLConnection) throws -> Household {
        var found: Household?
        try connection.forEach(selectColumns(connection.dialect) + " WHERE h.id = :id", binding: ["id": id]) { found = read($0) }
        guard let found else {
            throw TrackerError(.notFound, en: "no household with id \(id)", zh: "没有编号为 \(id) 的户")
        }
        return found
    }

    /// Households in scope, ordered by town, village, head name (pinyin, see
    /// `ChineseSortKey`), then code (H2 before H10).
    public func list(_ filter: HouseholdFilter = HouseholdFilter()) throws(TrackerError) -> [Household] {
        try database.portableRead { connection in try Self.households(filter, in: connection) }
    }

    static func households(_ filter: HouseholdFilter, in connection: any SQLConnection) throws -> [Household] {
        var households: [Household] = []
        // The pinyin order is SQLite's sort_key(), a function of tracker's
        // own connection; PostgreSQL has none, so there the rows are put in
        // the same order here, by the same keys (NULL first, as SQLite sorts).
        let order = connection.dialect == .sqlite ? "ORDER BY \(listOrder)" : ""
        try connection.forEach(selectColumns(connection.dialect) + " WHERE \(filterCondition) \(order)",
                               binding: ["town": filter.town, "village": filter.village, "status": filter.status?.key]) {
            households.append(read($0))
        }
        guard connection.dialect != .sqlite else { return households }
        return households.map { (household: $0, key: Self.sortKey(of: $0)) }
            .sorted { Self.precedes($0.key, $1.key) }
            .map(\.household)
    }

    /// A `HouseholdFilter` in SQL (:town, :village, :status; NULL: any), over `selectColumns`' h, t and v.
    /// CAST(:x AS TEXT) IS NULL: PostgreSQL cannot type a parameter that is only tested for NULL.
    static let filterCondition = """
        (CAST(:town AS TEXT) IS NULL OR t.name = :town) AND (CAST(:village AS TEXT) IS NULL OR v.name = :village)
          AND (CAST(:status AS TEXT) IS NULL OR h.status = :status)
        """

    /// The order of every household list: town, village, head, code (pinyin, see `ChineseSortKey`).
    static let listOrder = "sort_key(t.name), sort_key(v.name), sort_key(h.head_name), sort_key(h.code), h.id"

    /// The households with these ids, in list order.
    static func households(ids: some Collection<Int64>, in connection: Connection) throws -> [Household] {
        guard !ids.isEmpty else { return [] }
        var households: [Household] = []
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        try connection.forEach(selectColumns(.sqlite) + " WHERE h.id IN (SELECT value FROM json_each(:ids)) ORDER BY \(listOrder)",
                               ["ids": list]) {
            households.append(read($0))
        }
        return households
    }

    /// What `ORDER BY sort_key(town), sort_key(village), sort_key(head), sort_key(code), id` compares.
    private static func sortKey(of household: Household) -> (keys: [[UInt8]?], id: Int64) {
        ([ChineseSortKey.key(household.place.town), ChineseSortKey.key(household.place.village),
          ChineseSortKey.key(household.headName), household.code.map(ChineseSortKey.key)], household.id)
    }

    /// SQLite's order of those keys: NULL before any blob, blobs byte by byte, then the id.
    private static func precedes(_ left: (keys: [[UInt8]?], id: Int64), _ right: (keys: [[UInt8]?], id: Int64)) -> Bool {
        for (a, b) in zip(left.keys, right.keys) where a != b {
            guard let a else { return true }
            guard let b else { return false }
            return a.lexicographicallyPrecedes(b)
        }
        return left.id < right.id
    }

    /// The household a user means by `reference`: a code, or a head's name
    /// (narrowed by `village` when several share it).
    public func resolve(_ reference: String, village: String? = nil) throws(TrackerError) -> Household {
        try database.portableRead { connection in try Self.resolve(reference, village: village, in: connection) }
    }

    static func resolve(_ reference: String, village typedVillage: String?, in connection: any SQLConnection) throws -> Household {
        let text = TextRules.canonical(reference)
        let village = typedVillage.map(TextRules.canonical)
        var byCode: Household?
        let selectColumns = Self.selectColumns(connection.dialect)
        try connection.forEach(selectColumns + " WHERE h.code = :code", binding: ["code": text]) { byCode = read($0) }
        // Codes are typed by hand (h001 for H001); the exact match above uses
        // the index, this one reads every household. SQLite's upper() changes
        // ASCII letters only, so without one the exact match said it all: a
        // head's name (户主) never pays for the scan.
        if byCode == nil, Self.mayDifferInLetterCase(text) {
            try connection.forEach(selectColumns + " WHERE upper(h.code) = upper(:code)", binding: ["code": text]) { byCode = read($0) }
        }
        if let byCode, village == nil || byCode.place.village == village { return byCode }

        var matches: [Household] = []
        try connection.forEach(
            selectColumns + " WHERE h.head_name = :head_name AND (CAST(:village AS TEXT) IS NULL OR v.name = :village) ORDER BY h.id",
            binding: ["head_name": text, "village": village]) { matches.append(read($0)) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw TrackerError(.ambiguous,
                en: "household \(text) is ambiguous: \(matches.count) matches; add --village or use the code",
                zh: "户主 \(text) 有 \(matches.count) 户同名；请加 --village 或使用户编号",
                detailLines: matches.map { LocalizedText(en: $0.label(in: .en), zh: $0.label(in: .zh)) })
        }
        let suggestions = try similarNames(to: text, village: village, in: connection)
        let scope = village.map { " in \($0)" } ?? ""
        let scopeZH = village.map { "在\($0)" } ?? ""
        throw TrackerError(.notFound,
            en: "no household named \(text)\(scope)" + (suggestions.isEmpty ? "; see 'tracker household list'" : "; did you mean: \(suggestions.map(\.en).joined(separator: ", "))?"),
            zh: "\(scopeZH)没有户主为 \(text) 的户" + (suggestions.isEmpty ? "；可用 tracker household list 查看" : "；是否要找：\(suggestions.map(\.zh).joined(separator: "、"))？"))
    }

    /// Whether a code typed as `text` could match a stored code only in
    /// ASCII letter case: it has an ASCII letter (all upper() changes).
    static func mayDifferInLetterCase(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
    }

    /// Head names close to `name` (one character off, or containing it),
    /// preferring the same village; at most five.
    static func similarNames(to name: String, village: String?, in connection: any SQLConnection) throws -> [LocalizedText] {
        var scored: [(label: LocalizedText, distance: Int, sameVillage: Bool)] = []
        let target = Array(name)
        try connection.forEach("""
            SELECT h.head_name, v.name AS village, t.name AS town FROM households h
            JOIN places v ON v.id = h.village_id JOIN places t ON t.id = v.parent_id
            WHERE length(h.head_name) BETWEEN :length - 2 AND :length + 2
            """, binding: ["length": target.count]) { row in
            let candidate = row.text("head_name")
            let distance = NameDistance.between(target, Array(candidate))
            let limit = target.count <= 2 ? 1 : 2
            if distance <= limit || candidate.contains(name) || name.contains(candidate) {
                let place = PlacePath(town: row.text("town"), village: row.text("village"))
                let label = LocalizedText(en: Household.label(headName: candidate, place: place, code: nil, in: .en),
                                          zh: Household.label(headName: candidate, place: place, code: nil, in: .zh))
                scored.append((label, distance, row.text("village") == village))

            }
        }
        return scored.sorted { ($0.sameVillage ? 0 : 1, $0.distance, $0.label.en) < ($1.sameVillage ? 0 : 1, $1.distance, $1.label.en) }
            .prefix(5).map(\.label)
    }

    // MARK: Writing

    /// Adds a household; its place is created when new.
    public func add(_ given: HouseholdFields) throws(TrackerError) -> Household {
        let fields = try HouseholdRules.validatedForAdd(given)
        return try database.portableWrite { connection in
            guard let villageID = try PlaceStore(connection: connection).villageID(
                for: PlacePath(county: fields.county, town: fields.town!, village: fields.village!), create: true)
            else { preconditionFailure("create: true always yields a village") }
            try checkUnique(fields, excluding: nil, in: connection)
            let row = HouseholdRow(
                code: fields.code, headName: fields.headName!, headIDNumber: fields.headIDNumber?.value,
                phone: fields.phone, villageID: villageID, attribute: fields.attribute?.key,
                status: (fields.status ?? .notLifted).key, liftedYear: fields.liftedYear,
                monitoringKind: fields.monitoringKind?.key, size: fields.size,
                registeredOn: fields.registeredOn?.description, causes: (fields.causes ?? []).map(\.key))
            // The head is a member of the household too (户主), so the case
            // lists them with the rest of the family.
            var head = MemberFields(name: fields.headName!, relation: .head)
            head.idNumber = fields.headIDNumber
            let id = try Self.insert(row, members: [head], in: connection)
            return try Self.household(id: id, in: connection)

        }
    }

    /// Changes the given fields of a household; the rest stay as they were.
    /// Dated facts (status, attribute, village, size, head) change from today.
    public func edit(_ household: Household, _ fields: HouseholdFields, override: String? = nil) throws(TrackerError) -> Household {
        try edit(household, fields, from: nil, today: CalendarDate.today(), override: override).household
    }

    /// Changes the given fields of a household. Status, attribute, village,
    /// size and head are dated facts: each is recorded as holding from
    /// `from` (default `today`), so reports for months before it keep what
    /// held then, and reports for the closed months from it on change (they
    /// are listed in the outcome). The other fields are corrections of the
    /// record and have no date.
    ///
    /// Marking a household 已脱贫 checks the rules of 脱贫 (`LiftingRules`)
    /// as they stood on the day it takes effect (`from`, default `today`);
    /// when one fails the edit is refused listing every blocker, unless
    /// `override` gives the reason to lift it anyway, which is recorded with
    /// the blockers in `lift_overrides` (and so in the audit log) in the
    /// same transaction.
    ///
    /// Refused: nothing to change, `from` after `today`, `from` without a
    /// dated fact to go with it, an unmet rule of 脱贫 without `override`.
    public func edit(_ household: Household, _ given: HouseholdFields, from: CalendarDate?,
                     today: CalendarDate, override: String? = nil) throws(TrackerError) -> HouseholdEditOutcome {
        guard !given.isEmpty else {
            throw TrackerError(.refused, en: "nothing to change; give at least one option such as --phone or --status",
                               zh: "没有要修改的内容；请至少给出一个选项，如 --phone 或 --status")
        }
        let fields = try HouseholdRules.validatedForEdit(given, current: household)
        let changesStatus = fields.status != nil || fields.liftedYear != nil || fields.monitoringKind != nil
        let changesPlace = fields.town != nil || fields.village != nil || fields.county != nil
        let kinds: [HouseholdFactKind] = [
            changesStatus ? .status : nil, fields.attribute != nil ? .attribute : nil, changesPlace ? .village : nil,
            fields.size != nil ? .size : nil, fields.headName != nil ? .head : nil,
        ].compactMap { $0 }
        if let from {
            if today < from {
                throw TrackerError(.invalidInput,
                    en: "--from \(from) is after today (\(today)); record a change once it has happened",
                    zh: "--from \(from) 晚于今天（\(today)）；请在变化发生后再登记")
            }
            if kinds.isEmpty {
                throw TrackerError(.invalidInput,
                    en: "--from dates a change of --status, --attribute, --village, --size or --name; give one of them",
                    zh: "--from 用于标明 --status、--attribute、--village、--size 或 --name 的变化日期；请给出其中之一")
            }
        }
        let date = from ?? today
        let lifting = fields.status == .lifted && household.status != .lifted
        var reason = override.map(TextRules.canonical)
        if let typed = reason {
            guard lifting else {
                throw TrackerError(.invalidInput,
                    en: "--override applies only when marking a household lifted (--status 已脱贫)",
                    zh: "--override 仅用于标记脱贫（--status 已脱贫）")
            }
            guard !typed.isEmpty else {
                throw TrackerError(.invalidInput, en: "--override needs a reason: --override \"REASON\"",
                                   zh: "--override 须写明理由：--override \"理由\"")
            }
            reason = try TextRules.note(typed, field: "--override")
            // The reason also goes beside the command in `tracker log`.
            database.commandReason = reason
        }
        return try database.write { connection in
            try checkUnique(fields, excluding: household.id, in: connection)
            if lifting {
                let blockers = try Self.liftBlockers(of: household.id, today: date, in: connection)
                if !blockers.isEmpty {
                    guard let reason else { throw Self.liftRefusal(household, blockers) }
                    try connection.run("""
                        INSERT INTO lift_overrides (household_id, decided_on, reason, blockers)
                        VALUES (:household_id, :decided_on, :reason, :blockers)
                        """, ["household_id": household.id, "decided_on": today.description, "reason": reason,
                              "blockers": RosterQueries.jsonArray(blockers.map(\.message.en))])
                }
            }
            if let registered = fields.registeredOn {
                try checkNoVisitBefore(registered, of: household, in: connection)
            }
            if changesPlace {
                let place = PlacePath(county: fields.county ?? household.place.county,
                                      town: fields.town ?? household.place.town,
                                      village: fields.village ?? household.place.village)
                let villageID = try PlaceStore(connection: connection).villageID(for: place, create: true)
                try HouseholdFactQueries.insert(.village, household: household.id, from: date, villageID: villageID,
                                                in: connection)
            }
            if changesStatus {
                let status = fields.status ?? household.status
                // The year goes with 已脱贫 only and the kind with 监测对象 only: a
                // status change clears what no longer applies.
                let liftedYear: Int? = status == .lifted ? (fields.liftedYear ?? household.liftedYear) : nil
                let monitoringKind: MonitoringKind? =
                    status == .monitored ? (fields.monitoringKind ?? household.monitoringKind) : nil
                try HouseholdFactQueries.insert(.status, household: household.id, from: date, status: status,
                                                liftedYear: liftedYear, monitoringKind: monitoringKind, in: connection)
            }
            if let attribute = fields.attribute {
                try HouseholdFactQueries.insert(.attribute, household: household.id, from: date, attribute: attribute,
                                                in: connection)
            }
            if let size = fields.size {
                try HouseholdFactQueries.insert(.size, household: household.id, from: date, size: size, in: connection)
            }
            if let name = fields.headName {
                let headID = try connection.scalarInt(
                    "SELECT id FROM members WHERE household_id = :household_id AND relation = 'head' AND left_on IS NULL",
                    ["household_id": household.id])
                try HouseholdFactQueries.insert(.head, household: household.id, from: date,
                                                headMemberID: headID.map(Int64.init), headName: name, in: connection)
            }
            // One UPDATE per kind of change, and none without one, so the
            // audit log holds no row that changed nothing.
            if fields.code != nil || fields.headIDNumber != nil || fields.phone != nil || fields.registeredOn != nil {
                try connection.run("""
                    UPDATE households SET
                        code = coalesce(:code, code), head_id_number = coalesce(:head_id_number, head_id_number),
                        phone = coalesce(:phone, phone), registered_on = coalesce(:registered_on, registered_on)
                    WHERE id = :id
                    """, ["id": household.id, "code": fields.code, "head_id_number": fields.headIDNumber?.value,
                          "phone": fields.phone, "registered_on": fields.registeredOn?.description])
            }
            if !kinds.isEmpty {
                try HouseholdFactQueries.refreshCurrent(household: household.id, today: today, in: connection)
            }
            if let causes = fields.causes { try Self.replaceCauses(causes.map(\.key), of: household.id, in: connection) }
            // Keep the head member in step with the household's head.
            if fields.headName != nil || fields.headIDNumber != nil {
                try connection.run("""
                    UPDATE members SET name = coalesce(:name, name), id_number = coalesce(:id_number, id_number),
                        sex = coalesce(:sex, sex), birth_date = coalesce(:birth_date, birth_date)
                    WHERE household_id = :household_id AND relation = 'head' AND left_on IS NULL
                    """, ["household_id": household.id, "name": fields.headName, "id_number": fields.headIDNumber?.value,
                          "sex": fields.headIDNumber?.sex.key, "birth_date": fields.headIDNumber?.birthDate.description])
            }
            var changed = Set<YearMonth>()
            var superseded: [HouseholdFactKind] = []
            for kind in kinds {
                changed.formUnion(try HouseholdFactQueries.changedReports(
                    from: date, kind: kind, household: household.id, today: today, in: connection))
                if try HouseholdFactQueries.nextStart(after: date, kind: kind, household: household.id, in: connection) != nil {
                    superseded.append(kind)
                }
            }
            return HouseholdEditOutcome(household: try Self.household(id: household.id, in: connection),
                                        recorded: kinds, changedReports: changed.sorted(),
                                        supersededToday: superseded)
        }
    }

    /// What keeps a household from being marked 已脱贫 as of `today`; empty
    /// when every rule of 脱贫 is met.
    public func liftBlockers(of household: Household, today: CalendarDate) throws(TrackerError) -> [LiftBlocker] {
        try database.read { connection in try Self.liftBlockers(of: household.id, today: today, in: connection) }
    }

    static func liftBlockers(of household: Int64, today: CalendarDate, in connection: Connection) throws -> [LiftBlocker] {
        LiftingRules.blockers(
            openItems: try RectificationQueries.items(of: household, in: connection).filter { $0.status == .open },
            checklist: try ChecklistQueries.status(of: household, asOf: today, in: connection),
            incomes: try MoneyQueries.incomes(of: household, in: connection), today: today)
    }

    /// The refusal listing every blocker, in both languages.
    static func liftRefusal(_ household: Household, _ blockers: [LiftBlocker]) -> TrackerError {
        let count = blockers.count
        return TrackerError(.refused,
            en: "\(household.label) cannot be marked lifted: \(count) rule\(count == 1 ? "" : "s") for lifting \(count == 1 ? "is" : "are") not met; resolve \(count == 1 ? "it" : "them"), or give --override \"REASON\" to lift it anyway",
            zh: "\(household.label(in: .zh)) 不能标记为已脱贫：有 \(count) 项脱贫条件未满足；请先解决，或用 --override “理由” 强制标记",
            details: blockers.map(\.message.en), chineseDetails: blockers.map(\.message.zh))
    }

    /// A registration may not move after a recorded visit: that visit would
    /// fall before it and out of the monthly reports.
    private func checkNoVisitBefore(_ registered: CalendarDate, of household: Household, in connection: Connection) throws {
        guard let text = try connection.scalarText(
            "SELECT min(visit_date) FROM visits WHERE household_id = :household_id", ["household_id": household.id]),
            let first = CalendarDate.parse(text), first < registered else { return }
        throw TrackerError(.refused,
            en: "\(household.label) has a visit on \(first); --registered cannot be later than its first visit",
            zh: "\(household.label(in: .zh)) 在 \(first) 已有走访记录；--registered 不能晚于第一次走访")
    }


    /// Refuses a code or head ID number another household already has, with
    /// a message naming that household (the UNIQUE index alone would not).
    private func checkUnique(_ fields: HouseholdFields, excluding id: Int64?, in connection: any SQLConnection) throws {
        // `id IS NOT :id` is SQLite's; both engines run the spelled-out form.
        let notThisOne = "(CAST(:id AS BIGINT) IS NULL OR id <> :id)"
        if let code = fields.code, let other = try connection.scalar(
            "SELECT id FROM households WHERE upper(code) = upper(:code) AND \(notThisOne)",
            binding: ["code": code, "id": id])?.int64 {
            let holder = try Self.household(id: other, in: connection)
            throw TrackerError(.refused, en: "code \(code) already belongs to \(holder.label); choose another --code",
                               zh: "户编号 \(code) 已属于 \(holder.label(in: .zh))；请换一个 --code")
        }
        if let number = fields.headIDNumber?.value, let other = try connection.scalar(
            "SELECT id FROM households WHERE head_id_number = :id_number AND \(notThisOne)",
            binding: ["id_number": number, "id": id])?.int64 {
            let holder = try Self.household(id: other, in: connection)
            throw TrackerError(.refused,
                en: "ID number \(Masking.idNumber(number)) is already the head of \(holder.label)",
                zh: "身份证号 \(Masking.idNumber(number)) 已是 \(holder.label(in: .zh)) 的户主")
        }
        // The head is also a member; another household's member may not carry the number.
        if let number = fields.headIDNumber?.value, let holder = try connection.query("""
            SELECT m.name, h.head_name FROM members m JOIN households h ON h.id = m.household_id
            WHERE m.id_number = :id_number AND (CAST(:id AS BIGINT) IS NULL OR m.household_id <> :id)
            """, binding: ["id_number": number, "id": id]).first {
            throw TrackerError(.refused,
                en: "ID number \(Masking.idNumber(number)) is already recorded for \(holder.text("name")) of household \(holder.text("head_name"))",
                zh: "身份证号 \(Masking.idNumber(number)) 已登记为 \(holder.text("head_name")) 户的 \(holder.text("name"))")

        }
    }
}
