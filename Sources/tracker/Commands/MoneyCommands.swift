import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `income add | list`, `measure add | list`, `line set | list`: money by year.
enum MoneyCommands: CommandGroup {
    static let yearOption = OptionSpec.value("year", valueName: "YYYY", required: true, help: LocalizedText(en: "The year", zh: "年度"))

    static let specs: [Command] = [
        CommandSpec("income", abstract: LocalizedText(en: "Household income by year", zh: "家庭年收入"), subcommands: [
            CommandSpec("add",
                abstract: LocalizedText(en: "Record a year's income (replaces that year's record)", zh: "登记某年收入（覆盖该年已有记录）"),
                discussion: LocalizedText(en: "Amounts in yuan, e.g. 3200 or 3200.50. Per-capita net income = total / household size.",
                                          zh: "金额单位为元，如 3200 或 3200.50。人均纯收入 = 合计 / 家庭人口。"),
                arguments: [HouseholdCommands.householdArgument],
                options: [
                    yearOption,
                    .value("wage", valueName: "YUAN", help: LocalizedText(en: "Wage income", zh: "工资性收入")),
                    .value("business", valueName: "YUAN", help: LocalizedText(en: "Net business income, may be negative", zh: "生产经营性净收入，可为负")),
                    .value("property", valueName: "YUAN", help: LocalizedText(en: "Property income", zh: "财产性收入")),
                    .value("transfer", valueName: "YUAN", help: LocalizedText(en: "Transfer income", zh: "转移性收入")),
                    .value("size", valueName: "N", help: LocalizedText(en: "Household size that year (default: the household's size)", zh: "当年家庭人口（默认取户信息）")),
                    HouseholdCommands.villageSelector,
                ], run: addIncome),
            incomeList,
        ]),
        CommandSpec("measure", abstract: LocalizedText(en: "Assistance measures", zh: "帮扶措施"), subcommands: [
            CommandSpec("add",
                abstract: LocalizedText(en: "Record an assistance measure", zh: "登记帮扶措施"),
                arguments: [HouseholdCommands.householdArgument],
                options: [
                    yearOption,
                    .value("kind", valueName: "KIND", required: true, help: ChoiceHelp.list(MeasureKind.self)),
                    .value("note", valueName: "TEXT", required: true, help: LocalizedText(en: "What was given or done", zh: "具体内容")),
                    .value("amount", valueName: "YUAN", help: LocalizedText(en: "Amount in yuan", zh: "金额（元）")),
                    HouseholdCommands.villageSelector,
                ], run: addMeasure),
            measureList,
        ]),
        CommandSpec("line", abstract: LocalizedText(en: "Poverty lines by year (data, not constants)", zh: "各年度贫困线（数据，可修改）"), subcommands: [
            CommandSpec("set",
                abstract: LocalizedText(en: "Set a year's per-person line", zh: "设置某年人均贫困线"),
                options: [
                    yearOption,
                    .value("amount", valueName: "YUAN", required: true, help: LocalizedText(en: "Yuan per person per year", zh: "每人每年（元）")),
                    .value("region", valueName: "REGION", help: LocalizedText(en: "national (default) or a province's name", zh: "全国（national，默认）或省份，如 山东")),
                    .flag("approximate", help: LocalizedText(en: "Mark the figure as approximate", zh: "标记为约数")),
                    .value("note", valueName: "TEXT", help: LocalizedText(en: "Where the figure comes from", zh: "数据来源说明")),
                ], run: setLine),
            CommandSpec("list", abstract: LocalizedText(en: "List poverty lines", zh: "列出贫困线"), run: listLines),
        ]),
    ]

    static func money(_ context: CommandContext, _ option: String) throws -> Money? {
        guard let text = context.value(option) else { return nil }
        do { return try Money(text) } catch { throw OptionValueError(option: option, error: error) }
    }

    static func addIncome(_ context: CommandContext) throws {
        let database = try context.database()
        let household = try HouseholdStore(database).resolve(context.argument("household")!, village: context.value("village"))
        let change = try IncomeStore(database).add(
            household: household, year: try context.integer("year", in: 1978...2100)!,
            wage: try money(context, "wage"), business: try money(context, "business"),
            property: try money(context, "property"), transfer: try money(context, "transfer"),
            size: try context.integer("size", in: 1...99))
        let income = change.income
        var line = context.t("\(household.label) \(income.year): total \(income.total), per capita \(income.perCapita) (\(income.householdSize) persons)",
                             "\(household.label(in: .zh)) \(income.year) 年：合计 \(income.total) 元，人均 \(income.perCapita) 元（\(income.householdSize) 人）")
        if let poverty = income.line, let standing = income.standing {
            line += context.t(", \(standing.label(in: .en)) the \(poverty.amount) line",
                              "，\(standing.label(in: .zh))贫困线 \(poverty.amount) 元")
        } else {
            line += context.t("; no poverty line recorded for \(income.year) ('tracker line set')", "；\(income.year) 年尚无贫困线（可用 tracker line set 设置）")
        }
        if change.replaced != nil { line += context.t(" (replaced the earlier record)", "（已覆盖原记录）") }
        context.output.print(line)
    }

    static func addMeasure(_ context: CommandContext) throws {
        let database = try context.database()
        let household = try HouseholdStore(database).resolve(context.argument("household")!, village: context.value("village"))
        let measure = try MeasureStore(database).add(
            household: household, year: try context.integer("year", in: 1978...2100)!,
            kind: try context.enumValue("kind", as: MeasureKind.self)!, note: context.value("note")!,
            amount: try money(context, "amount"))
        context.output.print(context.t("Recorded \(measure.kind.label(in: .en)) measure #\(measure.id) for \(household.label), \(measure.year)",
                                       "已为 \(household.label(in: .zh)) 登记 \(measure.year) 年\(measure.kind.label(in: .zh))措施 #\(measure.id)"))
    }

    static func setLine(_ context: CommandContext) throws {
        let line = try PovertyLineStore(try context.database()).set(
            year: try context.integer("year", in: 1978...2100)!, amount: try money(context, "amount")!,
            region: context.value("region") ?? "national", approximate: context.isSet("approximate"), note: context.value("note"))
        context.output.print(context.t("Poverty line \(line.year) (\(line.region)): \(line.amount) yuan per person",
                                       "\(line.year) 年贫困线（\(line.region)）：每人 \(line.amount) 元"))
    }

    static func listLines(_ context: CommandContext) throws {
        var listing = Listing([
            .init(key: "year", header: LocalizedText(en: "Year", zh: "年度"), alignment: .right),
            .init(key: "region", header: LocalizedText(en: "Region", zh: "范围")),
            .init(key: "amount", header: LocalizedText(en: "Yuan per person", zh: "每人（元）"), alignment: .right),
            .init(key: "approximate", header: LocalizedText(en: "Approx.", zh: "约数")),
            .init(key: "note", header: LocalizedText(en: "Note", zh: "说明")),
        ])
        for line in try PovertyLineStore(try context.database()).list() {
            listing.append([.number(Int64(line.year)),
                            .localized(PovertyLineWords.region(line.region).text(in: context.language), json: .string(line.region)),
                            .text(line.amount.description), .flag(line.approximate),
                            .localized(PovertyLineWords.note(line.note)?.text(in: context.language), json: .string(line.note))])
        }
        try listing.print(to: context)
    }
}
