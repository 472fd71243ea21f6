import TrackerDomain

/// A column a household roster (花名册) may carry, with the header spellings
/// rosters use for it.
///
/// Rosters come from many offices' Excel templates: the same column is
/// 户编号 in one county, 户号 in the next and `code` in an English export, so
/// headers are matched against a list of aliases rather than one name.
public enum RosterColumn: String, CaseIterable, Hashable, Sendable {
    case code, town, village, county, name, relation
    case idNumber = "id_number", sex, birth, health, schooling, labour
    case attribute, cause, status, phone, size, registered

    /// Header spellings accepted for this column (compared after folding, see `HeaderKey`).
    public var aliases: [String] {
        switch self {
        case .code: ["户编号", "户号", "code", "household_code"]
        case .town: ["乡镇", "乡镇(街道)", "乡镇（街道）", "镇", "街道", "town"]
        case .village: ["村", "村(社区)", "村（社区）", "行政村", "社区", "village"]
        case .county: ["县", "县区", "county"]
        case .name: ["姓名", "name"]
        case .relation: ["与户主关系", "关系", "relation"]
        case .idNumber: ["身份证号", "身份证号码", "证件号码", "id_number"]
        case .sex: ["性别", "sex"]
        case .birth: ["出生日期", "birth"]
        case .health: ["健康状况", "health"]
        case .schooling: ["在校情况", "在校生情况", "文化程度", "schooling"]
        case .labour: ["劳动能力", "labour", "labor"]
        case .attribute: ["贫困户属性", "attribute"]
        case .cause: ["主要致贫原因", "cause"]
        case .status: ["脱贫状态", "脱贫属性", "status"]
        case .phone: ["联系电话", "电话", "phone"]
        case .size: ["家庭人口", "人口数", "size"]
        // 识别时间 is what monitoring rosters call the date a household was identified.
        case .registered: ["建档日期", "建档时间", "识别时间", "registered", "registered_on"]
        }
    }

    /// Without these no row can be placed in a household, so the file is refused.
    public var isRequired: Bool {
        switch self {
        case .code, .town, .village, .name, .relation: true
        default: false
        }
    }

    /// Columns describing the household rather than the person; read from the head's row.
    public var isHouseholdColumn: Bool {
        switch self {
        case .code, .town, .village, .county, .attribute, .cause, .status, .phone, .size, .registered: true
        default: false
        }
    }

    /// The usual Chinese header, for messages about a column the file lacks.
    public var chineseHeader: String { aliases[0] }

    /// The column a header names, or nil for a column the importer does not know.
    public static func matching(header: String) -> RosterColumn? {
        byHeaderKey[HeaderKey.fold(header)]
    }

    private static let byHeaderKey: [String: RosterColumn] = {
        var table: [String: RosterColumn] = [:]
        for column in allCases {
            for alias in column.aliases + [column.rawValue] { table[HeaderKey.fold(alias)] = column }
        }
        return table
    }()
}

/// Header text reduced to what identifies a column.
///
/// Surrounding spaces and ASCII case never matter; full-width parentheses
/// (what Chinese Excel templates type) equal ASCII ones; a leading `*`
/// (templates mark required columns so) is dropped; space and hyphen equal
/// underscore, so `ID number`, `id-number` and `id_number` are one header.
enum HeaderKey {
    static func fold(_ header: String) -> String {
        var text = header.trimmingWhitespace()
        while text.hasPrefix("*") { text = String(text.dropFirst()).trimmingWhitespace() }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "A"..."Z": result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            case " ", "-": result.unicodeScalars.append("_")
            case "（": result.unicodeScalars.append("(")
            case "）": result.unicodeScalars.append(")")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
