import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `assign` and `unassign`: who is responsible for which household.
enum AssignmentCommands: CommandGroup {
    static let officialArgument = ArgumentSpec("official", valueName: "OFFICIAL", help: LocalizedText(
        en: "The official's name, or #ID when names repeat", zh: "干部姓名；重名时用 #编号"))

    static let specs: [Command] = [
        CommandSpec("assign",
            abstract: LocalizedText(en: "Assign an official to a household", zh: "安排帮扶干部"),
            arguments: [HouseholdCommands.householdArgument, officialArgument],
            options: [
                .value("role", valueName: "ROLE", help: ChoiceHelp.list(AssignmentRole.self, default: .responsible)),
                .value("from", valueName: "YYYY-MM-DD", help: LocalizedText(en: "Start date (default: today)", zh: "开始日期（默认今天）")),
                HouseholdCommands.villageSelector,
            ], run: assign),
        CommandSpec("unassign",
            abstract: LocalizedText(en: "End an official's assignment (kept as history)", zh: "结束帮扶关系（保留记录）"),
            arguments: [HouseholdCommands.householdArgument, officialArgument],
            options: [
                .value("to", valueName: "YYYY-MM-DD", help: LocalizedText(en: "End date (default: today)", zh: "结束日期（默认今天）")),
                HouseholdCommands.villageSelector,
            ], run: unassign),
    ]

    static func assign(_ context: CommandContext) throws {
        let role = try context.enumValue("role", as: AssignmentRole.self) ?? .responsible
        let start = try context.date("from") ?? context.today
        if start > context.today {
            throw TrackerError(.invalidInput, en: "--from \(start) is in the future", zh: "--from \(start) 晚于今天")
        }
        let database = try context.database()
        let household = try HouseholdStore(database).resolve(context.argument("household")!, village: context.value("village"))
        let official = try OfficialStore(database).resolve(context.argument("official")!)
        let assignment = try AssignmentStore(database).assign(official, to: household, role: role, from: start)
        context.output.print(context.t(
            "Assigned \(official.name) to \(household.label) as \(assignment.role.label(in: .en)) from \(start)",
            "已安排 \(official.name) 为 \(household.label(in: .zh)) 的\(assignment.role.label(in: .zh))，自 \(start) 起"))
    }

    static func unassign(_ context: CommandContext) throws {
        let end = try context.date("to") ?? context.today
        if end > context.today {
            throw TrackerError(.invalidInput, en: "--to \(end) is in the future", zh: "--to \(end) 晚于今天")
        }
        let database = try context.database()
        let household = try HouseholdStore(database).resolve(context.argument("household")!, village: context.value("village"))
        let official = try OfficialStore(database).resolve(context.argument("official")!)
        try AssignmentStore(database).unassign(official, from: household, on: end)
        context.output.print(context.t("Ended \(official.name)'s assignment to \(household.label) on \(end)",
                                       "已于 \(end) 结束 \(official.name) 对 \(household.label(in: .zh)) 的帮扶"))
    }
}
