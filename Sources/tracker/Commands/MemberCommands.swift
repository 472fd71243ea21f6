import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `member add | edit | remove`: the people of a household.
enum MemberCommands: CommandGroup {
    static let specs: [Command] = [
        CommandSpec("member", abstract: LocalizedText(en: "Household members", zh: "家庭成员"), subcommands: [
            CommandSpec("add",
                abstract: LocalizedText(en: "Add a person to a household", zh: "添加家庭成员"),
                arguments: [HouseholdCommands.householdArgument,
                            ArgumentSpec("name", valueName: "NAME", help: LocalizedText(en: "The person's name", zh: "成员姓名"))],
                options: [
                    .value("relation", valueName: "RELATION", required: true, help: ChoiceHelp.list(
                        Relation.self, en: "Relation to the head: ", zh: "与户主关系：")),
                    HouseholdCommands.villageSelector,
                    .value("id-number", valueName: "ID", help: LocalizedText(en: "Resident ID number", zh: "身份证号")),
                    .value("birth", valueName: "YYYY-MM-DD", help: LocalizedText(en: "Birth date (taken from the ID number when omitted)", zh: "出生日期（省略时取自身份证号）")),
                    .value("sex", valueName: "SEX", help: ChoiceHelp.list(Sex.self, en: "Taken from the ID number when omitted: ", zh: "省略时取自身份证号：")),
                    .value("health", valueName: "HEALTH", help: ChoiceHelp.list(Health.self)),
                    .value("schooling", valueName: "SCHOOLING", help: ChoiceHelp.list(Schooling.self)),
                    .value("grade", valueName: "GRADE", help: LocalizedText(en: "School grade, with --schooling in-school", zh: "年级（配合 --schooling 在校）")),
                    .value("labour", valueName: "LABOUR", help: ChoiceHelp.list(Labour.self)),
                    .value("medical", valueName: "yes|no", help: LocalizedText(
                        en: "Enrolled in the residents' basic medical insurance", zh: "是否参加城乡居民基本医疗保险（是/否）")),
                    .value("pension", valueName: "yes|no", help: LocalizedText(
                        en: "Enrolled in the residents' pension insurance", zh: "是否参加城乡居民养老保险（是/否）")),
                ], run: add),
        ] + correctionSpecs),
    ]

    /// yes/no in either language: yes, y, 是, 有, 已参保, 1 / no, n, 否, 无, 未参保, 0.
    static func yesNo(_ context: CommandContext, _ option: String) throws -> Bool? {
        guard let text = context.value(option) else { return nil }
        switch text.trimmingWhitespaceForCLI().lowercased() {
        case "yes", "y", "true", "1", "是", "有", "已参保", "参保": return true
        case "no", "n", "false", "0", "否", "无", "未参保": return false
        default:
            throw TrackerError(.invalidInput, en: "--\(option) must be yes or no, not \(text)",
                               zh: "--\(option) 只能是 是 或 否（yes/no），输入为 \(text)")
        }
    }

    static func add(_ context: CommandContext) throws {
        var fields = MemberFields(name: context.argument("name")!,
                                  relation: try context.enumValue("relation", as: Relation.self)!)
        if let number = context.value("id-number") {
            do { fields.idNumber = try ResidentID(number, today: context.today) } catch {
                throw OptionValueError(option: "id-number", error: error)
            }
        }
        fields.birthDate = try context.date("birth")
        if let birth = fields.birthDate { try MemberStore.checkBirth(birth, today: context.today) }
        fields.sex = try context.enumValue("sex", as: Sex.self)
        fields.health = try context.enumValue("health", as: Health.self)
        fields.schooling = try context.enumValue("schooling", as: Schooling.self)
        fields.grade = context.value("grade")
        fields.labour = try context.enumValue("labour", as: Labour.self)
        fields.medicalInsurance = try yesNo(context, "medical")
        fields.pensionInsurance = try yesNo(context, "pension")
        let database = try context.database()
        let household = try HouseholdStore(database).resolve(context.argument("household")!, village: context.value("village"))
        let member = try MemberStore(database).add(fields, to: household, joinedOn: context.today)
        context.output.print(context.t("Added \(member.name) (\(member.relation.label(in: .en))) to \(household.label)",
                                       "已为 \(household.label(in: .zh)) 添加成员 \(member.name)（\(member.relation.label(in: .zh))）"))
    }
}
