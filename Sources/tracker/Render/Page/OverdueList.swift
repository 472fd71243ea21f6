import Bilingual
import TrackerDomain
import TrackerStore

/// The items behind the summary's "overdue at month end": longest overdue
/// first, each with its owner, so the county office knows whom to call.
struct OverdueList {
    let items: [Rectification]
    /// The day the summary counts up to (month end, or today while it runs).
    let asOf: CalendarDate
    let language: Language
    /// Rows shown; the rest are counted (a county can have thousands).
    let limit: Int

    private func t(_ en: String, _ zh: String) -> String { language == .zh ? zh : en }

    func render() -> String {
        let end = asOf
        var html = """
            <section class="list" id="overdue" data-list="overdue" data-count="\(items.count)">
            <h2>\(t("Overdue rectification items (\(items.count))", "逾期未销号的整改事项（\(items.count) 项）"))</h2>
            <p class="note">\(t("Open on \(end) and past their deadline then, the longest overdue first.", "截至 \(end) 未销号且已超过整改期限，逾期最久的在前。"))</p>

            """
        guard !items.isEmpty else {
            return html + "<p class=\"empty\">\(t("No item was overdue on \(end).", "截至 \(end) 没有逾期的整改事项。"))</p>\n</section>\n"
        }
        html += """
            <table class="rows"><thead><tr><th class="num">#</th><th>\(t("Household", "农户"))</th>\
            <th>\(t("Item", "问题类别"))</th><th>\(t("Problem", "问题"))</th><th>\(t("Owner", "责任人"))</th>\
            <th>\(t("Opened", "提出日期"))</th><th>\(t("Deadline", "整改期限"))</th>\
            <th class="num">\(t("Days overdue", "逾期天数"))</th></tr></thead>
            <tbody>

            """
        for item in items.prefix(limit) {
            let owner = item.owner.map { official in
                HTML.escape(official.name)
                    + (official.unit.map { "<span class=\"sub\">\(HTML.escape($0))</span>" } ?? "")
            } ?? "<span class=\"missing\">\(t("none", "未指定"))</span>"
            html += """
                <tr data-item="\(item.id)"><td class="num">\(item.id)</td><td>\(HTML.escape(item.householdLabel.text(in: language)))</td>\
                <td>\(HTML.escape(item.topic.label(in: language)))</td><td>\(HTML.escape(item.description))</td>\
                <td>\(owner)</td><td>\(item.openedOn)</td><td>\(item.dueDate)</td>\
                \(HTML.numberCell(item.dueDate.days(to: end)))</tr>

                """
        }
        html += "</tbody></table>\n"
        if items.count > limit {
            html += "<p class=\"more\">\(t("\(items.count - limit) more not shown.", "另有 \(items.count - limit) 项未列出。"))</p>\n"
        }
        return html + "</section>\n"
    }
}
