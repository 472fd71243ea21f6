import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `followup extend | assign`: a later deadline or another owner for an open item.
extension FollowUpCommands {
    static let correctionSpecs: [Command] = [
        CommandSpec("extend",
            abstract: LocalizedText(en: "Give an open item a later deadline", zh: "延长整改时限"),
            arguments: [idArgument],
            options: [
                .value("due", valueName: "YYYY-MM-DD", required: true, help: LocalizedText(
                    en: "The new deadline (after the current one)", zh: "新的整改时限（晚于现有时限）")),
                .value("reason", valueName: "TEXT", required: true, help: LocalizedText(en: "Why it needs longer", zh: "延期原因")),
            ], run: extend),
        CommandSpec("assign",
            abstract: LocalizedText(en: "Give an open item to another official", zh: "改派整改责任人"),
            arguments: [idArgument],
            options: [
                .value("to", valueName: "OFFICIAL", required: true, help: LocalizedText(en: "The new owner", zh: "新的责任人")),
                .value("reason", valueName: "TEXT", help: LocalizedText(en: "Why (for the log)", zh: "原因（记入日志）")),
            ], run: assign),
    ]

    static func extend(_ context: CommandContext) throws {
        let id = try itemID(context)
        let due = try context.date("due")!
        let item = try RectificationStore(try context.database()).extend(id: id, to: due, reason: context.value("reason")!)
        context.output.print(context.t("#\(item.id) is now due \(item.dueDate)", "#\(item.id) 的整改时限已延至 \(item.dueDate)"))
    }

    static func assign(_ context: CommandContext) throws {
        let id = try itemID(context)
        let database = try context.database()
        let official = try OfficialStore(database).resolve(context.value("to")!)
        let item = try RectificationStore(database).assign(id: id, to: official, reason: context.value("reason"))
        context.output.print(context.t("#\(item.id) is now \(official.name)'s", "#\(item.id) 的责任人已改为 \(official.name)"))
    }
}
