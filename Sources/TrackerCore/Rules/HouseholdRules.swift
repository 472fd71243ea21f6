/// What a household record must satisfy before it is written, checked here
/// so the user gets a message naming the option instead of a SQL constraint.
enum HouseholdRules {
    static let maximumNameLength = 100
    static let maximumTextLength = 200

    static func validateForAdd(_ fields: HouseholdFields) throws(TrackerError) {
        guard let name = fields.headName, !name.isBlank else {
            throw missing("NAME", zh: "户主姓名")
        }
        guard let town = fields.town, !town.isBlank else { throw missing("--town", zh: "--town（乡镇）") }
        guard let village = fields.village, !village.isBlank else { throw missing("--village", zh: "--village（村）") }
        try validateCommon(fields, status: fields.status ?? .notLifted)
    }

    static func validateForEdit(_ fields: HouseholdFields, current: Household) throws(TrackerError) {
        for (value, option) in [(fields.headName, "--name"), (fields.town, "--town"), (fields.village, "--village")] {
            if let value, value.isBlank { throw empty(option) }
        }
        try validateCommon(fields, status: fields.status ?? current.status)
    }

    private static func validateCommon(_ fields: HouseholdFields, status: HouseholdStatus) throws(TrackerError) {
        if let name = fields.headName { try TextRules.checkName(name, option: "NAME") }
        for (value, option) in [(fields.town, "--town"), (fields.village, "--village"), (fields.county, "--county")] {
            if let value { try TextRules.checkLength(value, option: option, limit: maximumTextLength) }
        }
        if let code = fields.code {
            guard !code.isBlank, code.count <= 64, !code.contains(where: { $0.isWhitespace || $0.isNewline }) else {
                throw TrackerError(.invalidInput, en: "--code must be 1 to 64 characters without spaces",
                                   zh: "--code 须为 1 到 64 个字符，不含空格")
            }
        }
        if let phone = fields.phone { try TextRules.checkPhone(phone) }
        if let size = fields.size, !(1...99).contains(size) {
            throw TrackerError(.invalidInput, en: "--size must be between 1 and 99 (got \(size))",
                               zh: "--size 须在 1 到 99 之间（输入为 \(size)）")
        }
        if let year = fields.liftedYear {
            guard status == .lifted else {
                throw TrackerError(.invalidInput, en: "--lifted-year goes with --status lifted",
                                   zh: "--lifted-year 仅用于 --status 已脱贫")
            }
            guard (1978...2100).contains(year) else {
                throw TrackerError(.invalidInput, en: "--lifted-year must be a year such as 2019 (got \(year))",
                                   zh: "--lifted-year 须为年份，如 2019（输入为 \(year)）")
            }
        }
        if fields.monitoringKind != nil, status != .monitored {
            throw TrackerError(.invalidInput, en: "--monitoring goes with --status monitored",
                               zh: "--monitoring 仅用于 --status 监测对象")
        }
        if let causes = fields.causes, Set(causes).count != causes.count {
            throw TrackerError(.invalidInput, en: "a cause is given twice in --cause", zh: "--cause 中有重复的致贫原因")
        }
    }

    private static func missing(_ option: String, zh: String) -> TrackerError {
        TrackerError(.invalidInput, en: "\(option) is required", zh: "缺少 \(zh)")
    }

    private static func empty(_ option: String) -> TrackerError {
        TrackerError(.invalidInput, en: "\(option) must not be empty", zh: "\(option) 不能为空")
    }
}
