import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// `household add | list | show | edit`.
enum HouseholdCommands: CommandGroup {
    static let householdArgument = ArgumentSpec("household", valueName: "NAME|CODE", help: LocalizedText(
        en: "Head of household's name, or the household code", zh: "户主姓名或户编号"))

    /// Picks among same-named households; shared by every command taking HOUSEHOLD.
    static let villageSelector = OptionSpec.value("village", valueName: "VILLAGE", help: LocalizedText(
        en: "Village, when several households share the name", zh: "村名，用于区分同名户主"))

    /// The fields `add` and `edit` share.
    static let fieldOptions: [OptionSpec] = [
        .value("county", valueName: "COUNTY", help: LocalizedText(en: "County or district", zh: "县区")),
        .value("code", valueName: "CODE", help: LocalizedText(en: "Household code", zh: "户编号")),
        .value("id-number", valueName: "ID", help: LocalizedText(en: "Head's resident ID number (18 characters)", zh: "户主身份证号（18 位）")),
        .value("phone", valueName: "PHONE", help: LocalizedText(en: "Contact phone", zh: "联系电话")),
        .value("attribute", valueName: "ATTRIBUTE", help: ChoiceHelp.list(HouseholdAttribute.self)),
        .repeatable("cause", valueName: "CAUSE", help: LocalizedText(
            en: "Cause of poverty, the main one first (illness, disability, schooling, lack-labour …)",
            zh: "致贫原因，主要原因在前（因病、因残、因学、缺劳动力……）")),
        .value("status", valueName: "STATUS", help: ChoiceHelp.list(HouseholdStatus.self)),
        .value("lifted-year", valueName: "YEAR", help: LocalizedText(en: "Year lifted out of poverty (with --status lifted)", zh: "脱贫年份（配合 --status 已脱贫）")),
        .value("monitoring", valueName: "KIND", help: ChoiceHelp.list(
            MonitoringKind.self, en: "Monitoring category (with --status monitored): ", zh: "监测类别（配合 --status 监测对象）：")),
        .value("size", valueName: "N", help: LocalizedText(en: "Household size (persons)", zh: "家庭人口数")),
        .value("registered", valueName: "YYYY-MM-DD", help: LocalizedText(
            en: "Registration date (add: default today); monthly reports before it leave the household out, and a visit before it is refused",
            zh: "建档日期（新增时默认今天）；早于该日期的月报不含此户，也不能登记早于该日期的走访")),
    ]

    static let specs: [Command] = [
        CommandSpec("household", abstract: LocalizedText(en: "Registered poor households", zh: "建档立卡贫困户"), subcommands: [
            CommandSpec("add",
                abstract: LocalizedText(en: "Register a household", zh: "登记贫困户"),
                arguments: [ArgumentSpec("name", valueName: "NAME", help: LocalizedText(en: "Head of household's name", zh: "户主姓名"))],
                options: [
                    .value("town", valueName: "TOWN", required: true, help: LocalizedText(en: "Town or subdistrict", zh: "乡镇/街道")),
                    .value("village", valueName: "VILLAGE", required: true, help: LocalizedText(en: "Village or community", zh: "村/社区")),
                ] + fieldOptions, run: add),
            CommandSpec("list",
                abstract: LocalizedText(en: "List households", zh: "列出贫困户"),
                options: [
                    .value("town", valueName: "TOWN", help: LocalizedText(en: "Only this town", zh: "仅此乡镇")),
                    .value("village", valueName: "VILLAGE", help: LocalizedText(en: "Only this village", zh: "仅此村")),
                    .value("status", valueName: "STATUS", help: LocalizedText(en: "Only this status (not-lifted, lifted …)", zh: "仅此脱贫状态")),
                    .flag("due-for-visit", help: LocalizedText(
                        en: "Only households due or overdue for a visit under the visit interval (tracker config get visit-interval), overdue first. per-quarter:N / per-month:N: due while fewer than N visits this quarter / month; overdue once a quarter / month ended short and no visit since. every:N:months: due from the month of the deadline (last visit + N months), overdue after it",
                        zh: "仅列出按走访频次应走访或已逾期的贫困户（见 tracker config get visit-interval），逾期的在前。per-quarter:N / per-month:N：本季度 / 本月走访少于 N 次为应走访；上一季度 / 月结束时不足 N 次且此后未走访为已逾期。every:N:months：期限（上次走访 + N 个月）所在月起为应走访，过期限为已逾期")),
                ], run: list),
            CommandSpec("show",
                abstract: LocalizedText(en: "Show the whole case of a household", zh: "查看一户的完整档案"),
                discussion: LocalizedText(
                    en: "Place, attribute, causes, status, members, assigned officials, the six checklist items with the date each was last checked, rectification items (overdue marked), income against the poverty line, measures, and visits newest first.",
                    zh: "包括地址、属性、致贫原因、脱贫状态、家庭成员、帮扶干部、六项排查的最近状态及日期、整改事项（标出逾期）、收入与贫困线对比、帮扶措施和走访记录（新的在前）。"),
                arguments: [householdArgument], options: [villageSelector], run: show),
            CommandSpec("edit",
                abstract: LocalizedText(en: "Change a household's record", zh: "修改贫困户信息"),
                discussion: LocalizedText(
                    en: "Only the options given change. --village picks among same-named households when the name is ambiguous; otherwise it moves the household to that village. Status, attribute, village, size and head are dated facts: they change from --from (default today), monthly reports for earlier months keep what held then, and the command lists the past reports the change alters. --status lifted checks the rules for lifting a household out of poverty as of that day: no open rectification item; every checklist item met or not applicable at its latest check; last year's per-capita income at or above that year's line. If one fails, the edit is refused with the list, unless --override gives a reason.",
                    zh: "只修改给出的选项。户主同名时 --village 用于指定是哪一户；否则表示迁到该村。脱贫状态、属性、所在村、人口和户主按日期登记：自 --from（默认今天）起生效，此前月份的月报不变；命令会列出因此改变的以往月报。--status 已脱贫 会按生效日检查脱贫条件：无未销号的整改事项；六项排查最近一次均为达标或不适用；上一年人均纯收入达到当年贫困线。有一项不满足即拒绝并列出原因，除非用 --override 写明理由。"),
                arguments: [householdArgument],
                options: [
                    .value("from", valueName: "YYYY-MM-DD", help: LocalizedText(
                        en: "When the change took effect (default: today; not after today)", zh: "变化生效日期（默认今天，不晚于今天）")),
                    .value("name", valueName: "NAME", help: LocalizedText(en: "New head of household's name", zh: "新的户主姓名")),
                    .value("town", valueName: "TOWN", help: LocalizedText(en: "Town or subdistrict", zh: "乡镇/街道")),
                    .value("village", valueName: "VILLAGE", help: LocalizedText(en: "Village or community", zh: "村/社区")),
                ] + fieldOptions + [
                    .value("override", valueName: "REASON", help: LocalizedText(
                        en: "With --status lifted: lift the household although a rule for lifting is not met; the reason goes to the audit log",
                        zh: "配合 --status 已脱贫：脱贫条件未全部满足时仍标记脱贫；理由记入审计日志")),
                ], run: edit),
        ] + endingSpecs),
    ]

    // MARK: Handlers

    static func add(_ context: CommandContext) throws {
        var fields = try readFields(context)
        fields.headName = context.argument("name")
        fields.town = context.value("town")
        fields.village = context.value("village")
        fields.registeredOn = fields.registeredOn ?? context.today
        let household = try HouseholdStore(try context.database()).add(fields)
        context.output.print(context.t("Added household \(household.label) (id \(household.id))",
                                       "已登记贫困户 \(household.label(in: .zh))（编号 \(household.id)）"))
    }

    static func list(_ context: CommandContext) throws {
        let filter = HouseholdFilter(town: context.value("town"), village: context.value("village"),
                                     status: try context.enumValue("status", as: HouseholdStatus.self))
        if context.isSet("due-for-visit") { return try listDueForVisit(context, filter: filter) }
        let households = try HouseholdStore(try context.database()).list(filter)
        let language = context.language
        var listing = Listing([
            .init(key: "code", header: LocalizedText(en: "Code", zh: "户编号")),
            .init(key: "head", header: LocalizedText(en: "Head", zh: "户主")),
            .init(key: "town", header: LocalizedText(en: "Town", zh: "乡镇")),
            .init(key: "village", header: LocalizedText(en: "Village", zh: "村")),
            .init(key: "attribute", header: LocalizedText(en: "Attribute", zh: "属性")),
            .init(key: "status", header: LocalizedText(en: "Status", zh: "脱贫状态")),
            .init(key: "size", header: LocalizedText(en: "Size", zh: "人口"), alignment: .right),
            .init(key: "phone", header: LocalizedText(en: "Phone", zh: "电话")),
            // A closed case stays searchable, marked with its closing date.
            .init(key: "closed_on", header: LocalizedText(en: "Closed", zh: "销户日期")),
        ])
        let reveal = context.isSet("reveal")
        for household in households {
            listing.append([
                .text(household.code), .text(household.headName), .text(household.place.town), .text(household.place.village),
                .choice(household.attribute, in: language), .choice(household.status, in: language),
                .number(household.size.map(Int64.init)), .text(household.phone.map { reveal ? $0 : Masking.phone($0) }),
                .text(household.closedOn?.description),
            ])
        }
        if reveal && !households.isEmpty {
            try AuditStore(try context.database()).recordReveal(
                ofListed: "households", what: "household list", count: households.count,
                selection: context.selection(["town", "village", "status"]))
        }
        try listing.print(to: context, emptyMessage: LocalizedText(en: "No households match.", zh: "没有符合条件的贫困户。"))
    }

    static func show(_ context: CommandContext) throws {
        if context.format == .csv {
            throw context.usageFailure("household show prints a case, not a list; use --json or the table",
                                       "household show 输出的是档案而非列表；请用 --json 或默认格式")
        }
        let database = try context.database()
        let store = HouseholdStore(database)
        let household = try store.resolve(context.argument("household")!, village: context.value("village"))
        let file = try store.caseFile(of: household, today: context.today)
        let reveal = context.isSet("reveal")
        if reveal { try AuditStore(database).recordReveal(of: household, what: "household show") }
        let renderer = HouseholdCaseRenderer(file: file, language: context.language, reveal: reveal,
                                             width: context.terminalWidth)
        if context.format == .json {
            context.output.print(renderer.json().serialized(pretty: true))
        } else {
            context.output.write(renderer.text())
        }
    }

    static func edit(_ context: CommandContext) throws {
        let database = try context.database()
        let store = HouseholdStore(database)
        let reference = context.argument("household")!
        var fields = try readFields(context)
        fields.headName = context.value("name")
        fields.town = context.value("town")
        let village = context.value("village")
        let household: Household
        switch Result(catching: { () throws(TrackerError) -> Household in try store.resolve(reference) }) {
        case .success(let unique):
            household = unique
            fields.village = village
        case .failure(let error) where error.kind == .ambiguous && village != nil:
            household = try store.resolve(reference, village: village)
        case .failure(let error):
            throw error
        }
        let today = context.today
        let from = try context.date("from")
        let override = context.value("override")
        // What the override sets aside, read before the edit so it can be shown after it.
        let overridden = override != nil && fields.status == .lifted && household.status != .lifted
            ? try store.liftBlockers(of: household, today: from ?? today) : []
        let outcome = try store.edit(household, fields, from: from, today: today, override: override)
        context.output.print(context.t("Updated \(outcome.household.label)", "已更新 \(outcome.household.label(in: .zh))"))
        if !overridden.isEmpty {
            context.output.print(context.t(
                "Marked lifted despite \(overridden.count) unmet rule(s) for lifting; the reason is recorded in the audit log:",
                "已强制标记脱贫，\(overridden.count) 项脱贫条件未满足；理由已记入审计日志："))
            for blocker in overridden { context.output.print("  " + blocker.message.text(in: context.language)) }
        }
        if let first = outcome.changedReports.first, let last = outcome.changedReports.last {
            let span = first == last ? "\(first)" : "\(first) … \(last)"
            context.output.print(context.t(
                "This changes past monthly reports: \(span) (\(outcome.changedReports.count)); made again, they will differ from copies already sent",
                "此变化影响以往月报：\(span)（\(outcome.changedReports.count) 个月）；重新生成将与已报送的不同"))
        }
        if !outcome.supersededToday.isEmpty {
            let kinds = outcome.supersededToday.map { $0.label(in: context.language) }.joined(separator: context.t(", ", "、"))
            context.output.print(context.t(
                "A later recorded change still decides today's \(kinds)",
                "\(kinds) 之后另有登记的变化，当前值仍以其为准"))
        }
    }

    /// The options `add` and `edit` share, parsed and validated.
    static func readFields(_ context: CommandContext) throws -> HouseholdFields {
        var fields = HouseholdFields()
        fields.county = context.value("county")
        fields.code = context.value("code")
        if let number = context.value("id-number") {
            do { fields.headIDNumber = try ResidentID(number, today: context.today) } catch {
                throw OptionValueError(option: "id-number", error: error)
            }
        }
        fields.phone = context.value("phone")
        fields.attribute = try context.enumValue("attribute", as: HouseholdAttribute.self)
        let causes = context.values("cause")
        if !causes.isEmpty {
            fields.causes = try causes.map { try context.parseEnum($0, option: "cause", as: PovertyCause.self) }
        }
        fields.status = try context.enumValue("status", as: HouseholdStatus.self)
        fields.liftedYear = try context.integer("lifted-year", in: 1978...2100)
        fields.monitoringKind = try context.enumValue("monitoring", as: MonitoringKind.self)
        if fields.monitoringKind != nil && fields.status == nil { fields.status = .monitored }
        fields.size = try context.integer("size", in: 1...99)
        fields.registeredOn = try context.date("registered")
        if let registered = fields.registeredOn, registered > context.today {
            throw TrackerError(.invalidInput, en: "--registered \(registered) is in the future", zh: "--registered \(registered) 晚于今天")
        }
        return fields
    }
}
