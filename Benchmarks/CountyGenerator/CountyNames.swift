/// Name material for a synthetic county in south-west Shandong: common
/// surnames, given-name characters, town and village names.
enum CountyNames {
    /// Common surnames, most frequent first (the first few repeat most, as in life).
    static let surnames = Array(
        "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段焦尹黎易常武乔贺赖龚文")
    /// Characters common in given names of people born 1940–2015.
    static let givenCharacters = Array("秀英明华国庆建军丽芳志强桂兰海燕春梅文峰红荣德胜玉凤永福金花淑珍长林振兴广平保安守成宝山秋菊俊杰子涵雨欣浩然梓轩思远家豪佳怡晓东立新学勇爱民凤霞翠云")
    static let townStems = [
        "陈集", "岳程", "佃户屯", "丹阳", "牡丹", "李村", "黄堽", "都司", "高庄", "小留",
        "沙土", "吴店", "王浩屯", "大黄集", "安兴", "胡集", "皇镇", "马岭岗", "何楼", "万福",
        "吕陵", "安蔡楼", "杜庄", "马集",
    ]
    static let villageStems = Array("焦苏赵张李王刘孙朱马郭许韩侯魏宋吕董梁杨徐胡高林何罗邓冯于程曹袁")
    static let villageSuffixes = ["庄村", "楼村", "集村", "屯村", "营村", "寨村", "店村", "桥村", "庙村", "堂村", "庄社区"]
    /// Area codes (GB/T 2260) of the districts and counties of 菏泽.
    static let areaCodes = ["371702", "371703", "371721", "371722", "371723", "371724", "371725", "371726", "371728"]
    static let units = [
        "县扶贫办", "县农业农村局", "县教育局", "县卫健局", "县住建局", "县水务局", "县人社局",
        "县民政局", "县财政局", "县供电公司", "镇政府", "县委组织部",
    ]
    static let titles = ["科员", "副科长", "科长", "驻村干部", "第一书记", "副镇长", "工作队员"]

    static func personName(_ random: inout SeededRandom, surname: Character) -> String {
        var name = String(surname) + String(random.pick(givenCharacters))
        if random.chance(850) { name.append(random.pick(givenCharacters)) }
        return name
    }

    static func surname(_ random: inout SeededRandom) -> Character {
        // Skewed: the first 20 surnames carry about half the people.
        random.chance(500) ? surnames[random.below(20)] : random.pick(surnames)
    }

    static func townName(_ index: Int) -> String {
        let stem = townStems[index % townStems.count]
        let name = index % 5 == 3 ? stem + "街道办" : stem + "镇"
        return index < townStems.count ? name : name + String(index / townStems.count + 1)
    }
}
