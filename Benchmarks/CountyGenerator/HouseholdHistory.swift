import TrackerDomain
import TrackerStore

/// Two years (or `months`) of one household's case: its assignment, visits
/// month by month with checklist results, the rectification items they open
/// and close, requests, follow-ups, incomes and measures.
///
/// Proportions, roughly as county ledgers show them: about one visit a
/// month (some months none, some two); an annual survey (摸底调查) checking
/// all six items; return visits (回访) while an item is open; ordinary
/// visits checking two items; a tenth by phone. A few percent of checks
/// fail, mostly housing, medical and water; most items are closed at a
/// later visit within one to three months, a few stay open past their
/// deadline.
struct HouseholdHistory {
    let household: Household
    let info: CountyRoster.HouseholdInfo
    var responsible: Official
    let companion: Official
    let options: CountyBuilder.Options
    /// Open checklist items and open follow-ups, as this household's visits left them.
    var openItems: [ChecklistItem: Int64] = [:]
    var openFollowUps: [Int64] = []

    init(
        household: Household, info: CountyRoster.HouseholdInfo, responsible: Official, companion: Official,
        options: CountyBuilder.Options
    ) {
        self.household = household
        self.info = info
        self.responsible = responsible
        self.companion = companion
        self.options = options
    }

    /// Failure chance per check, per mille.
    static let failure: [ChecklistItem: Int] = [
        .food: 6, .clothing: 6, .education: 15, .medical: 30, .housing: 35, .water: 25,
    ]
    static let failureNotes: [ChecklistItem: [String]] = [
        .food: ["口粮不足，需协调临时救助"],
        .clothing: ["冬季被褥不足"],
        .education: ["适龄子女未按时入学，需劝返", "残疾子女需送教上门"],
        .medical: ["一名成员未参加城乡居民医保", "慢性病卡未办理", "家庭医生未签约"],
        .housing: ["房屋鉴定为C级，需维修加固", "房屋鉴定为D级，需危房改造"],
        .water: ["自来水压力不足", "水质浑浊，需检测", "管网未入户"],
    ]
    static let requests = [
        "希望安排公益岗位", "申请小额信贷发展养殖", "孩子上学交通不便", "希望办理残疾证",
        "申请危房改造补助", "希望参加技能培训",
    ]
    static let resolutions = [
        "已整改到位，回访核实达标", "已协调解决，群众满意", "已完成维修，经鉴定安全",
        "已办理完毕，资料归档",
    ]

    mutating func write(
        to database: TrackerDatabase, random: inout SeededRandom, pool: [Official],
        counts: inout CountyBuilder.Counts
    ) throws(TrackerError) {
        let first = options.firstMonth
        let start = first.firstDay
        _ = try AssignmentStore(database).assign(responsible, to: household, role: .responsible, from: start)
        counts.assignments += 1
        let changeMonth = random.chance(50) ? random.below(options.months - 1) + 1 : -1
        let visits = VisitStore(database)
        let items = RectificationStore(database)
        let checklist = ChecklistItem.allCases

        for offset in 0..<options.months {
            let monthIndex = first.year * 12 + first.month - 1 + offset
            let month = YearMonth(year: monthIndex / 12, month: monthIndex % 12 + 1)!
            if offset == changeMonth {
                // The responsible official changes: the old assignment is ended, not deleted.
                let successor = pool[(pool.firstIndex(of: responsible).map { $0 + 2 } ?? 0) % pool.count]
                if successor != responsible {
                    try AssignmentStore(database).unassign(responsible, from: household, on: month.firstDay)
                    _ = try AssignmentStore(database).assign(
                        successor, to: household, role: .responsible,
                        from: month.firstDay)
                    responsible = successor
                    counts.assignments += 1
                }
            }
            let visitCount = random.pick([(0, 15), (1, 72), (2, 13)])
            let days = month.lastDay.day
            var dates = (0..<visitCount).map { _ in random.below(days) + 1 }
            dates.sort()
            for day in dates {
                let date = CalendarDate(year: month.year, month: month.month, day: day)!
                var kind = VisitKind.homeVisit
                var checked: [ChecklistItem]
                if offset % 12 == 0 && day == dates[0] {
                    kind = .survey
                    checked = checklist
                } else if !openItems.isEmpty {
                    kind = .returnVisit
                    checked = checklist.filter { openItems[$0] != nil }
                    let extra = random.pick(checklist)
                    if !checked.contains(extra) { checked.append(extra) }
                } else if random.chance(100) {
                    kind = .phone
                    checked = []
                } else {
                    let one = random.below(6)
                    checked = [checklist[one], checklist[(one + 1 + random.below(5)) % 6]]
                }
                var checks: [Visit.Check] = []
                for item in checked {
                    if item == .education && !info.hasSchoolChild {
                        checks.append(Visit.Check(item: item, result: .notApplicable))
                    } else if openItems[item] != nil {
                        checks.append(
                            random.chance(650)
                                ? Visit.Check(item: item, result: .met)
                                : Visit.Check(item: item, result: .notMet, note: "整改中"))
                    } else if random.chance(Self.failure[item]!) {
                        checks.append(
                            Visit.Check(item: item, result: .notMet, note: random.pick(Self.failureNotes[item]!)))
                    } else {
                        checks.append(Visit.Check(item: item, result: .met))
                    }
                }
                var officials = [responsible]
                if random.chance(250) && companion != responsible { officials.append(companion) }
                var draft = VisitDraft(
                    household: household, officials: officials, date: date, kind: kind,
                    checks: checks)
                if month.year == 2020 && month.month == 3 { draft.campaign = "大走访、大排查、大整改" }
                if random.chance(80) { draft.requests = [random.pick(Self.requests)] }
                if random.chance(25) {
                    draft.followUps = [FollowUpDraft(random.pick(Self.requests), topic: .request)]
                }
                if kind == .survey { draft.findings = "家庭成员\(info.size)人，收入来源以务工和种植为主" }
                let outcome = try visits.record(draft, today: options.today)
                counts.visits += 1
                counts.checks += checks.count
                counts.itemsOpened += outcome.opened.count
                for item in outcome.opened {
                    if let checklistItem = item.topic.checklistItem {
                        openItems[checklistItem] = item.id
                    } else {
                        openFollowUps.append(item.id)
                    }
                }
                // A met check on an open item: the item is closed (销号) on the spot, most times.
                for item in outcome.mayBeReadyToClose where random.chance(900) {
                    _ = try items.close(
                        id: item.id, resolution: random.pick(Self.resolutions), on: date,
                        today: options.today)
                    if let checklistItem = item.topic.checklistItem { openItems[checklistItem] = nil }
                    counts.itemsClosed += 1
                }
                // Follow-ups opened at an earlier visit are settled about half the time at the next.
                var stillOpen: [Int64] = []
                for id in openFollowUps {
                    if !outcome.opened.contains(where: { $0.id == id }) && random.chance(500) {
                        _ = try items.close(id: id, resolution: "已落实", on: date, today: options.today)
                        counts.itemsClosed += 1
                    } else {
                        stillOpen.append(id)
                    }
                }
                openFollowUps = stillOpen
            }
        }
        try writeMoney(to: database, random: &random, counts: &counts)
    }

    private func writeMoney(
        to database: TrackerDatabase, random: inout SeededRandom,
        counts: inout CountyBuilder.Counts
    ) throws(TrackerError) {
        let first = options.firstMonth.year
        let last = options.today.year - 1
        guard first <= last else { return }
        for year in first...last {
            let perCapita = Int64(3_000 + random.below(9_000) + (year - first) * 600)
            let total = perCapita * Int64(info.size)
            let wage = total * Int64(random.below(70)) / 100
            let transfer = total * Int64(10 + random.below(30)) / 100
            let property = Int64(random.below(300))
            _ = try IncomeStore(database).add(
                household: household, year: year, wage: Money(yuan: wage),
                business: Money(yuan: total - wage - transfer),
                property: Money(yuan: property), transfer: Money(yuan: transfer), size: info.size)
            counts.incomes += 1
            for _ in 0..<random.pick([(0, 20), (1, 55), (2, 25)]) {
                let kind = random.pick([
                    (MeasureKind.industry, 25), (.employment, 20), (.education, 8), (.health, 12),
                    (.housing, 5), (.safetyNet, 12), (.finance, 8), (.photovoltaic, 6),
                    (.publicJob, 4),
                ])
                let note =
                    switch kind {
                    case .industry: "发放产业扶持资金，养殖肉牛"
                    case .employment: "扶贫车间务工"
                    case .education: "雨露计划补助"
                    case .health: "大病保险报销"
                    case .housing: "危房改造补助"
                    case .safetyNet: "低保金"
                    case .finance: "扶贫小额信贷"
                    case .photovoltaic: "光伏收益分配"
                    default: "公益岗位（保洁员）"
                    }
                _ = try MeasureStore(database).add(
                    household: household, year: year, kind: kind, note: note,
                    amount: Money(yuan: Int64(500 + random.below(5000))))
                counts.measures += 1
            }
        }
    }
}
