/// What a household record must satisfy before it is written, checked here
/// so the user gets a message naming the option instead of a SQL constraint.
package enum HouseholdRules {
    /// The fields in the form they are stored (text canonical, see
    /// `TextRules`), or the first rule they break.
    package static func validatedForAdd(_ fields: HouseholdFields) throws(TrackerError) -> HouseholdFields {
        guard let name = fields.headName, !name.isBlank else {
            throw missing("NAME", zh: "户主姓名")
        }
        guard let town = fields.town, !town.isBlank else { throw missing("--town", zh: "--town（乡镇）") }
        guard let village = fields.village, !village.isBlank else { throw missing("--village", zh: "--village（村）") }
        return try validatedCommon(fields, status: fields.status ?? .notLifted, nameField: "NAME")
    }

    package static func validatedForEdit(_ fields: HouseholdFields, current: Household) throws(TrackerError) -> HouseholdFields {
        for (value, option) in [(fields.headName, "--name"), (fields.town, "--town"), (fields.village, "--village")] {
            if let value, value.isBlank { throw empty(option) }
        }
        return try validatedCommon(fields, status: fields.status ?? current.status, nameField: "--name")
    }

    private static func validatedCommon(_ given: HouseholdFields, status: HouseholdStatus,
                                        nameField: String) throws(TrackerError) -> HouseholdFields {
        var fields = given
        if let name = fields.headName { fields.headName = try TextRules.name(name, field: nameField) }
        if let town = fields.town { fields.town = try TextRules.line(town, field: "--town") }
        if let village = fields.village { fields.village = try TextRules.line(village, field: "--village") }
        if let county = fields.county { fields.county = try TextRules.line(county, field: "--county") }
        if let code = fields.code { fields.code = try TextRules.code(code, field: "--code") }
        if let phone = fields.phone { fields.phone = try TextRules.phone(phone) }
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
        return fields
    }

    private static func missing(_ option: String, zh: String) -> TrackerError {
        TrackerError(.invalidInput, en: "\(option) is required", zh: "缺少 \(zh)")
    }

    private static func empty(_ option: String) -> TrackerError {
        TrackerError(.invalidInput, en: "\(option) must not be empty", zh: "\(option) 不能为空")
    }
}
