import TrackerDomain
import TrackerStore

/// A synthetic registration roster (花名册) of a county: one CSV row per
/// person, as an office exports it, with valid GB 11643 ID numbers.
///
/// Everything follows from the seed: the same seed and size give the same
/// bytes, so figures measured on two machines are measured on one county.
public struct CountyRoster: Sendable {
    /// What the visit generator needs to know about a household.
    public struct HouseholdInfo: Sendable, Hashable {
        public var code: String
        public var town: Int
        /// Village index within the county (0..<villageCount).
        public var village: Int
        public var size: Int
        /// Someone aged 6–15 lives here, so education is checked, not 不适用.
        public var hasSchoolChild: Bool
    }

    public static let header = "户编号,乡镇,村,姓名,与户主关系,身份证号,性别,出生日期,健康状况,在校情况,劳动能力,贫困户属性,主要致贫原因,脱贫状态,联系电话"

    /// The CSV text (UTF-8, CRLF line ends, header first).
    public private(set) var csv: [UInt8] = []
    public private(set) var persons = 0
    public private(set) var households: [HouseholdInfo] = []
    public let townNames: [String]
    /// Village names, indexed like `HouseholdInfo.village`; `villageTown` gives each one's town.
    public let villageNames: [String]
    public let villageTown: [Int]

    /// A county of `households` households in about households/2500 towns
    /// (2…20) and households/83 villages; ages are taken on `today`.
    /// `codePrefix` keeps the codes of two rosters apart.
    public init(households: Int, seed: UInt64, today: CalendarDate, codePrefix: String = "HZ") {
        self.init(
            stopAt: { count, _ in count >= households }, expectedHouseholds: households, seed: seed,
            today: today, codePrefix: codePrefix)
    }

    /// Households until the roster holds at least `persons` people.
    public init(persons: Int, seed: UInt64, today: CalendarDate, codePrefix: String) {
        self.init(
            stopAt: { _, people in people >= persons }, expectedHouseholds: persons * 10 / 34, seed: seed,
            today: today, codePrefix: codePrefix)
    }

    private init(
        stopAt done: (Int, Int) -> Bool, expectedHouseholds: Int, seed: UInt64, today: CalendarDate,
        codePrefix: String
    ) {
        var random = SeededRandom(seed: seed)
        let townCount = min(20, max(2, expectedHouseholds / 2500))
        let villageCount = max(townCount, expectedHouseholds / 83)
        var towns: [String] = []
        for index in 0..<townCount { towns.append(CountyNames.townName(index)) }
        var villages: [String] = []
        var villageTown: [Int] = []
        var used: Set<String> = []
        for index in 0..<villageCount {
            let town = index % townCount
            var name: String
            repeat {
                name = String(random.pick(CountyNames.villageStems)) + random.pick(CountyNames.villageSuffixes)
            } while used.contains(towns[town] + name) && used.count < 100_000
            if used.contains(towns[town] + name) { name += String(index) }
            used.insert(towns[town] + name)
            villages.append(name)
            villageTown.append(town)
        }
        townNames = towns
        villageNames = villages
        self.villageTown = villageTown

        var text = Self.header + "\r\n"
        var numbers: Set<String> = []
        var index = 0
        while !done(index, persons) {
            let village = random.below(villageCount)
            let town = villageTown[village]
            let code = codePrefix + padded(town + 1, 2) + padded(village + 1, 3) + padded(index + 1, 6)
            let area = CountyNames.areaCodes[town % CountyNames.areaCodes.count]
            let people = Self.family(&random, today: today)
            let surname = CountyNames.surname(&random)
            let attribute =
                people.count == 1 && random.chance(300)
                ? "特困供养贫困户"
                : random.pick([("一般贫困户", 70), ("低保贫困户", 25), ("特困供养贫困户", 5)])
            let cause = random.pick([
                ("因病", 40), ("因残", 15), ("缺劳动力", 12), ("缺技术", 10), ("缺资金", 10),
                ("因学", 6), ("因灾", 3), ("自身发展动力不足", 4),
            ])
            let status = random.pick([("已脱贫", 80), ("未脱贫", 17), ("返贫", 3)])
            let phone = "1" + random.pick(["38", "39", "58", "59", "87", "36"]) + padded(random.below(100_000_000), 8)
            var hasSchoolChild = false
            for (position, person) in people.enumerated() {
                let age = today.year - person.birthYear
                if (6...15).contains(age) { hasSchoolChild = true }
                let birth = padded(person.birthYear, 4) + padded(person.month, 2) + padded(person.day, 2)
                let male = person.male
                var number = ""
                var sequence = random.below(500) * 2 + (male ? 1 : 0)
                repeat {
                    let first17 = area + birth + padded(sequence % 1000, 3)
                    number = first17 + String(ResidentID.checkCharacter(forFirst17: first17)!)
                    sequence += 2
                } while !numbers.insert(number).inserted
                let given = position == 0 || person.relation == "子女" || person.relation == "孙子女"
                let name = CountyNames.personName(&random, surname: given ? surname : CountyNames.surname(&random))
                let health =
                    age > 60
                    ? random.pick([("健康", 50), ("长期慢性病", 35), ("患有大病", 8), ("残疾", 7)])
                    : random.pick([("健康", 82), ("长期慢性病", 10), ("患有大病", 4), ("残疾", 4)])
                let schooling =
                    switch age {
                    case ..<3: ""
                    case 3...5: "学前"
                    case 6...15: random.chance(995) ? "在校" : "辍学"
                    case 16...22: random.pick([("在校", 50), ("初中", 30), ("高中", 20)])
                    case 23...45: random.pick([("初中", 50), ("小学", 25), ("高中", 20), ("大专及以上", 5)])
                    default: random.pick([("小学", 45), ("文盲或半文盲", 35), ("初中", 20)])
                    }
                let labour =
                    switch age {
                    case ..<16: "无劳动力"
                    case 16...59:
                        health == "健康"
                            ? random.pick([("普通劳动力", 75), ("技能劳动力", 15), ("弱劳动力", 10)])
                            : random.pick([("弱劳动力", 60), ("丧失劳动力", 40)])
                    default: random.pick([("弱劳动力", 55), ("丧失劳动力", 30), ("无劳动力", 15)])
                    }
                let head = position == 0
                let fields = [
                    code, towns[town], villages[village], name, person.relation, number, male ? "男" : "女",
                    padded(person.birthYear, 4) + "-" + padded(person.month, 2) + "-" + padded(person.day, 2),
                    health, schooling, labour, head ? attribute : "", head ? cause : "", head ? status : "",
                    head ? phone : "",
                ]
                text += fields.joined(separator: ",")
                text += "\r\n"
                persons += 1
            }
            households.append(
                HouseholdInfo(
                    code: code, town: town, village: village, size: people.count,
                    hasSchoolChild: hasSchoolChild))
            index += 1
        }
        csv = Array(text.utf8)
    }

    struct Person {
        var relation: String
        var birthYear: Int
        var month: Int
        var day: Int
        var male: Bool
    }

    /// A household: head, maybe a spouse, children, a parent or grandchildren;
    /// sizes 1–6 averaging about 3.4 as in registered-poor rosters.
    static func family(_ random: inout SeededRandom, today: CalendarDate) -> [Person] {
        let size = random.pick([(1, 10), (2, 20), (3, 22), (4, 25), (5, 15), (6, 8)])
        func born(_ age: Int) -> (Int, Int, Int) { (today.year - 1 - age, random.below(12) + 1, random.below(28) + 1) }
        let headAge = size == 1 ? 55 + random.below(35) : 30 + random.below(50)
        let headMale = random.chance(800)
        var people: [Person] = []
        var date = born(headAge)
        people.append(Person(relation: "户主", birthYear: date.0, month: date.1, day: date.2, male: headMale))
        if size >= 2 && random.chance(850) {
            date = born(max(20, headAge + random.below(7) - 3))
            people.append(Person(relation: "配偶", birthYear: date.0, month: date.1, day: date.2, male: !headMale))
        }
        if size >= 4 && headAge < 65 && random.chance(300) {
            date = born(min(95, headAge + 25 + random.below(8)))
            people.append(
                Person(relation: "父母", birthYear: date.0, month: date.1, day: date.2, male: random.chance(400)))
        }
        while people.count < size {
            if headAge >= 60 && random.chance(500) {
                date = born(random.below(16))
                people.append(
                    Person(relation: "孙子女", birthYear: date.0, month: date.1, day: date.2, male: random.chance(520)))
            } else {
                date = born(max(0, min(headAge - 20, random.below(max(1, headAge - 19)))))
                people.append(
                    Person(relation: "子女", birthYear: date.0, month: date.1, day: date.2, male: random.chance(520)))
            }
        }
        return people
    }
}
