import TrackerDomain

/// What the source article (shared/seeds/000_96e7e51ec99547e8.txt, a 牡丹晚报
/// page on 菏泽开发区, March 2020) reports about visits to poor households.
///
/// Facts only — names, places, dates, titles, what was asked and looked at —
/// in our own words. The article states no check outcomes, so checked items
/// are recorded as `unrecorded`; people it does not name are not invented.
enum SeedFacts {
    struct Source {
        let key: String
        let title: String
        let note: String
    }

    struct OfficialFact {
        let name: String
        let unit: String
        let title: String
    }

    struct HouseholdFact {
        let headName: String
        let place: PlacePath
    }

    struct VisitFact {
        let source: String
        let household: String
        let date: String
        let kind: VisitKind
        let campaign: String
        let lead: String
        let checked: [(ChecklistItem, String)]
        let findings: String
        let plans: String?
        let note: String
    }

    static let county = "菏泽开发区"

    static let sources = [
        Source(key: "000_96e7e51ec99547e8#zoufang",
               title: "牡丹晚报·菏泽开发区：扶贫走访，解难题谋福祉（2020-03-23 走访）",
               note: "seeds/000_96e7e51ec99547e8.txt； reported by 通讯员 小锺"),
        Source(key: "000_96e7e51ec99547e8#modi",
               title: "牡丹晚报·菏泽开发区：丹阳街道办摸底调查贫困户（2020-03-20 走访）",
               note: "seeds/000_96e7e51ec99547e8.txt； reported by 通讯员 马学民"),
    ]

    static let officials = [
        OfficialFact(name: "李国珍", unit: "菏泽开发区", title: "党工委书记、管委会主任"),
        OfficialFact(name: "朱家福", unit: "丹阳街道办事处", title: "党工委书记"),
    ]

    static let households = [
        HouseholdFact(headName: "赵丁先", place: PlacePath(county: county, town: "陈集镇", village: "焦庄村")),
        HouseholdFact(headName: "苏记拴", place: PlacePath(county: county, town: "陈集镇", village: "焦庄村")),
        HouseholdFact(headName: "张文峰", place: PlacePath(county: county, town: "陈集镇", village: "焦庄村")),
        HouseholdFact(headName: "沈红荣", place: PlacePath(county: county, town: "丹阳街道办", village: "药王庄社区")),
    ]

    /// 朱家福 is the paired (包保/包联) official of 沈红荣's household; the
    /// article gives no start date.
    static let assignments: [(household: String, official: String, role: AssignmentRole, source: String)] = [
        ("沈红荣", "朱家福", .pairedCadre, "000_96e7e51ec99547e8#modi"),
    ]

    private static let zoufangFindings = "逐户面谈：问了家庭近况、身体状况、收入来源和日常开支，听了眼下的困难、今后的生产生活打算和诉求（报道未写具体内容）。"
    private static let zoufangNote = "区直有关部门负责人和结对帮扶的驻村干部同去（报道未列姓名）。走访后要求镇村干部逐项整改、排查两不愁三保障突出问题。"

    static let visits: [VisitFact] = ["赵丁先", "苏记拴", "张文峰"].map { name in
        VisitFact(source: "000_96e7e51ec99547e8#zoufang", household: name, date: "2020-03-23", kind: .homeVisit,
                  campaign: "大走访、大排查、大整改", lead: "李国珍", checked: [],
                  findings: zoufangFindings, plans: nil, note: zoufangNote)
    } + [
        VisitFact(source: "000_96e7e51ec99547e8#modi", household: "沈红荣", date: "2020-03-20", kind: .survey,
                  campaign: "两清零", lead: "朱家福",
                  checked: [
                      (.food, "看了家中粮油等口粮储备"),
                      (.clothing, "看了床上用品等被褥衣物"),
                      (.education, "问了孩子的上学情况，核实就学保障措施"),
                      (.medical, "问了孩子的病情，核实就医保障措施"),
                      (.housing, "核实住房保障措施"),
                      (.water, "看了饮水情况"),
                  ],
                  findings: "户主75岁。问了孩子的病情和上学情况、今年的收入来源和外出务工打算；核对了2019年度家庭收入，以及历年享受的帮扶和巩固提升措施；核实了兜底保障措施。",
                  plans: "一起梳理了2020年度的家庭增收计划和措施（报道未写具体内容）。",
                  note: "走访后到药王庄社区扶贫车间看望在岗工人，叮嘱生产时做好防疫消杀。"),
    ]
}
