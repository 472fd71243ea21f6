internal import SQLiteKit
import Bilingual
import TrackerDomain

/// Compares a roster's households, one at a time, with what the database
/// holds and decides what to insert and what to update; and, when asked,
/// writes that household at once.
///
/// The caller runs it inside one transaction and throws (rolling every
/// write back) when any problem turns up, so the import stays all or
/// nothing while only one household is held in memory. A dry run plans the
/// same way without writing, so it reports exactly what a real run does.
struct RosterPlanner {
    /// What to do for one household of the file.
    private struct Step {
        var place: PlacePath
        /// The household's columns after the import; `villageID` is nil
        /// while the village does not exist yet.
        var household: StoredHousehold
        var villageID: Int64?
        var old: StoredHousehold?
        /// Members whose stored values change; a former head comes first so
        /// the one-head index never sees two heads.
        var memberUpdates: [StoredMember] = []
        var memberInserts: [MemberFields] = []
    }

    let header: RosterHeader
    /// Whether `plan` lists each household added, or only counts them.
    let listsAddedHouseholds: Bool
    private(set) var plan: RosterImportPlan
    /// Problems found since the caller last took them.
    private var problems: [RosterProblem] = []
    /// Villages looked up (nil: not there yet, on a dry run) or created, by place.
    private var villageIDs: [PlacePath: Int64?] = [:]
    /// First visit date of the stored household being planned: a
    /// registration may not move after it.
    private var firstVisits: [Int64: String] = [:]

    init(header: RosterHeader, plan: RosterImportPlan, listsAddedHouseholds: Bool) {
        self.header = header
        self.listsAddedHouseholds = listsAddedHouseholds
        self.plan = plan
    }

    mutating func takeProblems() -> [RosterProblem] {
        defer { problems.removeAll(keepingCapacity: true) }
        return problems
    }

    // MARK: Planning

    /// A row whose ID number belongs to someone of another household in the database.
    mutating func reportHeldElsewhere(line: Int, name: String, code: String?) {
        let other = code.map { "\(name) (\($0))" } ?? name
        report(line, .idNumber, en: "this ID number belongs to \(other), of another household in the database; move or correct that record first",
               zh: "该身份证号在数据库中属于另一户的 \(other)；如确已迁户，请先在原户中处理")
    }

    /// Plans `household` (whose code the stored household `existingID` has,
    /// if any) and, with `write`, writes it.
    mutating func take(_ household: RosterHousehold, existingID: Int64?, write: Bool, in connection: Connection) throws {
        // Households with problems of their own were reported; plan the rest.
        guard let head = household.head, let place = head.place, let headName = head.name else { return }
        let old = try existingID.flatMap { try RosterQueries.storedHousehold(id: $0, in: connection) }
        if let old { firstVisits = try RosterQueries.firstVisits(of: [old.0.id], in: connection) }
        var villageID: Int64?
        if let known = villageIDs[place] {
            villageID = known
        } else {
            do {
                villageID = try PlaceStore(connection: connection).villageID(for: place, create: write)
                villageIDs[place] = villageID
            } catch let error as TrackerError where error.kind == .ambiguous {
                report(head.line, .town, en: error.message.en + " (as a 县 column)", zh: error.message.zh + "（请加“县”列）")
                return
            }
        }
        var step = Step(
            place: place,
            household: StoredHousehold(
                id: old?.0.id ?? 0, code: household.code, headName: headName, headIDNumber: head.idNumber?.value,
                phone: head.phone, villageID: villageID ?? 0, attribute: head.attribute?.key,
                status: (head.status ?? .notLifted).key, liftedYear: nil, monitoringKind: head.monitoringKind?.key,
                size: head.size, registeredOn: head.registered?.description, causes: head.causes?.map(\.key) ?? []),
            villageID: villageID, old: old?.0)
        if let (stored, members) = old {
            planUpdate(of: &step, household, head: head, stored: stored, members: members)
        } else {
            plan.householdsAdded += 1
            if listsAddedHouseholds {
                plan.householdsToAdd.append(RosterChange(line: head.line, householdCode: household.code, name: headName))
            }
            for row in household.rows {
                guard let fields = Self.memberFields(row) else { continue }
                step.memberInserts.append(fields)
                plan.membersAdded += 1
            }
        }
        if write { try apply(step, in: connection) }
    }

    private mutating func planUpdate(of step: inout Step, _ household: RosterHousehold, head: RosterPerson,
                                     stored: StoredHousehold, members: [StoredMember]) {
        // Members: by ID number, then by name among those not yet matched
        // (which also catches an ID number corrected since the last import).
        var indexByID: [String: Int] = [:]
        for (index, member) in members.enumerated() {
            if let number = member.idNumber { indexByID[number] = index }
        }
        var claimed = Set<Int>()
        var match = [Int?](repeating: nil, count: household.rows.count)
        for (position, row) in household.rows.enumerated() {
            if let number = row.idNumber?.value, let index = indexByID[number], !claimed.contains(index) {
                match[position] = index
                claimed.insert(index)
            }
        }
        for (position, row) in household.rows.enumerated() where match[position] == nil {
            guard let name = row.name else { continue }
            var candidates = members.indices.filter { !claimed.contains($0) && members[$0].name == name }
            if candidates.count > 1 {
                let withoutID = candidates.filter { members[$0].idNumber == nil }
                if withoutID.count == 1 { candidates = withoutID }
            }
            if candidates.count > 1 {
                report(row.line, .name, en: "household \(household.code) has \(candidates.count) members named \(name) in the database; add the ID number to tell them apart",
                       zh: "数据库中户 \(household.code) 有 \(candidates.count) 位名为 \(name) 的成员；请填写身份证号以区分")
            } else if let index = candidates.first {
                match[position] = index
                claimed.insert(index)
            }
        }
        let oldHead = members.firstIndex { $0.relation == Relation.head.key }
        if let oldHead, !claimed.contains(oldHead) {
            let name = members[oldHead].name
            report(head.line, .relation, en: "the database has \(name) as head of household \(household.code), who is not in this file; include \(name) with their new relation",
                   zh: "数据库中户 \(household.code) 的户主是 \(name)，本文件未列出此人；请把 \(name) 连同新的关系一并列入")
        }
        plan.membersNotInFile += members.count - claimed.count

        var headMember: StoredMember?
        for (position, row) in household.rows.enumerated() {
            guard let fields = Self.memberFields(row) else { continue }
            guard let index = match[position] else {
                step.memberInserts.append(fields)
                plan.membersAdded += 1
                continue
            }
            let old = members[index]
            var new = old
            new.name = fields.name
            new.relation = fields.relation.key
            if let sex = row.effectiveSex { new.sex = sex.key }
            if let birth = row.effectiveBirthDate { new.birthDate = birth.description }
            if let number = row.idNumber { new.idNumber = number.value }
            if let health = row.health { new.health = health.key }
            if let schooling = row.schooling { new.schooling = schooling.key }
            if let labour = row.labour { new.labour = labour.key }
            if row.relation == .head { headMember = new }
            guard new != old else {
                plan.membersUnchanged += 1
                continue
            }
            if old.relation == Relation.head.key {
                step.memberUpdates.insert(new, at: 0)
            } else {
                step.memberUpdates.append(new)
            }
            let columns: [(RosterColumn, Bool)] = [
                (.name, new.name != old.name), (.relation, new.relation != old.relation), (.idNumber, new.idNumber != old.idNumber),
                (.sex, new.sex != old.sex), (.birth, new.birthDate != old.birthDate), (.health, new.health != old.health),
                (.schooling, new.schooling != old.schooling), (.labour, new.labour != old.labour)]
            plan.membersToUpdate.append(RosterChange(line: row.line, householdCode: household.code, name: new.name,
                                                     columns: columns.filter(\.1).map(\.0)))
        }

        // Household columns: blank cells keep what is stored.
        var new = step.household
        let sameHead = oldHead == nil || headMember?.id == members[oldHead!].id
        new.headIDNumber = head.idNumber?.value ?? headMember?.idNumber ?? (sameHead ? stored.headIDNumber : nil)
        new.phone = head.phone ?? stored.phone
        new.attribute = head.attribute?.key ?? stored.attribute
        new.status = head.status?.key ?? stored.status
        if new.status == HouseholdStatus.monitored.key {
            new.monitoringKind = head.monitoringKind?.key ?? (stored.status == new.status ? stored.monitoringKind : nil)
        } else {
            new.monitoringKind = nil
        }
        new.liftedYear = new.status == HouseholdStatus.lifted.key ? stored.liftedYear : nil
        new.size = head.size ?? stored.size
        new.registeredOn = head.registered?.description ?? stored.registeredOn
        if let registered = new.registeredOn, registered != stored.registeredOn,
            let firstVisit = firstVisits[stored.id], firstVisit < registered {
            report(head.line, .registered, en: "household \(household.code) has a visit on \(firstVisit); the registration cannot be later than that",
                   zh: "户 \(household.code) 在 \(firstVisit) 已有走访记录，建档日期不能晚于该日")
        }
        new.causes = head.causes?.map(\.key) ?? stored.causes
        if step.villageID == nil { new.villageID = stored.villageID }
        step.household = new
        let columns: [(RosterColumn, Bool)] = [
            (.name, new.headName != stored.headName), (.idNumber, new.headIDNumber != stored.headIDNumber),
            (.village, step.villageID != stored.villageID), (.phone, new.phone != stored.phone),
            (.attribute, new.attribute != stored.attribute),
            (.status, new.status != stored.status || new.monitoringKind != stored.monitoringKind || new.liftedYear != stored.liftedYear),
            (.size, new.size != stored.size), (.cause, new.causes != stored.causes),
            (.registered, new.registeredOn != stored.registeredOn)]
        let changed = columns.filter(\.1).map(\.0)
        if changed.isEmpty {
            plan.householdsUnchanged += 1
        } else {
            plan.householdsToUpdate.append(RosterChange(line: head.line, householdCode: household.code,
                                                        name: new.headName, columns: changed))
        }
    }

    /// What `member add` would be given for this row; nil when its name or
    /// relation was unreadable (already reported).
    private static func memberFields(_ row: RosterPerson) -> MemberFields? {
        guard let name = row.name, let relation = row.relation else { return nil }
        var fields = MemberFields(name: name, relation: relation)
        fields.sex = row.sex
        fields.birthDate = row.birthDate
        fields.idNumber = row.idNumber
        fields.health = row.health
        fields.schooling = row.schooling
        fields.labour = row.labour
        return fields
    }

    private mutating func report(_ line: Int, _ column: RosterColumn, en: String, zh: String) {
        problems.append(RosterProblem(line: line, column: header.name(of: column), reason: LocalizedText(en: en, zh: zh)))
    }

    // MARK: Applying

    /// Writes one household's step; the caller holds the write transaction.
    private mutating func apply(_ step: Step, in connection: Connection) throws {
        // Through the stores' own writers, in the order the roster gives:
        // the household (with its causes), then its members.
        if let old = step.old {
            try HouseholdStore.update(step.household, from: old, in: connection)
            for member in step.memberUpdates { try MemberStore.update(member, in: connection) }
            for fields in step.memberInserts { try MemberStore.insert(fields, household: old.id, in: connection) }
        } else {
            precondition(step.memberUpdates.isEmpty, "a new household has no stored members to update")
            _ = try HouseholdStore.insert(HouseholdRow(step.household), members: step.memberInserts, in: connection)
        }
        plan.applied = true
    }
}
