import CSVKit
import TestSupport
@testable import TrackerDomain
@testable import TrackerStore

/// Rosters written as strings, with ID numbers that pass the check.
enum RosterFixtures {
    static let today = CalendarDate(year: 2024, month: 6, day: 1)!

    /// The same number with a wrong check character, and the right one.
    static func badID(_ birth: String, _ sequence: Int) -> (value: String, expected: Character, found: Character) {
        let good = IDFixtures.id(birth: birth, sequence: sequence)
        let expected = good.last!
        let found: Character = expected == "3" ? "4" : "3"
        return (String(good.dropLast()) + String(found), expected, found)
    }

    static let header = "户编号,乡镇(街道),村（社区）,姓名,与户主关系,身份证号,性别,出生日期,健康状况,在校情况,劳动能力,贫困户属性,主要致贫原因,脱贫状态,联系电话,备注"

    static let zhao = IDFixtures.id(birth: "19650312", sequence: 131)
    static let wang = IDFixtures.id(birth: "19670503", sequence: 242)
    static let xiaoming = IDFixtures.id(birth: "20050901", sequence: 351)
    static let su = IDFixtures.id(birth: "19581120", sequence: 17)

    /// Two households, four people: quoted fields with commas, several date
    /// layouts, a relation alias (之子) and merged-cell blanks on a member row.
    static func rows(wangHealth: String = "健康") -> [String] {
        [
            "HZ001,陈集镇,焦庄村,赵丁先,户主,\(zhao),男,1965-03-12,长期慢性病,小学,弱劳动力,一般贫困户,\"因病,缺技术\",已脱贫,13812345678,\"note, with comma\"",
            "HZ001,,,王秀英,配偶,\(wang),女,1967/5/3,\(wangHealth),文盲,普通劳动力,,,,,",
            "HZ001,陈集镇,焦庄村,赵小明,之子,\(xiaoming),,20050901,健康,在校,,,,,,",
            "HZ002,陈集镇,焦庄村,苏记拴,户主,\(su),男,,患有大病,初中,丧失劳动力,低保贫困户,因病,未脱贫,,",
        ]
    }

    static func text(_ rows: [String], header: String = header, lineEnding: String = "\r\n") -> String {
        ([header] + rows).joined(separator: lineEnding) + lineEnding
    }

    /// The standard roster as Excel's "CSV UTF-8" writes it: BOM and CRLF.
    static func bytes(wangHealth: String = "健康") -> [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array(text(rows(wangHealth: wangHealth)).utf8)
    }
}
