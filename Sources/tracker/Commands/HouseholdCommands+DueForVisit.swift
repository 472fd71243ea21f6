import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

extension HouseholdCommands {
    /// `household list --due-for-visit`: households the configured interval
    /// says must be visited, the overdue apart from (before) the due; within
    /// each, never visited first, then the oldest last visit.
    static func listDueForVisit(_ context: CommandContext, filter: HouseholdFilter) throws {
        let database = try context.database()
        let interval = try SettingsStore(database).visitInterval()
        let today = context.today
        let due = try VisitSchedule(database).householdsDue(asOf: today, filter: filter, interval: interval)
        var listing = Listing([
            .init(key: "code", header: LocalizedText(en: "Code", zh: "户编号")),
            .init(key: "head", header: LocalizedText(en: "Head", zh: "户主")),
            .init(key: "town", header: LocalizedText(en: "Town", zh: "乡镇")),
            .init(key: "village", header: LocalizedText(en: "Village", zh: "村")),
            .init(key: "state", header: LocalizedText(en: "State", zh: "状态")),
            .init(key: "last_visit", header: LocalizedText(en: "Last visit", zh: "最近走访")),
            .init(key: "visits_in_period", header: LocalizedText(en: "Visits this period", zh: "本期已访"), alignment: .right),
            .init(key: "visits_required", header: LocalizedText(en: "Required", zh: "应访次数"), alignment: .right),
            .init(key: "due_by", header: LocalizedText(en: "Due by", zh: "走访期限")),
            .init(key: "missed_deadline", header: LocalizedText(en: "Missed deadline", zh: "错过的期限")),
            .init(key: "days_overdue", header: LocalizedText(en: "Days overdue", zh: "逾期天数"), alignment: .right),
        ])
        for entry in due {
            let household = entry.household
            listing.append([
                .text(household.code), .text(household.headName), .text(household.place.town), .text(household.place.village),
                .choice(entry.state, in: context.language),
                .localized(entry.lastVisit?.description ?? context.t("never", "从未走访"), json: .string(entry.lastVisit?.description)),
                .number(entry.visitsInPeriod.map(Int64.init)), .number(entry.visitsRequired.map(Int64.init)),
                .text(entry.dueBy?.description), .text(entry.missedDeadline?.description),
                .number(entry.daysOverdue(asOf: today).map(Int64.init)),
            ])
        }
        let overdue = due.filter { $0.state == .overdue }.count
        if context.format == .table {
            // Which rule produced the list, and how to change it; stderr keeps stdout a clean table.
            context.output.error(context.t(
                "Visit interval: \(interval.label(in: .en)) (\(interval)); as of \(today): \(overdue) overdue, \(due.count - overdue) due. Change it with 'tracker config set visit-interval ...'.",
                "走访频次：\(interval.label(in: .zh))（\(interval)）；截至 \(today)：已逾期 \(overdue) 户，应走访 \(due.count - overdue) 户。修改：tracker config set visit-interval ..."))
        }
        try listing.print(to: context, emptyMessage: LocalizedText(en: "No household is due for a visit.", zh: "没有需要走访的贫困户。"))
    }
}
