import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `member edit | remove` and `household head`: the people of a household over time.
extension MemberCommands {
    static let memberArgument = ArgumentSpec("member", valueName: "MEMBER", help: LocalizedText(
        en: "The member's name, or #ID when names repeat", zh: "成员姓名；重名时用 #编号"))

    static let correctionSpecs: [Command] = [
        CommandSpec("edit",
            abstract: LocalizedText(en: "Correct a member's record", zh: "更正家庭成员信息"),
            arguments: [HouseholdCommands.householdArgument, memberArgument],
            options: [
                .value("name", valueName: "NAME", help: LocalizedText(en: "The right name", zh: "正确的姓名")),
                .value("relation", valueName: "RELATION", help: LocalizedText(
                    en: "Relation to the head: spouse | child | parent | grandchild | other (the head changes with 'household head')",
                    zh: "与户主关系：配偶 | 子女 | 父母 | 孙子女 | 其他（更换户主用 household head）")),
                HouseholdCommands.villageSelector,
                .value("reason", valueName: "TEXT", help: LocalizedText(en: "Why (for the log)", zh: "原因（记入日志）")),
            ] + personOptions, run: edit),
        CommandSpec("remove",
            abstract: LocalizedText(en: "Record that a member left the household (kept in its history)", zh: "登记家庭成员减员（保留在档案中）"),
            discussion: LocalizedText(
                en: "The household's size follows from the next month's report on. When the head leaves, name the new head with 'tracker household head'.",
                zh: "家庭人口自下个月的月报起相应减少。户主减员时，请用 tracker household head 指定新户主。"),
            arguments: [HouseholdCommands.householdArgument, memberArgument],
            options: [
                .value("reason", valueName: "REASON", required: true, help: ChoiceHelp.list(MemberLeaveReason.self, en: "Why: ", zh: "减员原因：")),
                .value("date", valueName: "YYYY-MM-DD", help: LocalizedText(en: "When (default: today)", zh: "日期（默认今天）")),
                .value("note", valueName: "TEXT", help: LocalizedText(en: "More about it, for the log", zh: "补充说明（记入日志）")),
                HouseholdCommands.villageSelector,
            ], run: remove),
    ]

    /// The options of a person shared by `member add` and `member edit`.
    static let personOptions: [OptionSpec] = [
        .value("id-number", valueName: "ID", help: LocalizedText(en: "Resident ID number", zh: "身份证号")),
        .value("birth", valueName: "YYYY-MM-DD", help: LocalizedText(en: "Birth date (not before 1900)", zh: "出生日期（不早于 1900 年）")),
        .value("sex", valueName: "SEX", help: ChoiceHelp.list(Sex.self)),
        .value("health", valueName: "HEALTH", help: ChoiceHelp.list(Health.self)),
        .value("schooling", valueName: "SCHOOLING", help: ChoiceHelp.list(Schooling.self)),
        .value("grade", valueName: "GRADE", help: LocalizedText(en: "School grade", zh: "年级")),
        .value("labour", valueName: "LABOUR", help: ChoiceHelp.list(Labour.self)),
        .value("medical", valueName: "yes|no", help: LocalizedText(en: "Enrolled in the residents' basic medical insurance", zh: "是否参加城乡居民基本医疗保险（是/否）")),
        .value("pension", valueName: "yes|no", help: LocalizedText(en: "Enrolled in the residents' pension insurance", zh: "是否参加城乡居民养老保险（是/否）")),
    ]

    static func edit(_ context: CommandContext) throws {
        var correction = MemberCorrection()
        correction.name = context.value("name")
        correction.relation = try context.enumValue("relation", as: Relation.self)
        if let number = context.value("id-number") {
            do { correction.idNumber = try ResidentID(number, today: context.today) } catch {
                throw OptionValueError(option: "id-number", error: error)
            }
        }
        correction.birthDate = try context.date("birth")
        correction.sex = try context.enumValue("sex", as: Sex.self)
        correction.health = try context.enumValue("health", as: Health.self)
        correction.schooling = try context.enumValue("schooling", as: Schooling.self)
        correction.grade = context.value("grade")
        correction.labour = try context.enumValue("labour", as: Labour.self)
        correction.medicalInsurance = try yesNo(context, "medical")
        correction.pensionInsurance = try yesNo(context, "pension")
        let database = try context.database()
        let household = try HouseholdStore(database).resolve(context.argument("household")!, village: context.value("village"))
        let store = MemberStore(database)
        let member = try store.resolve(context.argument("member")!, in: household)
        try context.recordReason(on: database)
        let edited = try store.edit(member, correction, today: context.today)
        context.output.print(context.t("Updated \(edited.name) of \(household.label)", "已更正 \(household.label(in: .zh)) 的成员 \(edited.name)"))
    }

    static func remove(_ context: CommandContext) throws {
        let reason = try context.enumValue("reason", as: MemberLeaveReason.self)!
        let date = try context.date("date") ?? context.today
        let database = try context.database()
        let household = try HouseholdStore(database).resolve(context.argument("household")!, village: context.value("village"))
        let store = MemberStore(database)
        let member = try store.resolve(context.argument("member")!, in: household)
        let removed = try store.remove(member, reason: reason, on: date, note: context.value("note"), today: context.today)
        context.output.print(context.t(
            "Recorded that \(removed.name) left \(household.label) on \(date) (\(reason.label(in: .en))); the size follows from \(date.yearMonth.next)",
            "已登记 \(household.label(in: .zh)) 的 \(removed.name) 于 \(date) 减员（\(reason.label(in: .zh))）；家庭人口自 \(date.yearMonth.next) 起相应变化"))
        if removed.relation == .head {
            context.output.print(context.t(
                "\(removed.name) was the head; name the new head with 'tracker household head \(household.code ?? removed.name) MEMBER'",
                "\(removed.name) 是户主；请用 tracker household head \(household.code ?? removed.name) 成员 指定新户主"))
        }
    }
}
