import Bilingual
import CLIKit
import TrackerDomain
import TrackerStore

/// How a rectification item reads in lists, in `followup show` and in what
/// `visit add` reports, so the three never describe an item differently.
struct RectificationRendering {
    let language: Language
    /// The date "overdue" is judged against.
    let today: CalendarDate

    private func t(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

    /// Days past the deadline of an overdue item; nil when not overdue.
    func daysOverdue(_ item: Rectification) -> Int? {
        item.isOverdue(on: today) ? item.dueDate.days(to: today) : nil
    }

    /// "open", "OVERDUE 3 days" or "closed": the status a cadre scans for.
    func state(_ item: Rectification) -> String {
        if let days = daysOverdue(item) { return t("OVERDUE \(Self.days(days))", "已逾期 \(days) 天") }
        if let verified = item.verifiedOn { return t("closed, verified \(verified)", "已销号，\(verified) 回访核实") }
        return item.status.label(in: language)
    }

    /// One line: `#3  住房安全有保障  屋顶漏雨  due 2020-05-10  owner 李国珍`.
    func line(_ item: Rectification) -> String {
        var parts = ["#\(item.id)", item.topic.label(in: language), item.description,
                     t("due ", "时限 ") + item.dueDate.description]
        if let owner = item.owner { parts.append(t("owner ", "责任人 ") + owner.name) }
        if item.status == .open, let days = daysOverdue(item) { parts.append(t("overdue \(Self.days(days))", "已逾期 \(days) 天")) }
        return parts.joined(separator: "  ")
    }

    /// The items' lines in aligned columns (#, item, problem, due, owner,
    /// overdue), by id; long problems are cut only to fit `width`, a terminal's.
    func alignedLines(_ items: [Rectification], width: Int?) -> [Int64: String] {
        guard !items.isEmpty else { return [:] }
        let cells = items.map { item in
            ["#\(item.id)", item.topic.label(in: language), item.description,
             t("due ", "时限 ") + item.dueDate.description,
             item.owner.map { t("owner ", "责任人 ") + $0.name } ?? "",
             item.status == .open ? daysOverdue(item).map { t("overdue \(Self.days($0))", "已逾期 \($0) 天") } ?? "" : ""]
        }
        // The renderer's first two lines are its header and rule, which these lines go without.
        let rendered = TableRenderer(headers: Array(repeating: "", count: 6), maxWidth: width).render(cells)
            .split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).map(String.init)
        var lines: [Int64: String] = [:]
        for (item, line) in zip(items, rendered) { lines[item.id] = line }
        return lines
    }

    static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

    static let columns: [Listing.Column] = [
        .init(key: "id", header: LocalizedText(en: "#", zh: "编号"), alignment: .right),
        .init(key: "household", header: LocalizedText(en: "Household", zh: "农户")),
        .init(key: "item", header: LocalizedText(en: "Item", zh: "项目")),
        .init(key: "problem", header: LocalizedText(en: "Problem", zh: "问题")),
        .init(key: "owner", header: LocalizedText(en: "Owner", zh: "责任人")),
        .init(key: "opened_on", header: LocalizedText(en: "Opened", zh: "发现日期")),
        .init(key: "due_date", header: LocalizedText(en: "Due", zh: "整改时限")),
        .init(key: "status", header: LocalizedText(en: "Status", zh: "状态")),
        .init(key: "overdue", header: LocalizedText(en: "Overdue", zh: "逾期")),
        .init(key: "days_overdue", header: LocalizedText(en: "Days over", zh: "逾期天数"), alignment: .right),
        .init(key: "closed_on", header: LocalizedText(en: "Closed", zh: "销号日期")),
        .init(key: "resolution", header: LocalizedText(en: "Resolution", zh: "整改结果")),
        .init(key: "verified_on", header: LocalizedText(en: "Verified", zh: "回访核实")),
    ]

    func row(_ item: Rectification) -> [Listing.Cell] {
        [.number(item.id), .label(item.householdLabel), .choice(item.topic, in: language), .text(item.description),
         .text(item.owner?.name), .text(item.openedOn.description), .text(item.dueDate.description),
         .choice(item.status, in: language), .flag(item.isOverdue(on: today)),
         .number(daysOverdue(item).map(Int64.init)), .text(item.closedOn?.description), .text(item.resolution),
         .text(item.verifiedOn?.description)]
    }

    /// The item for programs: stable keys, enum values as their keys.
    func json(_ item: Rectification) -> JSONValue {
        .object([
            ("id", .int(item.id)), ("household_id", .int(item.householdID)), ("household", .string(item.householdLabel.en)),
            ("visit_id", item.visitID.map(JSONValue.int) ?? .null), ("item", .string(item.topic.key)),
            ("problem", .string(item.description)), ("owner", .string(item.owner?.name)),
            ("opened_on", .string(item.openedOn.description)), ("due_date", .string(item.dueDate.description)),
            ("status", .string(item.status.key)), ("overdue", .bool(item.isOverdue(on: today))),
            ("days_overdue", daysOverdue(item).map { .int(Int64($0)) } ?? .null),
            ("closed_on", .string(item.closedOn?.description)), ("resolution", .string(item.resolution)),
            ("verified_on", .string(item.verifiedOn?.description)),
        ])
    }
}
