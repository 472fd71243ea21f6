import CLIKit
import TrackerDomain
import TrackerStore

/// The case as one JSON document: stable keys (the SQL enumeration keys),
/// personal data masked unless revealed, the same content as the text.
extension HouseholdCaseRenderer {
    func json() -> JSONValue {
        let household = file.household
        func date(_ value: CalendarDate?) -> JSONValue { .string(value?.description) }
        func money(_ value: Money) -> JSONValue { .string(value.description) }
        func official(_ value: Official) -> JSONValue {
            .object([("id", .int(value.id)), ("name", .string(value.name)), ("unit", .string(value.unit)),
                     ("title", .string(value.title)), ("phone", .string(phone(value.phone)))])
        }
        let record: [(String, JSONValue)] = [
            ("id", .int(household.id)),
            ("code", .string(household.code)),
            ("head", .string(household.headName)),
            ("head_id_number", .string(idNumber(household.headIDNumber))),
            ("phone", .string(phone(household.phone))),
            ("county", .string(household.place.county)),
            ("town", .string(household.place.town)),
            ("village", .string(household.place.village)),
            ("attribute", .string(household.attribute?.key)),
            ("status", .string(household.status.key)),
            ("lifted_year", household.liftedYear.map { .int(Int64($0)) } ?? .null),
            ("monitoring_kind", .string(household.monitoringKind?.key)),
            ("causes", .array(household.causes.map { .string($0.key) })),
            ("size", household.size.map { .int(Int64($0)) } ?? .null),
            ("source", .string(household.source)),
            ("registered_on", .string(household.registeredOn?.description)),
        ]
        let ending: [(String, JSONValue)] = [
            ("closed_on", .string(household.closedOn?.description)),
            ("close_reason", .string(household.closeReason?.key)),
        ]
        return .object(record + ending + [
            ("as_of", .string(file.today.description)),
            ("history", historyJSON()),
            ("members", .array(file.members.map { member in
                .object([("id", .int(member.id)), ("name", .string(member.name)), ("relation", .string(member.relation.key)),
                         ("sex", .string(member.sex?.key)), ("birth_date", date(member.birthDate)),
                         ("id_number", .string(idNumber(member.idNumber))), ("health", .string(member.health?.key)),
                         ("schooling", .string(member.schooling?.key)), ("grade", .string(member.grade)),
                         ("labour", .string(member.labour?.key)), ("left_on", date(member.leftOn)),
                         ("left_reason", .string(member.leftReason?.key))])
            })),
            ("assignments", .array(file.assignments.map { assignment in
                .object([("official", official(assignment.official)), ("role", .string(assignment.role.key)),
                         ("from", date(assignment.startDate)), ("to", date(assignment.endDate))])
            })),
            ("checklist", .array(file.checklist.map { status in
                .object([("item", .string(status.item.key)), ("result", .string(status.result?.key)),
                         ("result_date", date(status.resultDate)), ("last_checked", date(status.lastChecked)),
                         ("note", .string(status.note))])
            })),
            ("rectifications", .array(file.rectifications.map { item in
                .object([("id", .int(item.id)), ("item", .string(item.topic.key)), ("description", .string(item.description)),
                         ("owner", item.owner.map(official) ?? .null), ("visit_id", item.visitID.map(JSONValue.int) ?? .null),
                         ("opened_on", date(item.openedOn)), ("due_date", date(item.dueDate)), ("status", .string(item.status.key)),
                         ("overdue", .bool(item.isOverdue(on: file.today))), ("closed_on", date(item.closedOn)),
                         ("resolution", .string(item.resolution)), ("verified_on", date(item.verifiedOn))])
            })),
            ("incomes", .array(file.incomes.map { income in
                .object([("year", .int(Int64(income.year))), ("wage", money(income.wage)), ("business", money(income.business)),
                         ("property", money(income.property)), ("transfer", money(income.transfer)), ("total", money(income.total)),
                         ("household_size", .int(Int64(income.householdSize))), ("per_capita", money(income.perCapita)),
                         ("line", income.line.map { money($0.amount) } ?? .null),
                         ("line_approximate", income.line.map { .bool($0.approximate) } ?? .null),
                         ("line_standing", .string(income.standing?.key)),
                         ("below_line", income.isBelowLine.map(JSONValue.bool) ?? .null)])
            })),
            ("measures", .array(file.measures.map { measure in
                .object([("year", .int(Int64(measure.year))), ("kind", .string(measure.kind.key)), ("note", .string(measure.note)),
                         ("amount", measure.amount.map(money) ?? .null)])
            })),
            ("visits", .array(file.visits.map { visit in
                .object([("id", .int(visit.id)), ("date", date(visit.date)), ("kind", .string(visit.kind.key)),
                         ("campaign", .string(visit.campaign)), ("officials", .array(visit.officials.map { .string($0.name) })),
                         ("checks", .array(visit.checks.map { check in
                             .object([("item", .string(check.item.key)), ("result", .string(check.result.key)), ("note", .string(check.note))])
                         })),
                         ("requests", .array(visit.requests.map(JSONValue.string))), ("findings", .string(visit.findings)),
                         ("plans", .string(visit.plans)), ("note", .string(visit.note)), ("source", .string(visit.source))])
            })),
        ])
    }
}
