import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `income list` and `measure list`: one household's money by year, or
/// every household's (of one village with --village), in the households'
/// list order.
extension MoneyCommands {
    /// The options both lists take: the year, and --village to pick among
    /// same-named households or, without HOUSEHOLD, to list one village.
    static let listOptions: [OptionSpec] = [
        .value("year", valueName: "YYYY", help: LocalizedText(en: "Only this year", zh: "仅此年度")),
        .value("village", valueName: "VILLAGE", help: LocalizedText(
            en: "Village: picks among same-named households, or without HOUSEHOLD lists that village only",
            zh: "村名：区分同名户主；不写户主时只列该村")),
    ]

    static let optionalHousehold = ArgumentSpec("household", valueName: "NAME|CODE", optional: true, help: LocalizedText(
        en: "Head of household's name, or the household code (default: every household)", zh: "户主姓名或户编号（默认全部户）"))

    static let incomeList = Command("list",
        abstract: LocalizedText(en: "List recorded incomes, newest year first", zh: "列出已登记的年收入（新年度在前）"),
        arguments: [optionalHousehold], options: listOptions, run: listIncomes)

    static let measureList = Command("list",
        abstract: LocalizedText(en: "List assistance measures, newest year first", zh: "列出帮扶措施（新年度在前）"),
        arguments: [optionalHousehold], options: listOptions, run: listMeasures)

    /// The households in scope, in list order.
    private static func households(_ context: CommandContext, _ database: TrackerDatabase) throws -> [Household] {
        let store = HouseholdStore(database)
        if let reference = context.argument("household") {
            return [try store.resolve(reference, village: context.value("village"))]
        }
        return try store.list(HouseholdFilter(village: context.value("village")))
    }

    static func listIncomes(_ context: CommandContext) throws {
        let year = try context.integer("year", in: 1978...2100)
        let database = try context.database()
        let households = try households(context, database)
        let byHousehold = Dictionary(grouping: try IncomeStore(database).list(year: year), by: \.householdID)
        var listing = Listing([
            .init(key: "household", header: LocalizedText(en: "Household", zh: "户")),
            .init(key: "year", header: LocalizedText(en: "Year", zh: "年度"), alignment: .right),
            .init(key: "wage", header: LocalizedText(en: "Wage", zh: "工资性"), alignment: .right),
            .init(key: "business", header: LocalizedText(en: "Business", zh: "生产经营性"), alignment: .right),
            .init(key: "property", header: LocalizedText(en: "Property", zh: "财产性"), alignment: .right),
            .init(key: "transfer", header: LocalizedText(en: "Transfer", zh: "转移性"), alignment: .right),
            .init(key: "total", header: LocalizedText(en: "Total", zh: "合计"), alignment: .right),
            .init(key: "household_size", header: LocalizedText(en: "Persons", zh: "人口"), alignment: .right),
            .init(key: "per_capita", header: LocalizedText(en: "Per capita", zh: "人均"), alignment: .right),
            .init(key: "line", header: LocalizedText(en: "Line", zh: "贫困线"), alignment: .right),
            .init(key: "line_standing", header: LocalizedText(en: "Against line", zh: "与贫困线相比")),
        ])
        for household in households {
            for income in (byHousehold[household.id] ?? []).map(\.income) {
                listing.append([
                    .text(household.label), .number(Int64(income.year)), .text(income.wage.description),
                    .text(income.business.description), .text(income.property.description),
                    .text(income.transfer.description), .text(income.total.description),
                    .number(Int64(income.householdSize)), .text(income.perCapita.description),
                    .text(income.line?.amount.description),
                    .choice(income.standing, in: context.language),
                ])
            }
        }
        try listing.print(to: context, emptyMessage: LocalizedText(en: "No income recorded for that selection; add one with 'tracker income add'.",
                                                           zh: "没有符合条件的收入记录；可用 tracker income add 登记。"))
    }

    static func listMeasures(_ context: CommandContext) throws {
        let year = try context.integer("year", in: 1978...2100)
        let database = try context.database()
        let households = try households(context, database)
        let only = households.count == 1 ? households.first : nil
        let byHousehold = Dictionary(grouping: try MeasureStore(database).list(of: only, year: year), by: \.householdID)
        var listing = Listing([
            .init(key: "id", header: LocalizedText(en: "#", zh: "#"), alignment: .right),
            .init(key: "household", header: LocalizedText(en: "Household", zh: "户")),
            .init(key: "year", header: LocalizedText(en: "Year", zh: "年度"), alignment: .right),
            .init(key: "kind", header: LocalizedText(en: "Kind", zh: "类别")),
            .init(key: "note", header: LocalizedText(en: "What", zh: "内容")),
            .init(key: "amount", header: LocalizedText(en: "Yuan", zh: "金额（元）"), alignment: .right),
        ])
        for household in households {
            for measure in byHousehold[household.id] ?? [] {
                listing.append([
                    .number(measure.id), .text(household.label), .number(Int64(measure.year)),
                    .choice(measure.kind, in: context.language), .text(measure.note), .text(measure.amount?.description),
                ])
            }
        }
        try listing.print(to: context, emptyMessage: LocalizedText(en: "No measure recorded for that selection; add one with 'tracker measure add'.",
                                                           zh: "没有符合条件的帮扶措施；可用 tracker measure add 登记。"))
    }
}
