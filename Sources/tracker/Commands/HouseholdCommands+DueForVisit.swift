import CLIKit
import TrackerCore

extension HouseholdCommands {
    /// `household list --due-for-visit`: households the configured interval
    /// says must be visited now, never visited first, then the oldest last visit.
    static func listDueForVisit(_ context: CommandContext, filter: HouseholdFilter) throws {
        let database = try context.database()
        let interval = try SettingsStore(database).visitInterval()
        let today = context.today
        let due = try VisitSchedule(database).householdsDue(asOf: today, filter: filter, interval: interval)
        var listing = Listing([
            .init(key: "code", header: Words("Code", "户编号")),
            .init(key: "head", header: Words("Head", "户主")),
            .init(key: "town", header: Words("Town", "乡镇")),
            .init(key: "village", header: Words("Village", "村")),
            .init(key: "last_visit", header: Words("Last visit", "最近走访")),
            .init(key: "due_since", header: Words("Due since", "应访起始")),
            .init(key: "days_due", header: Words("Days due", "已到期天数"), alignment: .right),
            .init(key: "visits_in_period", header: Words("Visits this period", "本期已访"), alignment: .right),
        ])
        for entry in due {
            let household = entry.household
            listing.append([
                .text(household.code), .text(household.headName), .text(household.place.town), .text(household.place.village),
                .localized(entry.lastVisit?.description ?? context.t("never", "从未走访"), json: .string(entry.lastVisit?.description)),
                .text(entry.dueSince?.description),
                .number(entry.dueSince.map { Int64($0.days(to: today)) }), .number(entry.visitsInPeriod.map(Int64.init)),
            ])
        }
        if context.format == .table {
            // Which rule produced the list, and how to change it; stderr keeps stdout a clean table.
            context.output.error(context.t(
                "Visit interval: \(interval.label(in: .en)) (\(interval)); as of \(today). Change it with 'tracker config set visit-interval ...'.",
                "走访频次：\(interval.label(in: .zh))（\(interval)）；截至 \(today)。修改：tracker config set visit-interval ..."))
        }
        try listing.print(to: context, emptyMessage: Words("No household is due for a visit.", "没有需要走访的贫困户。"))
    }
}
