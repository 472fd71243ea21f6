import Foundation
import SeededRNG
import TestSupport

/// A synthetic registration roster: `households` households of 1–5 people,
/// with valid ID numbers, as an office would export it.
enum RosterGenerator {
    static let surnames = Array("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗")
    static let given = Array("秀英明华国庆建军丽芳志强桂兰海燕春梅文峰红荣德胜玉兰")

    /// The CSV text and the number of person rows in it.
    static func roster(households: Int, seed: UInt64 = 42) -> (text: String, persons: Int) {
        var random = SplitMix64(seed: seed)
        var lines = ["户编号,乡镇,村,姓名,与户主关系,身份证号,性别,出生日期,健康状况,劳动能力,贫困户属性,主要致贫原因,脱贫状态,联系电话"]
        var serial = 0
        for index in 0..<households {
            let code = String(format: "HZ%06d", index + 1)
            let town = ["陈集镇", "丹阳街道办", "岳程街道办", "佃户屯街道办"][index % 4]
            let village = "\(index % 37 + 1)村"
            let size = Int(random.next() % 5) + 1
            let surname = surnames[Int(random.next() % UInt64(surnames.count))]
            for person in 0..<size {
                serial += 1
                let relation = person == 0 ? "户主" : (person == 1 ? "配偶" : "子女")
                let year = person < 2 ? 1950 + Int(random.next() % 30) : 1995 + Int(random.next() % 20)
                let birth = String(format: "%04d%02d%02d", year, Int(random.next() % 12) + 1, Int(random.next() % 28) + 1)
                let sequence = (serial * 2 + (person == 1 ? 0 : 1)) % 1000
                let number = IDFixtures.id(birth: birth, sequence: sequence)
                let sex = sequence % 2 == 1 ? "男" : "女"
                let name = String(surname) + String(given[Int(random.next() % UInt64(given.count))]) + String(given[Int(random.next() % UInt64(given.count))])
                let head = person == 0
                lines.append([code, town, village, name, relation, number, sex, "", "健康", "普通劳动力",
                              head ? "一般贫困户" : "", head ? "因病" : "", head ? "未脱贫" : "",
                              head ? String(format: "138%08d", index) : ""].joined(separator: ","))
            }
        }
        return (lines.joined(separator: "\r\n") + "\r\n", serial)
    }
}
